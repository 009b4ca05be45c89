import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../scripts/static-server';
import { basemapThemes } from '../../src/basemap/style';
import { layerPalettes } from '../../src/layers/colors';
import { countHue, hexToRgb, type Pixels, type RGB } from '../pixels';
import { readyEvents, recordEvents, recordedEvents, useSite } from './browser';
import { demoPageWith, elementPixels, pagePoint, rendered } from './page-helpers';

/** The demo page with its map in a fixed box and more attributes, made from the built page. */
const boxPage =
  (attributes: string): Route =>
  (_request, response) => {
    const html = demoPageWith('display:block;width:900px;height:600px', attributes);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };

/** A page holding only what an editor pasted: the embed code the share box gave. */
let embedCode = '';
const pages: Record<string, Route> = {
  '/picture.html': boxPage('loading="eager"'),
  '/basemap-only.html': boxPage('loading="eager" layers="" no-controls'),
  '/pasted.html': (_request, response) => {
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="en"><body style="margin:0">${embedCode}</body></html>`);
  },
};

const site = useSite({ pages });

const imports = layerPalettes.light.flow.imports.slice(0, 3) as RGB;
const full = layerPalettes.light.status.full.slice(0, 3) as RGB;

/**
 * A page whose deck.gl download is held until `release()`: the WebGL map cannot draw its layers before then, so what
 * shows meanwhile is the static picture, whatever the machine's speed.
 */
async function heldPage(
  path: string,
  options: Parameters<Browser['newPage']>[0] = { viewport: { width: 1000, height: 700 } },
  hold: { maplibre?: boolean } = {},
): Promise<{ page: Page; release: () => void }> {
  const page = await site.browser.newPage(options);
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const wait = async (route: import('playwright-core').Route) => {
    await held;
    await route.continue();
  };
  await page.route('**/deck-overlay-*.js', wait);
  // MapLibre too: nothing of the WebGL map exists, only the picture.
  if (hold.maplibre) await page.route('**/map-engine-*.js', wait);
  await recordEvents(page, ['ready', 'selection-change']);
  await page.goto(`${site.url}${path}`);
  await page.locator('#map .first-frame svg').waitFor({ timeout: 30_000 });
  return { page, release };
}

const readyCount = async (page: Page) => (await recordedEvents(page, 'ready')).length;

describe('the static first frame', () => {
  it('shows the year’s arcs before the map is ready, says it is loading, then gives way to the WebGL map', async () => {
    const { page, release } = await heldPage('/picture.html');
    try {
      const before = await elementPixels(page, '#map .first-frame');
      expect(await readyCount(page)).toBe(0);
      // 2021: the full relations (green) and the trade with China (teal imports) are on screen as pixels.
      expect(countHue(before, full)).toBeGreaterThan(200);
      expect(countHue(before, imports)).toBeGreaterThan(50);
      expect(await page.locator('#map .first-frame-note').textContent()).toMatch(
        /loading the interactive map/,
      );
      // Honest about being a picture: its name and the year in words.
      const svg = page.locator('#map .first-frame svg');
      expect(await svg.getAttribute('aria-label')).toMatch(/2021/);
      expect(await svg.locator('desc').textContent()).toMatch(/largest recorded trading partner was China/);
      release();
      expect(await readyEvents(page, 1)).toHaveLength(1);
      await expect.poll(() => page.locator('#map .first-frame').count()).toBe(0);
      // The WebGL map shows the same arcs.
      const after = await elementPixels(page, '#map .map');
      expect(countHue(after, full)).toBeGreaterThan(200);
    } finally {
      await page.close();
    }
  });

  it('follows a year chosen before the map is ready', async () => {
    const { page, release } = await heldPage('/picture.html');
    try {
      await page.locator('#map .bar [role=slider], #map [role=slider]').first().focus();
      await page.keyboard.press('Home');
      await expect
        .poll(() => page.locator('#map .first-frame svg').getAttribute('aria-label'))
        .toMatch(/2016/);
      expect(await page.locator('#map .first-frame desc').textContent()).toMatch(/In 2016/);
    } finally {
      release();
      await page.close();
    }
  });

  it('puts the capitals and coastlines where the WebGL map then draws them (within 2 px)', async () => {
    const { page, release } = await heldPage('/basemap-only.html');
    try {
      const dots = await page.evaluate(() => {
        const root = document.querySelector('#map')!.shadowRoot!;
        return [...root.querySelectorAll('.first-frame [data-layer=capitals] circle')].map((c) => ({
          id: c.getAttribute('data-id')!,
          x: Number(c.getAttribute('cx')),
          y: Number(c.getAttribute('cy')),
        }));
      });
      expect(dots.length).toBeGreaterThan(5);
      const picture = await elementPixels(page, '#map .first-frame svg');
      release();
      await readyEvents(page, 1);
      await expect.poll(() => page.locator('#map .first-frame').count()).toBe(0);
      await rendered(page, '#map');
      const projected = await page.evaluate(
        (ids) => {
          const el = document.querySelector('#map') as HTMLElement & {
            data: { actors: Array<{ code: string; capital: { lon: number; lat: number } }> };
            map: { project(p: [number, number]): { x: number; y: number } };
          };
          return ids.map((id) => {
            const c = el.data.actors.find((a) => a.code === id)!.capital;
            return el.map.project([c.lon, c.lat]);
          });
        },
        dots.map((d) => d.id),
      );
      dots.forEach((d, i) => {
        expect(Math.hypot(d.x - projected[i]!.x, d.y - projected[i]!.y), d.id).toBeLessThanOrEqual(2);
      });
      // Coastlines: sea and land in the picture and in the WebGL map's canvas line up best with no shift at all, and
      // then agree almost everywhere.
      const canvas = PNG.sync.read(await page.locator('#map .map').screenshot());
      const webgl: Pixels = { data: canvas.data, width: canvas.width, height: canvas.height };
      const ocean = hexToRgb(basemapThemes.light.ocean);
      const shifts = [];
      for (let dy = -3; dy <= 3; dy++)
        for (let dx = -3; dx <= 3; dx++)
          shifts.push({ dx, dy, miss: seaMismatch(picture, webgl, ocean, dx, dy) });
      const best = shifts.sort((a, b) => a.miss - b.miss)[0]!;
      expect(Math.abs(best.dx)).toBeLessThanOrEqual(1);
      expect(Math.abs(best.dy)).toBeLessThanOrEqual(1);
      expect(best.miss).toBeLessThan(0.02);
    } finally {
      await page.close();
    }
  });
});

describe('the picture answers before the WebGL map has loaded', () => {
  /** The centre of a shape of the picture, in the page's pixels (an arc: the middle of its curve). */
  const shapePoint = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((shape) => {
        const svg = (shape as SVGGraphicsElement).ownerSVGElement!.getBoundingClientRect();
        if (shape instanceof SVGPathElement) {
          const p = shape.getPointAtLength(shape.getTotalLength() / 2);
          return { x: svg.left + p.x, y: svg.top + p.y };
        }
        const box = shape.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
  const tooltip = (page: Page) => page.locator('#map .tooltip');

  it('shows the tooltip and opens the details from the picture, as the map does, with selection-change', async () => {
    const { page, release } = await heldPage('/picture.html', undefined, { maplibre: true });
    try {
      expect(await page.locator('#map .maplibregl-canvas').count()).toBe(0);
      // A capital's dot: the map's tooltip for it.
      const kl = await shapePoint(page, '#map .first-frame g[data-layer="capitals"] circle[data-id="MYS"]');
      await page.mouse.move(kl.x, kl.y);
      await expect.poll(() => tooltip(page).textContent()).toMatch(/Kuala Lumpur/);
      // An arc of trade: hovered at the middle of its curve.
      const arc = await shapePoint(page, '#map .first-frame g[data-layer="trade-arcs"] path[data-id]');
      await page.mouse.move(arc.x, arc.y);
      await expect.poll(() => tooltip(page).textContent()).toMatch(/China/);
      // Off every feature, the tooltip goes.
      await page.mouse.move(5, 690);
      await expect.poll(() => tooltip(page).count()).toBe(0);
      // A click on the dot: the details and the event, as on the WebGL map.
      await page.mouse.click(kl.x, kl.y);
      await expect.poll(() => page.locator('#map relations-details h2').textContent()).toBe('Malaysia');
      expect((await recordedEvents(page, 'selection-change')).map((e) => e.detail)).toEqual([
        { kind: 'actor', id: 'MYS' },
      ]);
      expect(await readyCount(page)).toBe(0);
    } finally {
      release();
      await page.close();
    }
  });

  it('keeps a drag made on the picture, and the open tooltip, when the WebGL map takes over', async () => {
    const { page, release } = await heldPage('/picture.html', undefined, { maplibre: true });
    try {
      const dot = '#map .first-frame g[data-layer="capitals"] circle[data-id="THA"]';
      const before = await shapePoint(page, dot);
      // Drag the picture 150 px left and 60 px up, from a point where nothing covers it (no panel, no key).
      const start = await page.locator('#map').evaluate((el) => {
        const frame = el.shadowRoot!.querySelector('.first-frame')!;
        const box = frame.getBoundingClientRect();
        for (let fy = 0.5; fy < 0.95; fy += 0.05)
          for (let fx = 0.5; fx < 0.95; fx += 0.05) {
            const x = box.left + box.width * fx;
            const y = box.top + box.height * fy;
            if (frame.contains(el.shadowRoot!.elementFromPoint(x, y))) return { x, y };
          }
        throw new Error('the picture is covered everywhere');
      });
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x - 80, start.y - 30, { steps: 4 });
      await page.mouse.move(start.x - 150, start.y - 60, { steps: 4 });
      await page.mouse.up();
      await expect.poll(async () => (await shapePoint(page, dot)).x).toBeCloseTo(before.x - 150, 0);
      const moved = await shapePoint(page, dot);
      expect(moved.y).toBeCloseTo(before.y - 60, 0);
      // A tooltip open at the handover stays open.
      await page.mouse.move(moved.x, moved.y);
      await expect.poll(() => tooltip(page).textContent()).toMatch(/Bangkok/);
      release();
      await readyEvents(page, 1);
      await expect.poll(() => page.locator('#map .first-frame').count()).toBe(0);
      expect(await tooltip(page).textContent()).toMatch(/Bangkok/);
      // The WebGL map starts where the drag left the picture: Bangkok under the same pixel.
      const onMap = await pagePoint(page, '#map', [100.53, 13.72]);
      expect(Math.abs(onMap.x - moved.x)).toBeLessThan(2);
      expect(Math.abs(onMap.y - moved.y)).toBeLessThan(2);
    } finally {
      await page.close();
    }
  });
});

describe('the takeover on a phone', () => {
  it('keeps every capital within 2 px, the key and the edge marker already in their final place', async () => {
    const { page, release } = await heldPage('/', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      // The picture settles (drawn again once the key has named any unnamed capitals), before the map is made:
      // it is there, and the element has no update left to make.
      await page.waitForFunction(() => {
        const root = document.querySelector('#map')?.shadowRoot;
        return !!root?.querySelector('.first-frame svg') && !!root.querySelector('.map-key li');
      });
      await page.evaluate(async () => {
        const el = document.querySelector('#map') as HTMLElement & {
          updateComplete: Promise<boolean>;
          isUpdatePending: boolean;
        };
        do {
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        } while (el.isUpdatePending);
      });
      const before = await page.evaluate(() => {
        const root = document.querySelector('#map')!.shadowRoot!;
        const box = root.querySelector('.first-frame svg')!.getBoundingClientRect();
        const marker = root.querySelector('.edge-marker')?.getBoundingClientRect();
        return {
          dots: [...root.querySelectorAll('.first-frame [data-layer=capitals] circle')].map((c) => ({
            id: c.getAttribute('data-id')!,
            x: box.left + Number(c.getAttribute('cx')),
            y: box.top + Number(c.getAttribute('cy')),
          })),
          key: root.querySelector('.map-key')?.textContent ?? '',
          marker: marker && { x: marker.x, y: marker.y },
          height: box.height,
        };
      });
      // Washington's dot is off the map: not one of the "dots without names here".
      expect(before.key).not.toMatch(/Washington/);
      expect(before.marker).toBeDefined();
      release();
      await readyEvents(page, 1);
      await rendered(page, '#map');
      const after = await page.evaluate(
        (ids) => {
          const el = document.querySelector('#map') as HTMLElement & {
            data: { actors: Array<{ code: string; capital: { lon: number; lat: number } }> };
            map: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement };
          };
          const box = el.map.getContainer().getBoundingClientRect();
          const marker = el.shadowRoot!.querySelector('.edge-marker')!.getBoundingClientRect();
          return {
            dots: ids.map((id) => {
              const c = el.data.actors.find((a) => a.code === id)!.capital;
              const p = el.map.project([c.lon, c.lat]);
              return { x: box.left + p.x, y: box.top + p.y };
            }),
            marker: { x: marker.x, y: marker.y },
            height: box.height,
          };
        },
        before.dots.map((d) => d.id),
      );
      // The same box (a phone's 4:5 map may be half a pixel off a whole one).
      expect(Math.abs(after.height - before.height)).toBeLessThanOrEqual(1);
      before.dots.forEach((d, i) => {
        expect(Math.hypot(d.x - after.dots[i]!.x, d.y - after.dots[i]!.y), d.id).toBeLessThanOrEqual(2);
      });
      expect(Math.abs(after.marker.x - before.marker!.x)).toBeLessThanOrEqual(2);
      expect(Math.abs(after.marker.y - before.marker!.y)).toBeLessThanOrEqual(2);
    } finally {
      release();
      await page.close();
    }
  });
});

/** The share of pixels (inside a 20-px margin) where one image shows sea and the other, shifted, does not. */
function seaMismatch(a: Pixels, b: Pixels, ocean: RGB, dx: number, dy: number): number {
  const isSea = (image: Pixels, x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return (
      Math.abs(image.data[i]! - ocean[0]) +
        Math.abs(image.data[i + 1]! - ocean[1]) +
        Math.abs(image.data[i + 2]! - ocean[2]) <
      30
    );
  };
  let differ = 0;
  let total = 0;
  // Only the top left part: the key and attribution lie over the bottom, the zoom buttons over the top right.
  const width = Math.min(a.width, b.width) - 70;
  const height = Math.min(a.height, b.height) - 90;
  for (let y = 20; y < height; y += 2) {
    for (let x = 20; x < width; x += 2) {
      total++;
      if (isSea(a, x, y) !== isSea(b, x + dx, y + dy)) differ++;
    }
  }
  return differ / total;
}

describe('the picture as a file and on paper', () => {
  it('downloads the view as a valid SVG with its arcs, key and sources, and exports it as a Blob', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 1100, height: 800 },
      acceptDownloads: true,
    });
    try {
      await page.goto(`${site.url}/picture.html`);
      await readyAndRendered(page);
      await page.locator('#map details.downloads summary').click();
      const download = page.waitForEvent('download');
      await page.locator('#map [data-download=svg]').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/-2021\.svg$/);
      const text = readFileSync((await file.path())!, 'utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? '',
          root: doc.documentElement.localName,
          arcs: doc.querySelectorAll('[data-layer=trade-arcs] path').length,
          key: [...doc.querySelectorAll('[data-key] text')].map((t) => t.textContent),
          text: doc.documentElement.textContent ?? '',
        };
      }, text);
      expect(parsed.error).toBe('');
      expect(parsed.root).toBe('svg');
      expect(parsed.arcs).toBeGreaterThan(0);
      expect(parsed.key).toContain("North Korea's imports");
      expect(parsed.key).toContain('Full relations');
      expect(parsed.text).toMatch(/Sources: .*KOTRA/);
      expect(parsed.text).toMatch(/Natural Earth/);
      const blob = await page.evaluate(async () => {
        const el = document.querySelector('#map') as HTMLElement & {
          exportImage(o: { type: string }): Promise<Blob>;
        };
        const b = await el.exportImage({ type: 'image/svg+xml' });
        return { type: b.type, start: (await b.text()).slice(0, 4) };
      });
      expect(blob).toEqual({ type: 'image/svg+xml', start: '<svg' });
    } finally {
      await page.close();
    }
  });

  it('prints the picture of the year and view, with its key and sources, instead of a blank canvas', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1100, height: 800 } });
    try {
      await page.goto(`${site.url}/picture.html`);
      await readyAndRendered(page);
      // The print code arrives once the map is up; printed before it has, the picture is drawn when it arrives.
      await page.emulateMedia({ media: 'print' });
      await page.locator('#map .print-picture > svg').waitFor();
      expect(await page.locator('#map .map').isVisible()).toBe(false);
      const printed = await elementPixels(page, '#map .print-picture');
      expect(countHue(printed, full)).toBeGreaterThan(200);
      expect(await page.locator('#map .print-picture').textContent()).toMatch(/Sources: .*KOTRA/);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('#map .map').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("prints a comparison as every year's picture on one scale and what changed, not one year's map", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1100, height: 800 } });
    try {
      await page.goto(`${site.url}/picture.html`);
      await readyAndRendered(page);
      await page.evaluate(() => {
        const map = document.querySelector('#map') as HTMLElement & { mode: string; compare: string };
        map.compare = '2016 2021';
        map.mode = 'compare';
      });
      await page.emulateMedia({ media: 'print' });
      const pictures = page.locator('#map .compare-view .multiples button');
      await expect
        .poll(() => page.locator('#map .compare-view .multiples svg').count(), { timeout: 20_000 })
        .toBe(3);
      expect(await page.locator('#map .print-picture').isVisible()).toBe(false);
      expect(await page.locator('#map .compare-view .to-map').isVisible()).toBe(false);
      // Each year's picture is on the paper, with its arcs of diplomatic relations (all three years had some).
      for (let i = 0; i < 3; i++) {
        const png = PNG.sync.read(await pictures.nth(i).screenshot());
        expect(countHue({ data: png.data, width: png.width, height: png.height }, full)).toBeGreaterThan(100);
      }
      expect(await page.locator('#map .compare-view [data-table="changes"]').textContent()).toMatch(
        /down 98% from 2016 to 2021/,
      );
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await page.close();
    }
  });

  it('frames every capital of the year on paper, from a 1280-px window and an A4-wide one, and names the United States at its edge', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 794, height: 1123 },
    ]) {
      const page = await site.browser.newPage({ viewport });
      try {
        await page.goto(`${site.url}/index.html`);
        await readyAndRendered(page);
        for (const year of [2017, 2021]) {
          await page.locator('#map').evaluate((el, year) => {
            (el as HTMLElement & { year: number }).year = year;
          }, year);
          await rendered(page, '#map');
          await page.emulateMedia({ media: 'print' });
          await page.locator('#map .print-picture > svg').waitFor();
          const framed = await page.locator('#map .print-picture > svg > svg').evaluate((map) => {
            const width = Number(map.getAttribute('width'));
            const height = Number(map.getAttribute('height'));
            const dots = [...map.querySelectorAll('[data-layer="capitals"] circle')].map((c) => ({
              id: c.getAttribute('data-id'),
              x: Number(c.getAttribute('cx')),
              y: Number(c.getAttribute('cy')),
            }));
            const edges = [...map.querySelectorAll('[data-edge]')].map((e) => e.textContent);
            return { width, height, dots, edges };
          });
          const inside = framed.dots.filter(
            (d) => d.x >= 8 && d.x <= framed.width - 8 && d.y >= 8 && d.y <= framed.height - 8,
          );
          // Every capital of the region on the page, clear of its edges; the one half a world away named there.
          expect(inside.map((d) => d.id).sort(), `${viewport.width} px, ${year}`).toEqual(
            framed.dots
              .map((d) => d.id)
              .filter((id) => id !== 'USA')
              .sort(),
          );
          expect(inside.length).toBeGreaterThanOrEqual(8);
          expect(framed.edges.join()).toMatch(/United States/);
          // And the picture fits the page it prints on.
          const box = await page.locator('#map .print-picture > svg').boundingBox();
          expect(box!.width).toBeLessThanOrEqual(viewport.width);
          await page.emulateMedia({ media: 'screen' });
        }
        // A real printout: Chromium's PDF of the page, with the picture in it.
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(20_000);
      } finally {
        await page.close();
      }
    }
  });
});

async function readyAndRendered(page: Page) {
  await page.locator('#map .first-frame').waitFor({ state: 'detached', timeout: 50_000 });
  await rendered(page, '#map');
}

describe('posters for readers without scripts', () => {
  it('the embed code carries the year’s poster, which a page with scripts disabled shows, its alt text naming the largest partner', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${site.url}/picture.html`);
    await readyAndRendered(page);
    await page.locator('#map details.share summary').click();
    embedCode = await page.locator('#map details.share textarea').last().inputValue();
    await page.close();
    expect(embedCode).toMatch(/<img slot="poster" src="[^"]*\/lib\/posters\/2021\.svg"/);
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 900, height: 700 },
    });
    try {
      const plain = await context.newPage();
      await plain.goto(`${site.url}/pasted.html`);
      const img = plain.locator('relations-map img[slot=poster]');
      await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(800);
      expect(await img.getAttribute('alt')).toMatch(
        /In 2021, North Korea's largest recorded trading partner was China/,
      );
      const shot = PNG.sync.read(await img.screenshot());
      expect(countHue({ data: shot.data, width: shot.width, height: shot.height }, full)).toBeGreaterThan(
        200,
      );
    } finally {
      await context.close();
    }
  });
});
