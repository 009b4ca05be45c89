import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../scripts/static-server';
import { datasetFromCsv } from '../../src/tools/dataset-csv';
import { useSite } from './browser';
import { demoPageWith, everythingSaid, pagePoint, rendered } from './page-helpers';

/**
 * A newsroom's own dataset, made from the CSV template (Japan, with Australia and Thailand, two years, no story): the
 * map must speak of its country, frame its capitals and credit no one else's story. Nothing of the built-in dataset
 * may show, on screen, in the table or in an export.
 */
const folder = 'tests/fixtures/other-country';
const converted = datasetFromCsv(
  Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f, readFileSync(`${folder}/${f}`, 'utf8')]),
  ),
);
if (!converted.ok) throw new Error('the other-country fixture does not convert from CSV');
const json: Route = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(converted.dataset));
};
const page: Route = (_request, response) => {
  response
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(demoPageWith('display:block;width:1000px;height:600px', 'src="/japan.json"'));
};
const site = useSite({ pages: { '/japan.json': json, '/japan.html': page } });
const MAP = '#map';
const builtIn = /DPRK|North Korea|Pyongyang|9DASHLINE|Korea Utara|Malaysia/;

const capitals: Record<string, [number, number]> = {
  Tokyo: [139.69, 35.69],
  Canberra: [149.13, -35.28],
  Bangkok: [100.5, 13.75],
};

async function capitalsInView(p: Page): Promise<string[]> {
  const box = (await p.locator(`${MAP} .maplibregl-canvas`).boundingBox())!;
  const inside: string[] = [];
  for (const [name, lonLat] of Object.entries(capitals)) {
    const at = await pagePoint(p, MAP, lonLat);
    if (at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height)
      inside.push(name);
  }
  return inside;
}

describe("another newsroom's dataset", () => {
  it('speaks of its own country, frames its capitals and credits no one else, on screen, in the table and in the SVG', async () => {
    const p = await site.open('/japan.html', { viewport: { width: 1280, height: 800 }, rendered: MAP });
    try {
      const said = await everythingSaid(p, MAP);
      expect(said).toMatch(/Japan/);
      expect(said).not.toMatch(builtIn);
      // Its words where the interface names the focus country: the map's name, the directions, the credit.
      expect(await p.locator(`${MAP} .map`).getAttribute('aria-label')).toBe(
        "Map of Japan's relations and trade",
      );
      expect(said).toMatch(/Japan's exports only/);
      const credit = (await p.locator(`${MAP} .attribution`).textContent())!.replace(/\s+/g, ' ');
      expect(credit).toContain("Japan's trade with Australia and Thailand, 2019 and 2022");
      expect(credit).not.toMatch(/Story/);
      // Every capital in the first view, and again after a pan and the reset button.
      expect(await capitalsInView(p)).toEqual(['Tokyo', 'Canberra', 'Bangkok']);
      const canvas = (await p.locator(`${MAP} .maplibregl-canvas`).boundingBox())!;
      await p.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
      await p.mouse.down();
      await p.mouse.move(canvas.x + canvas.width / 2 + 300, canvas.y + canvas.height / 2 + 100, { steps: 8 });
      await p.mouse.up();
      await rendered(p, MAP);
      expect(await capitalsInView(p)).not.toEqual(['Tokyo', 'Canberra', 'Bangkok']);
      await p.locator(`${MAP} button.relations-reset-view`).click();
      await rendered(p, MAP);
      await expect.poll(() => capitalsInView(p)).toEqual(['Tokyo', 'Canberra', 'Bangkok']);
      // The table: its share column and directions in the dataset's words.
      await p.locator(MAP).evaluate((el) => el.setAttribute('mode', 'table'));
      await p.locator(`${MAP} relations-table table[data-table=flows] tbody tr`).first().waitFor();
      const table = await everythingSaid(p, MAP);
      expect(table).toMatch(/Share of Japan's trade/);
      expect(table).not.toMatch(builtIn);
      await p.locator(MAP).evaluate((el) => el.setAttribute('mode', 'map'));
      // The SVG export: title, key and credit of its own.
      const svg = await p.locator(MAP).evaluate(async (el) => {
        const blob = await (
          el as HTMLElement & { exportImage(o: { type: string }): Promise<Blob> }
        ).exportImage({
          type: 'image/svg+xml',
        });
        return blob.text();
      });
      expect(svg).toMatch(/Japan/);
      expect(svg).not.toMatch(builtIn);
    } finally {
      await p.close();
    }
  });

  it('frames the new dataset when a page swaps the built-in one for it', async () => {
    const p = await site.open('/', { viewport: { width: 1280, height: 800 }, rendered: MAP });
    try {
      expect(await capitalsInView(p)).not.toContain('Canberra');
      await p.locator(MAP).evaluate((el) => el.setAttribute('src', '/japan.json'));
      await expect.poll(() => p.locator(`${MAP} .attribution`).textContent()).toMatch(/Japan's trade/);
      await rendered(p, MAP);
      await expect.poll(() => capitalsInView(p)).toEqual(['Tokyo', 'Canberra', 'Bangkok']);
      expect(await everythingSaid(p, MAP)).not.toMatch(builtIn);
    } finally {
      await p.close();
    }
  });
});
