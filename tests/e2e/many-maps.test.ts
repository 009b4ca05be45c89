import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../scripts/static-server';
import { layerPalettes } from '../../src/layers/colors';
import { countHue, type RGB } from '../pixels';
import { readyEvents, recordedEvents, useSite } from './browser';
import { elementPixels, rendered } from './page-helpers';

const html =
  (body: string): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
    <html lang="en"><head><title>Maps</title></head><body style="margin:0;font:16px system-ui">
    <script type="module" src="/lib/relations-map.js"></script>${body}</body></html>`);
  };

const YEARS = [2016, 2017, 2021];
/** A live blog: n maps of 720×380, two screens of text apart, the years in turn. */
const manyMaps = (n: number) =>
  html(
    `${Array.from(
      { length: n },
      (_, i) => `<p style="height:1600px;margin:0">Text before map ${i + 1}.</p>
      <relations-map id="m${i + 1}" year="${YEARS[i % 3]}" style="display:block;width:720px;height:380px"></relations-map>`,
    ).join('')}<p style="height:1600px">The end.</p>`,
  );

const site = useSite({
  browserArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
  pages: {
    '/twelve.html': manyMaps(12),
    '/twenty.html': manyMaps(20),
    // Three maps in one screen, on a page that allows one live at a time.
    '/grid.html': html(
      `<script type="module">import { setLiveMapLimit } from '/lib/relations-map.js'; setLiveMapLimit(1);</script>
      <div style="display:grid;grid-template-columns:repeat(3,300px);gap:8px">${Array.from(
        { length: 3 },
        (_, i) =>
          `<relations-map id="g${i + 1}" year="${YEARS[i % 2]}" no-controls style="display:block;height:220px"></relations-map>`,
      ).join('')}</div>`,
    ),
    '/one.html': html(
      '<relations-map id="m" loading="eager" gestures="greedy" layers="trade" year="2016" style="display:block;width:720px;height:380px"></relations-map>',
    ),
  },
});

const imports = layerPalettes.light.flow.imports.slice(0, 3) as RGB;

async function arcPixels(page: Page, selector: string): Promise<number> {
  return countHue(await elementPixels(page, selector), imports);
}

/** What the page's maps hold now: canvases (two for each live map, MapLibre's and deck.gl's; none for a picture). */
const canvases = (page: Page, selector = 'relations-map') =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].reduce(
        (n, el) => n + (el.shadowRoot?.querySelectorAll('canvas').length ?? 0),
        0,
      ),
    selector,
  );

/** WebGL contexts the browser took from a map (the element marks each; the budget's releases are not losses). */
const contextsLost = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('relations-map:context-lost').length);

/** The page's JavaScript heap after two garbage collections, in bytes. */
const heap = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { gc(): void };
    w.gc();
    w.gc();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });

/**
 * A flick: the page scrolls to the map and moves on once the browser has drawn it there (two frames: the maps'
 * visibility observers have heard of the scroll), without waiting for anything the maps do.
 */
const flickTo = (page: Page, id: string) =>
  page.evaluate(async (id) => {
    window.scrollTo(0, document.getElementById(id)!.offsetTop - 200);
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, id);

const scrollTo = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(id)!;
    window.scrollTo(0, el.offsetTop - 200);
  }, id);

/** A reader's visit to a page of many maps, its measures kept across the tests that walk it. */
function visit(path: string) {
  const state = { page: undefined as unknown as Page, warnings: [] as string[], mostCanvases: 0 };
  const track = async () => {
    state.mostCanvases = Math.max(state.mostCanvases, await canvases(state.page));
  };
  return {
    state,
    async open() {
      state.page = await site.open(path, {
        viewport: { width: 760, height: 800 },
        events: ['map-release', 'map-restore'],
        ready: false,
      });
      state.page.on('console', (m) => {
        if (/too many active webgl contexts/i.test(m.text())) state.warnings.push(m.text());
      });
    },
    track,
    /** Scrolls to the map and sees its arcs, from its picture or the live map, whichever is there. */
    async reach(id: string): Promise<void> {
      await scrollTo(state.page, id);
      await expect
        .poll(() => arcPixels(state.page, `#${id}`), {
          timeout: 30_000,
          interval: 200,
          message: `the arcs of ${id}`,
        })
        .toBeGreaterThan(150);
      await track();
    },
    /** Stays at the map until it is live: its `ready` or `map-restore` (the nth of them), in ms from now. */
    async live(id: string, event: 'ready' | 'map-restore', nth = 1): Promise<number> {
      const start = Date.now();
      await state.page.waitForFunction(
        ({ id, event, nth }) =>
          (
            (window as unknown as { __events?: Array<{ type: string; target: string }> }).__events ?? []
          ).filter((e) => e.type === event && e.target === id).length >= nth,
        { id, event, nth },
        { timeout: 40_000 },
      );
      await track();
      // The live map: its own canvases, and the power users' handle back.
      expect(
        await state.page.evaluate((id) => !!(document.getElementById(id) as { map?: unknown }).map, id),
      ).toBe(true);
      return Date.now() - start;
    },
    /** No context lost or warned about, and never more live maps than the budget. */
    async withinBudget() {
      expect(state.warnings).toEqual([]);
      expect(await contextsLost(state.page)).toBe(0);
      expect(state.mostCanvases).toBeLessThanOrEqual(8);
    },
  };
}

