import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { launch, readyEvents, recordEvents, recordedEvents, recordReadyEvents } from './browser';
import { rendered } from './page-helpers';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordReadyEvents(page);
  await recordEvents(page, ['year-change', 'year-input', 'layers-change']);
  await page.goto(`${server.url}/examples/article.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const zoomOf = (selector: string) =>
  page.evaluate(
    (s) => (document.querySelector(s) as HTMLElement & { map: { getZoom(): number } }).map.getZoom(),
    selector,
  );

describe('an article with two maps and controls in the text', () => {
  it('draws both maps, each with its own year', async () => {
    const details = await readyEvents(page, 2);
    expect(details).toEqual(
      expect.arrayContaining([
        { year: 2017, webgl: true },
        { year: 2016, webgl: true },
      ]),
    );
    expect(await page.getAttribute('#story-map', 'year')).toBe('2017');
    expect(await page.getAttribute('#second-map', 'year')).toBe('2016');
    // The first map has no built-in controls; the second has its own.
    expect(await page.locator('#story-map relations-year-slider').count()).toBe(0);
    // The second map is an article column's width: its years in the bar over it, the rest in a drawer.
    expect(await page.locator('#second-map relations-year-slider:visible').count()).toBe(1);
    expect(await page.getAttribute('#second-map', 'layout')).toBe('medium');
  });

  it('lets the slider in the text drive its map, announced once on the document', async () => {
    const external = page.locator('relations-year-slider[for=story-map]');
    expect(await external.locator('[role=slider]').getAttribute('aria-valuenow')).toBe('2017');
    await external.locator('[role=slider]').focus();
    await page.keyboard.press('ArrowRight');
    await rendered(page, '#story-map');
    expect(await page.getAttribute('#story-map', 'year')).toBe('2021');
    expect(await page.getAttribute('#second-map', 'year')).toBe('2016');
    expect(await recordedEvents(page, 'year-change')).toEqual([
      { detail: { year: 2021 }, target: 'story-map' },
    ]);
    expect(await recordedEvents(page, 'year-input')).toEqual([]);
  });

  it('keeps the controls in the text in step when the page changes the map', async () => {
    await page.evaluate(() => {
      const map = document.getElementById('story-map')!;
      map.setAttribute('year', '2016');
      map.setAttribute('layers', 'trade labels');
    });
    await rendered(page, '#story-map');
    const external = page.locator('relations-year-slider[for=story-map]');
    await expect.poll(() => external.locator('[role=slider]').getAttribute('aria-valuenow')).toBe('2016');
    const toggles = page.locator('relations-layer-toggles[for=story-map]');
    expect(await toggles.locator('input[name=trade]').isChecked()).toBe(true);
    expect(await toggles.locator('input[name=relations]').isChecked()).toBe(false);
    // Page changes are not reader changes: no event.
    expect(await recordedEvents(page, 'year-change')).toHaveLength(1);

    await toggles.locator('input[name=relations]').click();
    await rendered(page, '#story-map');
    expect(await page.getAttribute('#story-map', 'layers')).toBe('trade relations labels');
    expect(await recordedEvents(page, 'layers-change')).toEqual([
      { detail: { layers: ['trade', 'relations', 'labels'] }, target: 'story-map' },
    ]);
  });

  it('does not capture page scrolling: a wheel scrolls the page, Ctrl+wheel zooms the map', async () => {
    const map = page.locator('#second-map');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    const zoom = await zoomOf('#second-map');
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width - 120, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY + 100);
    expect(await zoomOf('#second-map')).toBeCloseTo(zoom, 5);

    const box2 = (await map.boundingBox())!;
    await page.mouse.move(box2.x + box2.width - 120, box2.y + box2.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomOf('#second-map'), { timeout: 5000 }).toBeGreaterThan(zoom + 0.1);
  });
});
