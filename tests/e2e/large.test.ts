import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Route, type StaticServer, serveStatic } from '../../scripts/static-server';
import { syntheticDataset } from '../../scripts/synthetic-dataset';
import { MOVING_PICTURE_ARCS } from '../../src/engine/moving-picture';
import type { Pixels } from '../pixels';
import { launch, readyEvents, recordReadyEvents } from './browser';
import { elementPixels } from './page-helpers';

const FLOWS = 3000;
let server: StaticServer;
let browser: Browser;
const pages: Record<string, Route> = {};

beforeAll(async () => {
  const body = JSON.stringify(syntheticDataset(FLOWS));
  pages['/large.json'] = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  };
  pages['/large.html'] = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
      <html lang="en"><head><title>Large dataset</title></head><body style="margin:0">
      <script type="module" src="/lib/relations-map.js"></script>
      <relations-map id="m" loading="eager" gestures="greedy" no-controls src="/large.json" layers="trade" year="2016"
        style="display:block;width:900px;height:600px"></relations-map></body></html>`);
  };
  server = await serveStatic('dist', {}, pages);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The share of pixels that differ clearly between two same-sized images, within a column range. */
function differing(a: Pixels, b: Pixels, fromX: number, toX: number): number {
  let diff = 0;
  let total = 0;
  const height = a.data.length / 4 / a.width;
  for (let y = 0; y < height; y++)
    for (let x = fromX; x < toX; x++) {
      const i = (y * a.width + x) * 4;
      total++;
      const d =
        Math.abs(a.data[i]! - b.data[i]!) +
        Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
        Math.abs(a.data[i + 2]! - b.data[i + 2]!);
      if (d > 90) diff++;
    }
  return diff / total;
}

describe('a dataset with thousands of flows', () => {
  it('pans with a moving picture of the arcs that lines up with the redrawn arcs', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await recordReadyEvents(page);
      await page.goto(`${server.url}/large.html`);
      await readyEvents(page, 1);
      const drawn = await page.evaluate(
        () =>
          (
            document.querySelector('#m') as unknown as {
              deck: { _deck: { props: { layers: Array<{ props: { data: unknown[] } }> } } };
            }
          ).deck._deck.props.layers[0]!.props.data.length,
      );
      expect(drawn).toBeGreaterThan(MOVING_PICTURE_ARCS);
      const before = await elementPixels(page, '#m');

      // Pan 120 px right: during the pan deck.gl does not draw; its picture moves with the map.
      const shift = 120;
      const transform = await page.evaluate(async (shift) => {
        const el = document.querySelector('#m') as unknown as {
          map: { panBy(o: [number, number], a: { animate: boolean }): void };
          deck: { getCanvas(): HTMLCanvasElement };
        };
        el.map.panBy([-shift, 0], { animate: false });
        await new Promise((r) => requestAnimationFrame(r));
        return el.deck.getCanvas().style.transform;
      }, shift);
      const [dx, dy] = (/translate\(([-\d.e]+)px(?:,\s*([-\d.e]+)px)?\)/.exec(transform) ?? [])
        .slice(1)
        .map((v) => Number(v ?? 0));
      expect(dx).toBeCloseTo(shift, 0);
      expect(Math.abs(dy ?? 0)).toBeLessThan(1);
      const moving = await elementPixels(page, '#m');

      // Once the map stops, the arcs are redrawn in place and the picture's transform is gone.
      await page.waitForFunction(
        () =>
          (
            document.querySelector('#m') as unknown as { deck: { getCanvas(): HTMLCanvasElement } }
          ).deck.getCanvas().style.transform === '',
        undefined,
        { timeout: 5000 },
      );
      await page.evaluate(async () => {
        await (document.querySelector('#m') as unknown as { whenRendered(): Promise<void> }).whenRendered();
      });
      const after = await elementPixels(page, '#m');

      // The moving picture and the redrawn arcs agree where the picture has content (right of the revealed band);
      // both differ from the view before the pan, so the comparison is not trivially equal.
      const agree = differing(moving, after, shift + 10, moving.width - 60);
      const changed = differing(before, after, shift + 10, moving.width - 60);
      expect(changed).toBeGreaterThan(0.02);
      expect(agree).toBeLessThan(changed / 4);
    } finally {
      await page.close();
    }
  });
});
