import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Route, type StaticServer, serveStatic } from '../../scripts/static-server';
import { layerPalettes } from '../../src/layers/colors';
import { countDifferent, countHue, huePixels, type RGB } from '../pixels';
import { launch, readyEvents, recordEvents, recordedEvents, recordReadyEvents } from './browser';
import { deepActiveElement, elementPixels, pagePoint, rendered } from './page-helpers';

const MAP = '#map';
const palette = layerPalettes.light;
const rgb = (c: readonly number[]) => c.slice(0, 3) as RGB;
const capitals: Record<string, [number, number]> = {
  Pyongyang: [125.75, 39.03],
  Beijing: [116.4, 39.91],
  'Kuala Lumpur': [101.69, 3.14],
  Bangkok: [100.53, 13.72],
};

let server: StaticServer;
/** Pages made by the tests, served by the site's own server (the embed code's script is same-origin there). */
const pages: Record<string, Route> = {};
let browser: Browser;
let page: Page;

async function setAttributes(attributes: Record<string, string | null>): Promise<void> {
  await page.evaluate(
    ({ selector, attributes }) => {
      const el = document.querySelector(selector)!;
      for (const [name, value] of Object.entries(attributes)) {
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
      }
    },
    { selector: MAP, attributes },
  );
  await rendered(page, MAP);
}

/** Waits until the tooltip shows text matching the pattern. */
const tooltipShowing = (pattern: RegExp) =>
  page.waitForFunction(
    ({ selector, source }) =>
      new RegExp(source).test(
        document.querySelector(selector)!.shadowRoot!.querySelector('.tooltip')?.textContent ?? '',
      ),
    { selector: MAP, source: pattern.source },
    { timeout: 10_000 },
  );

const tooltipText = () =>
  page.evaluate(
    (selector) => document.querySelector(selector)!.shadowRoot!.querySelector('.tooltip')?.textContent ?? '',
    MAP,
  );

beforeAll(async () => {
  server = await serveStatic('dist', {}, pages);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  // Transitions off: every screenshot shows a settled state.
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await recordReadyEvents(page);
  await recordEvents(page, ['year-change', 'layers-change', 'selection-change']);
  await page.goto(`${server.url}/`);
  await readyEvents(page, 1);
});
// Each test starts with nothing selected and the pointer off the map.
beforeEach(async () => {
  if (!page) return;
  await page.mouse.move(1, 1);
  await page.evaluate((selector) => {
    (document.querySelector(selector) as HTMLElement & { selection: unknown }).selection = null;
  }, MAP);
});

