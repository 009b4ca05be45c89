import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Route, type StaticServer, serveStatic } from '../../scripts/static-server';
import { layerPalettes } from '../../src/layers/colors';
import { countHue, type RGB } from '../pixels';
import { launch, readyEvents, recordReadyEvents } from './browser';
import { elementPixels, rendered } from './page-helpers';

const teal = layerPalettes.light.flow.imports.slice(0, 3) as RGB;

let site: StaticServer;
let cdn: StaticServer;
let browser: Browser;
/**
 * Test pages are served by the site's own server, not by Playwright's routing: a routed document has no address,
 * so Chromium's local-network checks would treat it as public and refuse its requests to another loopback port.
 */
const pages: Record<string, Route> = {};

beforeAll(async () => {
  // Another origin, as a CDN would be: it must allow the page to read the module, its chunks and its data.
  cdn = await serveStatic('dist/lib', { 'access-control-allow-origin': '*' });
  site = await serveStatic('dist', {}, pages);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
});

async function openPage(url: string, html?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await recordReadyEvents(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (html) {
    pages[new URL(url).pathname] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    };
  }
  await page.goto(url);
  return page;
}

describe('embedding', () => {
  it('works with one script tag from another origin (the library build)', async () => {
    const page = await openPage(
      `${site.url}/embed-from-cdn.html`,
      `<!doctype html><html lang="en"><body>
        <script type="module" src="${cdn.url}/relations-map.js"></script>
        <relations-map id="m" year="2016" layers="trade labels" style="height: 500px"></relations-map>
      </body></html>`,
    );
    expect(await readyEvents(page, 1)).toEqual([{ year: 2016, webgl: true }]);
    await rendered(page, '#m');
    // lang on the element sets the locale of its numbers.
    await page.evaluate(() => document.querySelector('#m')!.setAttribute('lang', 'de'));
    await expect
      .poll(() => page.locator('#m relations-legend').evaluate((el) => el.shadowRoot!.textContent ?? ''))
      .toMatch(/Mrd\.\s\$/);
    expect(countHue(await elementPixels(page, '#m'), teal)).toBeGreaterThan(300);
    await page.close();
  });

  it('renders under a strict Content-Security-Policy without a violation', async () => {
    const page = await openPage(`${site.url}/examples/csp.html`);
    expect(await readyEvents(page, 1)).toEqual([{ year: 2017, webgl: true }]);
    await rendered(page, '#csp-map');
    expect(countHue(await elementPixels(page, '#csp-map'), teal)).toBeGreaterThan(300);
    // Hover something, so the tooltip's positioning runs under the policy too.
    await page.mouse.move(700, 300);
    await page.mouse.move(705, 305);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    await page.close();
  });

  it('follows its column when it is resized, without distortion', async () => {
    const page = await openPage(`${site.url}/examples/narrow.html`);
    await readyEvents(page, 1);
    const measure = () =>
      page.evaluate(() => {
        const el = document.querySelector('#narrow-map') as HTMLElement & {
          map: { getCanvas(): HTMLCanvasElement };
        };
        const canvas = el.map.getCanvas();
        return {
          host: el.getBoundingClientRect().width,
          css: canvas.getBoundingClientRect().width,
          ratio: canvas.width / canvas.height,
          cssRatio: canvas.clientWidth / canvas.clientHeight,
        };
      });
    const before = await measure();
    expect(before.css).toBeCloseTo(before.host, 0);
    await page.evaluate(() => {
      (document.querySelector('#column') as HTMLElement).style.width = '300px';
    });
    await expect.poll(async () => (await measure()).css).toBeCloseTo(300, 0);
    const after = await measure();
    expect(after.ratio).toBeCloseTo(after.cssRatio, 2);
    // In a narrow column the controls move under the map instead of covering its side.
    const panel = await page.locator('#narrow-map .controls').boundingBox();
    const host = await page.locator('#narrow-map').boundingBox();
    expect(panel!.y).toBeGreaterThan(host!.y + host!.height * 0.4);
    await page.close();
  });

  it('loads nothing heavy until a lazy map nears the viewport, showing a poster meanwhile', async () => {
    const requests: string[] = [];
    const html = `<!doctype html><html lang="en"><body>
      <script type="module" src="${cdn.url}/relations-map.js"></script>
      <div style="height: 4000px">Scroll down</div>
      <relations-map id="lazy" style="height: 400px"></relations-map></body></html>`;
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await recordReadyEvents(page);
    page.on('request', (r) => requests.push(r.url()));
    pages['/lazy.html'] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    };
    await page.goto(`${site.url}/lazy.html`);
    await page.waitForFunction(() => !!document.querySelector('#lazy')?.shadowRoot?.querySelector('.poster'));
    // The element has decided not to start: its observer has had its first report (observers report in the frame
    // after they begin; two frames on, it has), and the element marks the start as its first step.
    const started = await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.getEntriesByName('relations-map:start').length;
    });
    expect(started).toBe(0);
    expect(
      requests.filter((u) =>
        /countries-story|maplibre-gl-worker|map-engine|deck-overlay|dprk-relations/.test(u),
      ),
    ).toEqual([]);
    expect(
      await page.evaluate(() => (document.querySelector('#lazy') as HTMLElement & { map?: unknown }).map),
    ).toBeUndefined();
    // The poster is the build's picture of the built-in dataset's latest year, beside the library, fetched as the
    // reader nears it (900 px below the screen: nearer than a lazy image's distance, farther than the map's).
    const poster = page.locator('#lazy .poster img');
    expect(await poster.getAttribute('src')).toBe(`${cdn.url}/posters/latest.svg`);
    await page.evaluate(() => window.scrollTo(0, 3100 - window.innerHeight));
    await expect.poll(() => poster.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(800);
    expect(requests.filter((u) => /dprk-relations|countries-story/.test(u))).toEqual([]);
    await page.locator('#lazy').scrollIntoViewIfNeeded();
    expect(await readyEvents(page, 1)).toEqual([{ year: 2021, webgl: true }]);
    expect(requests.some((u) => /countries-story/.test(u))).toBe(true);
    expect(await page.locator('#lazy .poster').count()).toBe(0);
    await page.close();
  });

  it('keeps year, layers and view in the URL with sync-url, and reopens the same view from it', async () => {
    const html = `<!doctype html><html lang="en"><body>
      <script type="module" src="${cdn.url}/relations-map.js"></script>
      <relations-map id="m" sync-url style="height: 500px"></relations-map></body></html>`;
    const url = `${site.url}/synced.html`;
    const page = await openPage(`${url}?m.year=2017&m.layers=trade+labels&m.view=110.000,15.000,3.50`, html);
    await readyEvents(page, 1);
    const state = () =>
      page.evaluate(() => {
        const el = document.querySelector('#m') as HTMLElement & {
          year: number;
          layers: string;
          map: { getZoom(): number; getCenter(): { lng: number; lat: number } };
        };
        const c = el.map.getCenter();
        return { year: el.year, layers: el.layers, zoom: el.map.getZoom(), lon: c.lng, lat: c.lat };
      });
    expect(await state()).toMatchObject({ year: 2017, layers: 'trade labels', zoom: 3.5 });
    await page.evaluate(() => document.querySelector('#m')!.setAttribute('year', '2021'));
    await page.evaluate(() =>
      (document.querySelector('#m') as HTMLElement & { flyTo(v: unknown): void }).flyTo({
        center: [105, 10],
        zoom: 4,
      }),
    );
    await page.waitForFunction(() =>
      new URL(location.href).searchParams.get('m.view')?.startsWith('105.000,10.000,4.00'),
    );
    const link = page.url();
    expect(new URL(link).searchParams.get('m.year')).toBe('2021');
    const again = await openPage(link, html);
    await readyEvents(again, 1);
    const reopened = await again.evaluate(() => {
      const el = document.querySelector('#m') as HTMLElement & { year: number; map: { getZoom(): number } };
      return { year: el.year, zoom: el.map.getZoom() };
    });
    expect(reopened).toEqual({ year: 2021, zoom: 4 });
    await page.close();
    await again.close();
  });
});