// One page, one reader's visit: the tests below are its parts, in order, each well under a minute.
describe('a page of twelve maps, scrolled down and back up twice', () => {
  const reader = visit('/twelve.html');
  const readyMs: Record<string, number> = {};
  const heaps: number[] = [];

  it("shows the first maps' arcs as the reader scrolls down", async () => {
    const start = Date.now();
    await reader.open();
    await reader.reach('m1');
    readyMs.m1 = Date.now() - start + (await reader.live('m1', 'ready'));
    // The reader is in the first map (focus on it, for its keys) as they scroll on: a map in use keeps its WebGL
    // when its time away comes (the element marks each time it keeps one for that reason).
    const canvas = reader.state.page.locator('#m1 .maplibregl-canvas');
    await canvas.evaluate((c: HTMLElement) => c.focus({ preventScroll: true }));
    for (let i = 2; i <= 5; i++) await reader.reach(`m${i}`);
    await reader.state.page.waitForFunction(
      () => performance.getEntriesByName('relations-map:kept-in-use').length > 0,
    );
    const released = await recordedEvents(reader.state.page, 'map-release');
    expect(released.map((e) => e.target)).not.toContain('m1');
    expect(await canvases(reader.state.page, '#m1')).toBe(2);
    await canvas.evaluate((c: HTMLElement) => c.blur());
  });

  // Two steps, not one: on a busy two-core machine six maps' arcs and the twelfth's start together came near a
  // test's 60 s.
  it("shows each map's arcs on the way down, past the budget of live maps", async () => {
    for (let i = 6; i <= 11; i++) await reader.reach(`m${i}`);
    await reader.withinBudget();
  });

  it('has the twelfth map ready about as soon as the first', async () => {
    const start = Date.now();
    await reader.reach('m12');
    readyMs.m12 = Date.now() - start + (await reader.live('m12', 'ready'));
    console.log(`ready after reaching it: first map ${readyMs.m1} ms, twelfth ${readyMs.m12} ms`);
    expect(readyMs.m12).toBeLessThan(readyMs.m1! * 1.5);
    await reader.withinBudget();
  });

  it('shows every map on the way back up, and the first live again where the reader stops', async () => {
    for (let i = 11; i >= 1; i--) await reader.reach(`m${i}`);
    await reader.live('m1', 'map-restore');
    await reader.withinBudget();
    const released = await recordedEvents(reader.state.page, 'map-release');
    expect(released.length).toBeGreaterThan(0);
    heaps.push(await heap(reader.state.page));
  });

  it('holds no more memory after a second pass than after the first', async () => {
    for (let i = 2; i <= 12; i++) await reader.reach(`m${i}`);
    for (let i = 11; i >= 1; i--) await reader.reach(`m${i}`);
    await reader.live('m1', 'map-restore', 2);
    await reader.withinBudget();
    heaps.push(await heap(reader.state.page));
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(
      `heap after one pass ${mb(heaps[0]!)} MB, after two ${mb(heaps[1]!)} MB; at most ${reader.state.mostCanvases} canvases`,
    );
    expect(heaps[1]!).toBeLessThanOrEqual(heaps[0]! * 1.5);
    // A ready fired once per map: the way back restored maps, it did not announce them again.
    const ready = await recordedEvents(reader.state.page, 'ready');
    expect(ready.length).toBeLessThanOrEqual(12);
    await reader.state.page.close();
  });
});