/** Text rendered inside an element's shadow root. */
const shadowText = (selector: string) =>
  page.locator(selector).evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the interactive story (production build)', () => {
  it('changes the year by keyboard alone and fires year-change once', async () => {
    let role: string | null = null;
    for (let i = 0; i < 30 && role !== 'slider'; i++) {
      await page.keyboard.press('Tab');
      role = (await deepActiveElement(page)).role;
    }
    expect(role).toBe('slider');
    await page.keyboard.press('ArrowLeft');
    await rendered(page, MAP);
    expect(await page.getAttribute(MAP, 'year')).toBe('2017');
    expect(await page.locator(`${MAP} [role=slider]`).getAttribute('aria-valuetext')).toBe('2017: Rupture');
    await page.keyboard.press('Home');
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('year') === '2016', MAP);
    await page.keyboard.press('End');
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('year') === '2021', MAP);
    expect((await recordedEvents(page, 'year-change')).map((e) => e.detail)).toEqual([
      { year: 2017 },
      { year: 2016 },
      { year: 2021 },
    ]);
    // The caption follows the year.
    expect(await page.locator(`${MAP} relations-year-slider .caption`).textContent()).toMatch(/extradition/);
  });

  it('follows the page setting year without an event, and refuses a year that does not exist', async () => {
    await setAttributes({ year: '2016' });
    expect(await page.locator(`${MAP} [role=slider]`).getAttribute('aria-valuenow')).toBe('2016');
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await setAttributes({ year: '1999' });
    expect(await page.getAttribute(MAP, 'year')).toBe('2016');
    expect(await page.locator(`${MAP} .message.notice`).textContent()).toMatch(/no 1999 in this dataset/);
    expect(warnings.some((w) => w.includes('1999'))).toBe(true);
    expect(await recordedEvents(page, 'year-change')).toHaveLength(3);
  });

  it('draws different arcs in 2016 and 2021', async () => {
    await setAttributes({ layers: 'trade', year: '2016' });
    const y2016 = await elementPixels(page, MAP);
    await setAttributes({ year: '2021' });
    const y2021 = await elementPixels(page, MAP);
    expect(countDifferent(y2016, y2021)).toBeGreaterThan(1500);
    // China's 2016 trade was about nine times its 2021 trade: far more arc pixels in 2016.
    const teal = rgb(palette.flow.imports);
    expect(countHue(y2016, teal)).toBeGreaterThan(countHue(y2021, teal) * 1.5);
  });

  it('removes the arcs when the trade toggle is switched off, and fires layers-change', async () => {
    await setAttributes({ layers: null, year: '2016' });
    const before = await elementPixels(page, MAP);
    await page.locator(`${MAP} relations-layer-toggles input[name=trade]`).click();
    await rendered(page, MAP);
    const after = await elementPixels(page, MAP);
    expect(await page.getAttribute(MAP, 'layers')).toBe('relations events labels');
    expect((await recordedEvents(page, 'layers-change')).at(-1)?.detail).toEqual({
      layers: ['relations', 'events', 'labels'],
    });
    // A narrow hue window: the brown of trade events sits 18° from the orange of DPRK exports.
    const orange = rgb(palette.flow.exports);
    expect(countHue(before, orange, 8)).toBeGreaterThan(200);
    expect(countHue(after, orange, 8)).toBeLessThan(countHue(before, orange, 8) / 10);
  });

  it('shows a tooltip with the figure over an arc', async () => {
    await setAttributes({ layers: 'trade', year: '2016' });
    const shot = await elementPixels(page, MAP);
    const box = (await page.locator(MAP).boundingBox())!;
    const py = await pagePoint(page, MAP, capitals.Pyongyang!);
    const bj = await pagePoint(page, MAP, capitals.Beijing!);
    // A teal (DPRK imports) pixel near Beijing and Pyongyang but away from both dots: on the China → DPRK arc.
    const mid = { x: (py.x + bj.x) / 2, y: (py.y + bj.y) / 2 };
    const span = Math.hypot(py.x - bj.x, py.y - bj.y);
    const candidates = huePixels(shot, rgb(palette.flow.imports)).filter(([x, y]) => {
      const px = box.x + x;
      const pyy = box.y + y;
      return (
        Math.hypot(px - py.x, pyy - py.y) > 30 &&
        Math.hypot(px - bj.x, pyy - bj.y) > 30 &&
        Math.hypot(px - mid.x, pyy - mid.y) < span * 0.8
      );
    });
    expect(candidates.length).toBeGreaterThan(50);
    const [x, y] = candidates[Math.floor(candidates.length / 2)]!;
    await page.mouse.move(box.x + x, box.y + y);
    await page.waitForFunction(
      (s) => !!document.querySelector(s)!.shadowRoot!.querySelector('.tooltip'),
      MAP,
      { timeout: 10_000 },
    );
    const text = await tooltipText();
    expect(text).toMatch(/China → North Korea \(DPRK\), 2016/);
    expect(text).toMatch(/\$3\.42B · North Korea's imports/);
    expect(text).toMatch(/reported by KOTRA/);
    await page.mouse.move(box.x + 5, box.y + box.height - 40);
  });

  it('names the dot the pointer is on at its rim, not the arc or line beneath it', async () => {
    for (const year of ['2016', '2021']) {
      await setAttributes({ layers: null, year });
      const bj = await pagePoint(page, MAP, capitals.Beijing!);
      // On the disc's antialiased rim (radius 5, outline 1.5: drawn to 5.75 px) all round: the arcs and the relation line leave from under it,
      // and North Korea's embassy is drawn beside it.
      for (let i = 0; i < 8; i++) {
        const a = (i / 8) * 2 * Math.PI;
        await page.mouse.move(bj.x + 6 * Math.cos(a), bj.y + 6 * Math.sin(a));
        await tooltipShowing(/./);
        expect(await tooltipText(), `${year}, at ${i * 45}°`).toMatch(
          /^\s*(China\s*Capital: Beijing|North Korea \(DPRK\)'s embassy)/,
        );
        await page.mouse.move(1, 1);
      }
    }
  });

  it('opens details by clicking a capital, closes them with Escape and the close button', async () => {
    await setAttributes({ layers: null, year: '2017' });
    const kl = await pagePoint(page, MAP, capitals['Kuala Lumpur']!);
    await page.mouse.click(kl.x, kl.y);
    const details = page.locator(`${MAP} relations-details`);
    await details.locator('h2').waitFor();
    expect(await details.locator('h2').textContent()).toBe('Malaysia');
    // Keyboard focus moved into the panel.
    expect((await deepActiveElement(page)).tag).toBe('h2');
    const text = await shadowText(`${MAP} relations-details`);
    expect(text).toMatch(/downgraded relations/);
    expect(text).toMatch(/MYR/);
    expect((await recordedEvents(page, 'selection-change')).at(-1)?.detail).toEqual({
      kind: 'actor',
      id: 'MYS',
    });
    // Focus moved into the panel; Escape closes it.
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect((await recordedEvents(page, 'selection-change')).at(-1)?.detail).toBeNull();

    await page.mouse.click(kl.x, kl.y);
    await details.locator('h2').waitFor();
    await details.locator('button.close').click();
    await details.waitFor({ state: 'detached' });
  });

  it('opens details from the keyboard through the list of features', async () => {
    await setAttributes({ layers: null, year: '2017' });
    const picker = page.locator(`${MAP} .picker select`);
    await picker.focus();
    await picker.selectOption('flow:chn-2017-kotra-imports');
    expect((await recordedEvents(page, 'selection-change')).at(-1)?.detail).toEqual({
      kind: 'flow',
      id: 'chn-2017-kotra-imports',
    });
    const details = page.locator(`${MAP} relations-details`);
    await details.locator('h2').waitFor();
    const text = await shadowText(`${MAP} relations-details`);
    expect(text).toMatch(/China → North Korea \(DPRK\), 2017/);
    // The alternative figures from China customs are listed beside KOTRA's.
    expect(text).toMatch(/China customs/);
    expect(text).toMatch(/\$5\.06B/);
    // Escape from the list closes the panel too.
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
  });

  it('browses the list with arrow keys without opening a panel per step; Enter opens; Escape returns to the list', async () => {
    await setAttributes({ layers: null, year: '2017' });
    const picker = page.locator(`${MAP} .picker select`);
    await picker.focus();
    await picker.selectOption('');
    const before = (await recordedEvents(page, 'selection-change')).length;
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    // Still browsing: nothing opened yet.
    expect((await recordedEvents(page, 'selection-change')).length).toBe(before);
    expect(await page.locator(`${MAP} relations-details`).count()).toBe(0);
    // After a pause, the one it landed on opens, once.
    await expect
      .poll(async () => (await recordedEvents(page, 'selection-change')).length, { timeout: 5000 })
      .toBe(before + 1);
    const landed = await picker.inputValue();
    expect((await recordedEvents(page, 'selection-change')).at(-1)?.detail).toEqual({
      kind: landed.split(':')[0],
      id: landed.split(':').slice(1).join(':'),
    });
    // Enter opens what the list shows at once.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect((await recordedEvents(page, 'selection-change')).length).toBe(before + 2);
    // Escape closes the details and leaves focus on the list it came from.
    await page.keyboard.press('Escape');
    await page.locator(`${MAP} relations-details`).waitFor({ state: 'detached' });
    expect((await deepActiveElement(page)).tag).toBe('select');
  });

  it('says "Copied" on the Copy button and to screen readers', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const box = page.locator(`${MAP} .share`);
    if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
    await expect.poll(() => box.locator('textarea').first().inputValue(), { timeout: 5000 }).not.toBe('');
    await box.locator('button[data-copy=link]').click();
    await expect
      .poll(() => box.locator('button[data-copy=link]').textContent(), { timeout: 5000 })
      .toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await box.locator('textarea').first().inputValue(),
    );
    const live = await page
      .locator(MAP)
      .evaluate((el) => el.shadowRoot!.querySelector('[aria-live]')?.textContent ?? '');
    expect(live).toBe('Copied');
    await box.locator('summary').click();
  });

  it("keeps Pyongyang's details short: one folded line per partner, opened on demand", async () => {
    await setAttributes({ layers: null, year: '2017' });
    await page.evaluate((s) => {
      (document.querySelector(s) as HTMLElement & { selection: unknown }).selection = {
        kind: 'actor',
        id: 'PRK',
      };
    }, MAP);
    const details = page.locator(`${MAP} relations-details`);
    await details.locator('summary').first().waitFor();
    // It was 6,363 px tall, seven of its entries "No reported figure (trade)" without the partner's name.
    const height = () => details.evaluate((el) => el.shadowRoot!.querySelector('.panel')!.scrollHeight);
    expect(await height()).toBeLessThan(700);
    const summaries = await details.locator('summary').allTextContents();
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Indonesia full relations · no reported figure',
        'Philippines full relations · a figure exists, not drawn',
        "Malaysia downgraded relations · $4.89M North Korea's exports",
      ]),
    );
    // Opening one partner shows its figures and sources.
    await details.locator('summary', { hasText: 'Malaysia' }).click();
    const malaysia = await details.locator('details.group[open]').textContent();
    expect(malaysia).toMatch(/\$4\.89M · North Korea's exports/);
    expect(malaysia).toMatch(/Sources:/);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
  });

  it("changes Malaysia's relation line across 2016, 2017 and 2021", async () => {
    const shares: Record<string, { green: number; amber: number; red: number }> = {};
    for (const year of ['2016', '2017', '2021']) {
      await setAttributes({ layers: 'relations', year });
      const shot = await elementPixels(page, MAP);
      const box = (await page.locator(MAP).boundingBox())!;
      const a = await pagePoint(page, MAP, capitals.Pyongyang!);
      const b = await pagePoint(page, MAP, capitals['Kuala Lumpur']!);
      // Sample a small window around points along the middle of the Pyongyang – Kuala Lumpur line.
      const count = (color: RGB) => {
        let hits = 0;
        for (let t = 0.3; t <= 0.7; t += 0.01) {
          const cx = Math.round(a.x + (b.x - a.x) * t - box.x);
          const cy = Math.round(a.y + (b.y - a.y) * t - box.y);
          const patch = { data: new Uint8ClampedArray(5 * 5 * 4), width: 5, height: 5 };
          for (let dy = -2; dy <= 2; dy++) {
            for (let dx = -2; dx <= 2; dx++) {
              const src = ((cy + dy) * shot.width + (cx + dx)) * 4;
              const dst = ((dy + 2) * 5 + (dx + 2)) * 4;
              for (let k = 0; k < 4; k++) patch.data[dst + k] = shot.data[src + k]!;
            }
          }
          if (countHue(patch, color, 20) > 0) hits++;
        }
        return hits;
      };
      shares[year] = {
        green: count(rgb(palette.status.full)),
        amber: count(rgb(palette.status.downgraded)),
        red: count(rgb(palette.status.severed)),
      };
    }
    // 2016: an unbroken green line. 2017: amber dashes. 2021: sparse red dots.
    expect(shares['2016']!.green).toBeGreaterThan(35);
    expect(shares['2017']!.amber).toBeGreaterThan(15);
    expect(shares['2017']!.amber).toBeLessThan(shares['2016']!.green);
    expect(shares['2021']!.red).toBeGreaterThan(5);
    expect(shares['2021']!.red).toBeLessThan(shares['2017']!.amber);
    expect(shares['2016']!.red + shares['2016']!.amber).toBe(0);
  });

  it('keeps picking aligned after a drag and a resize', async () => {
    await setAttributes({ layers: null, year: '2021' });
    const before = await pagePoint(page, MAP, capitals.Bangkok!);
    const box = (await page.locator(MAP).boundingBox())!;
    // Drag from an empty stretch of the map (right side, away from the panel).
    const startX = box.x + box.width - 150;
    const startY = box.y + box.height / 2;
    await page.mouse.move(startX, startY);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(startX - 12 * i, startY + 6 * i);
    await page.mouse.up();
    await rendered(page, MAP);
    const after = await pagePoint(page, MAP, capitals.Bangkok!);
    expect(Math.abs(after.x - before.x)).toBeGreaterThan(60);
    await page.mouse.move(after.x, after.y);
    await tooltipShowing(/Thailand/);

    await page.setViewportSize({ width: 900, height: 700 });
    await rendered(page, MAP);
    const resized = await pagePoint(page, MAP, capitals.Bangkok!);
    await page.mouse.move(5, 5);
    await page.mouse.move(resized.x, resized.y);
    await tooltipShowing(/Thailand/);
    // The reset control brings the story's framing back.
    await page.locator(`${MAP} button.relations-reset-view`).click();
    await rendered(page, MAP);
    const reset = await pagePoint(page, MAP, capitals.Bangkok!);
    expect(Math.abs(reset.x - resized.x)).toBeGreaterThan(30);
  });

  /**
   * Opens the share box and reads the permalink and the embed code, once the code matches `expected`: the fields fill
   * in when the box's toggle event has been handled, a moment after the click, and may show the previous view until.
   */
  const shareBox = async (expected: RegExp): Promise<[string, string]> => {
    const box = page.locator(`${MAP} .share`);
    if (await box.evaluate((d) => (d as HTMLDetailsElement).open)) await box.locator('summary').click();
    await box.locator('summary').click();
    await expect.poll(() => box.locator('textarea').nth(1).inputValue(), { timeout: 5000 }).toMatch(expected);
    const [link, code] = await box
      .locator('textarea')
      .evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
    return [link!, code!];
  };

  /** Pastes embed code into a column of another page (600 px, or a phone's); returns it once its map is ready. */
  const paste = async (code: string, name: string, width = 600): Promise<Page> => {
    pages[`/${name}.html`] = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end(
        `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head>
        <body style="margin: 0 15px"><article style="width: ${width}px">${code}</article></body></html>`,
      );
    };
    const viewport = width < 600 ? { width: width + 30, height: 844 } : { width: 900, height: 700 };
    const pasted = await browser.newPage({ viewport, hasTouch: width < 600 });
    await pasted.emulateMedia({ reducedMotion: 'reduce' });
    await recordReadyEvents(pasted);
    await pasted.goto(`${server.url}/${name}.html`);
    await readyEvents(pasted, 1);
    return pasted;
  };

  /** Where a place is in a map's box, and whether it is inside it. */
  const placeIn = (target: Page, lonLat: [number, number]) =>
    target.evaluate((lonLat) => {
      const el = document.querySelector('relations-map') as HTMLElement & {
        map: { project(p: [number, number]): { x: number; y: number } };
      };
      const { x, y } = el.map.project(lonLat);
      return x >= 0 && y >= 0 && x <= el.clientWidth && y <= el.clientHeight;
    }, lonLat);

  it('gives a permalink and embed code for the current view', async () => {
    await setAttributes({ layers: 'trade relations', year: '2017' });
    await page.evaluate(
      (s) => (document.querySelector(s) as HTMLElement & { resetView(): void }).resetView(),
      MAP,
    );
    const [link, code] = await shareBox(/<relations-map year="2017" layers="trade relations" style/);
    const params = new URL(link).searchParams;
    expect(params.get('map.year')).toBe('2017');
    expect(params.get('map.layers')).toBe('trade relations');
    expect(params.get('map.view')).toMatch(/^-?\d+\.\d{3},-?\d+\.\d{3},\d+\.\d{2}$/);
    // The embed loads the library build, not the demo's hashed bundle, and keeps the story's framing; the year's
    // poster beside the library shows until the map starts, and where scripts never run.
    expect(code).toMatch(
      /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/lib\/relations-map\.js"><\/script>\n<relations-map year="2017" layers="trade relations" style="--relations-height: 520px"><img slot="poster" src="http:\/\/127\.0\.0\.1:\d+\/lib\/posters\/2017\.svg" alt="[^"]*largest recorded trading partner was China[^"]*" width="800" height="520" style="max-width: 100%; height: auto"><\/relations-map>$/,
    );
    const pasted = await paste(code, 'pasted-story');
    for (const name of ['Pyongyang', 'Beijing', 'Kuala Lumpur'] as const)
      expect(await placeIn(pasted, capitals[name]!), name).toBe(true);
    // The pasted map does not read its view from the URL (no sync-url): it offers the embed code, no link.
    const pastedShare = pasted.locator('relations-map .share');
    expect(await pastedShare.locator('textarea').count()).toBe(1);
    expect(await pastedShare.textContent()).toMatch(/Code to embed this view/);
    expect(await pastedShare.textContent()).not.toMatch(/Link to this view/);
    await pasted.close();

    // The demo reads its link back: a new tab opened on it shows the same year, layers and view.
    const reopened = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await recordReadyEvents(reopened);
    await reopened.goto(link);
    await readyEvents(reopened, 1);
    const state = await reopened.evaluate(() => {
      const el = document.querySelector('#map') as HTMLElement & {
        year: number;
        layers: string;
        map: { getCenter(): { lng: number; lat: number }; getZoom(): number };
      };
      const c = el.map.getCenter();
      return {
        year: el.year,
        layers: el.layers,
        view: `${c.lng.toFixed(3)},${c.lat.toFixed(3)},${el.map.getZoom().toFixed(2)}`,
      };
    });
    expect(state).toEqual({ year: 2017, layers: 'trade relations', view: params.get('map.view') });
    await reopened.close();
  });

  it("fits a moved view to the embed's own box, a column's or a phone's, and lets a phone's embed grow", async () => {
    await page.evaluate(
      (s) =>
        (document.querySelector(s) as HTMLElement & { flyTo(v: object): void }).flyTo({
          center: [121, 33],
          zoom: 4,
        }),
      MAP,
    );
    await rendered(page, MAP);
    // The box the reader saw (the part no panel covers), never the desktop's centre and zoom.
    const [, code] = await shareBox(/bounds="(-?[\d.]+,){3}-?[\d.]+"/);
    expect(code).not.toMatch(/center=|zoom=|style="height/);
    const seen = code
      .match(/bounds="([^"]+)"/)![1]!
      .split(',')
      .map(Number);
    for (const [name, width] of [
      ['column', 600],
      ['phone', 360],
    ] as const) {
      const pasted = await paste(code, `pasted-moved-${name}`, width);
      const fit = await pasted.evaluate((b) => {
        const el = document.querySelector('relations-map') as HTMLElement & {
          map: { project(p: number[]): { x: number; y: number }; getContainer(): HTMLElement };
        };
        const sw = el.map.project([b[0]!, b[1]!]);
        const ne = el.map.project([b[2]!, b[3]!]);
        const box = el.map.getContainer();
        const frame = el.shadowRoot!.querySelector('.frame')!;
        return {
          left: sw.x,
          right: ne.x,
          top: ne.y,
          bottom: sw.y,
          width: box.clientWidth,
          height: box.clientHeight,
          scrollsInside: frame.scrollHeight > frame.clientHeight + 1,
        };
      }, seen);
      // All the reader saw is in the embed's map, and fills it one way (the rest is the panels' room).
      expect(fit.left, name).toBeGreaterThan(-2);
      expect(fit.top, name).toBeGreaterThan(-2);
      expect(fit.right, name).toBeLessThan(fit.width + 2);
      expect(fit.bottom, name).toBeLessThan(fit.height + 2);
      const filled = Math.max((fit.right - fit.left) / fit.width, (fit.bottom - fit.top) / fit.height);
      expect(filled, name).toBeGreaterThan(0.6);
      // A phone's embed grows with its map, key and controls: nothing scrolls inside a fixed box.
      expect(fit.scrollsInside, name).toBe(false);
      await pasted.close();
    }
    await page.evaluate(
      (s) => (document.querySelector(s) as HTMLElement & { resetView(): void }).resetView(),
      MAP,
    );
  });
});