describe('a page of twenty maps, flicked through', () => {
  const reader = visit('/twenty.html');

  it('keeps within the budget while the reader flicks down past every map, and draws the last', async () => {
    await reader.open();
    for (let i = 1; i <= 19; i++) {
      await flickTo(reader.state.page, `m${i}`);
      if (i % 3 === 0) await reader.track();
    }
    await reader.reach('m20');
    await reader.live('m20', 'ready');
    await reader.withinBudget();
  });

  it('and back up: the first map shows its picture at once and is live again', async () => {
    for (let i = 19; i >= 2; i--) {
      await flickTo(reader.state.page, `m${i}`);
      if (i % 3 === 0) await reader.track();
    }
    await reader.reach('m1');
    const events = await recordedEvents(reader.state.page, 'ready');
    const m1Ready = events.some((e) => e.target === 'm1');
    await reader.live('m1', m1Ready ? 'map-restore' : 'ready');
    await reader.withinBudget();
    console.log(`twenty maps: at most ${reader.state.mostCanvases} canvases`);
    await reader.state.page.close();
  });
});

describe('a page of three maps in view, one allowed live', () => {
  it('keeps one live and the rest as pictures, and brings a picture to life when the reader reaches for it', async () => {
    const page = await site.open('/grid.html', {
      viewport: { width: 940, height: 400 },
      events: ['map-release', 'map-restore'],
      ready: false,
    });
    try {
      const live = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('relations-map')]
            .filter((el) => el.shadowRoot?.querySelector('canvas'))
            .map((el) => el.id),
        );
      await readyEvents(page, 1);
      await expect.poll(live).toHaveLength(1);
      // Every map shows its arcs: the live ones drawn by WebGL, the others by their pictures.
      for (let i = 1; i <= 3; i++) expect(await arcPixels(page, `#g${i}`), `g${i}`).toBeGreaterThan(100);
      const before = await live();
      const picture = ['g1', 'g2', 'g3'].find((id) => !before.includes(id))!;
      const box = (await page.locator(`#${picture}`).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction(
        (id) =>
          ((window as unknown as { __events?: Array<{ type: string; target: string }> }).__events ?? []).some(
            (e) => e.target === id && e.type !== 'map-release',
          ),
        picture,
      );
      await expect.poll(live).toContain(picture);
      expect(await live()).toHaveLength(1);
      expect(await contextsLost(page)).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('the date line', () => {
  it('keeps the arcs on the map after panning 400° east and 400° west', async () => {
    const page = await site.open('/one.html', { viewport: { width: 760, height: 420 }, rendered: '#m' });
    try {
      const before = await arcPixels(page, '#m');
      expect(before).toBeGreaterThan(300);
      for (const degrees of [400, -400, -400]) {
        // In steps, as a reader drags: each step a fifth of the way, the map drawn after each.
        for (let step = 0; step < 5; step++) {
          await page.evaluate(async (d) => {
            const el = document.querySelector('#m') as HTMLElement & {
              map: { getCenter(): { lng: number; lat: number }; jumpTo(o: object): void };
              whenRendered(): Promise<void>;
            };
            const c = el.map.getCenter();
            el.map.jumpTo({ center: [c.lng + d / 5, c.lat] });
            await el.whenRendered();
          }, degrees);
        }
        await rendered(page, '#m');
        const after = await arcPixels(page, '#m');
        expect(after, `after ${degrees}°`).toBeGreaterThan(before * 0.8);
      }
    } finally {
      await page.close();
    }
  });
});
