import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { eventData } from '../../src/layers/events';
import { recordedEvents, useSite } from './browser';
import { deepActiveElement, pagePoint, rendered } from './page-helpers';

const MAP = '#map';
const checked = validateDataset(JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8')));
if (!checked.ok) throw new Error('the built-in dataset does not validate');
const dataset = checked.dataset;
const eventById = (id: string) => dataset.events.find((e) => e.id === id)!;

const site = useSite();

async function openDemo(year: number): Promise<Page> {
  const page = await site.open('/', {
    viewport: { width: 1280, height: 800 },
    events: ['selection-change', 'view-change'],
  });
  await page.evaluate(
    ({ selector, year }) => {
      (document.querySelector(selector) as HTMLElement & { year: number }).year = year;
    },
    { selector: MAP, year },
  );
  await rendered(page, MAP);
  return page;
}

const view = (page: Page) =>
  page.evaluate((selector) => {
    const m = (
      document.querySelector(selector) as HTMLElement & {
        map: { getCenter(): { lng: number; lat: number }; getZoom(): number };
      }
    ).map;
    return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  }, MAP);

/** The focused element's event id, when it is one of the timeline's buttons. */
const focusedEventId = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('data-id') ?? null;
  });

describe('the timeline of the year', () => {
  it('walks the events in date order by keyboard, opens one with Enter and goes to its place', async () => {
    const page = await openDemo(2017);
    try {
      const summary = page.locator(`${MAP} .timeline-box summary`);
      expect(await summary.textContent()).toMatch(/^Timeline of 2017: \d+ events$/);
      await summary.focus();
      await page.keyboard.press('Enter');
      // What the reader sees open: the list's lines.
      await page.locator(`${MAP} relations-timeline button`).first().waitFor();
      await page.keyboard.press('Tab');
      const ordered = dataset.events
        .filter((e) => e.year === 2017)
        .map((e) => e.id)
        .sort((a, b) => eventById(a).date.localeCompare(eventById(b).date));
      // One Tab lands on the first event; the arrow keys go through the rest, in date order.
      const visited = [await focusedEventId(page)];
      for (let i = 1; i < ordered.length; i++) {
        await page.keyboard.press('ArrowDown');
        visited.push(await focusedEventId(page));
      }
      expect(visited).toEqual(ordered);
      await page.keyboard.press('Home');
      expect(await focusedEventId(page)).toBe(ordered[0]);
      // Each line says its kind, as the map's colours do.
      const firstLine = await page.locator(`${MAP} relations-timeline button`).first().textContent();
      expect(firstLine).toMatch(/Diplomatic|Trade|Sanctions|Security|Legal|Background/);

      // The sixth nuclear test, at Punggye-ri.
      const target = 'ev-2017-test-6';
      while ((await focusedEventId(page)) !== target) await page.keyboard.press('ArrowDown');
      const before = await view(page);
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await recordedEvents(page, 'selection-change')).map((e) => e.detail))
        .toEqual([{ kind: 'event', id: target }]);
      expect(await page.locator(`${MAP} relations-details h2`).textContent()).toBe(eventById(target).title);
      // Focus moved to the details (their heading), for keyboard and screen-reader readers.
      expect(await deepActiveElement(page)).toMatchObject({ tag: 'h2', text: eventById(target).title });
      // The map went there: the place is in the part of the map that neither panel covers.
      await expect.poll(async () => (await view(page)).lng).not.toBe(before.lng);
      await rendered(page, MAP);
      const place = await pagePoint(page, MAP, [129.0874, 41.2781]);
      const controls = await page.locator(`${MAP} .controls`).boundingBox();
      const details = await page.locator(`${MAP} relations-details`).boundingBox();
      expect(place.x).toBeGreaterThan(controls!.x + controls!.width);
      expect(place.x).toBeLessThan(details!.x);
      expect(place.y).toBeGreaterThan(0);
      expect(place.y).toBeLessThan(800);
      expect((await view(page)).zoom).toBeGreaterThanOrEqual(4);

      // Escape closes the details and returns to the event in the list.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(`${MAP} relations-details`).count()).toBe(0);
      expect(await focusedEventId(page)).toBe(target);
      // The list is one stop for Tab: the next Tab leaves it.
      await page.keyboard.press('Tab');
      expect(await focusedEventId(page)).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('opens an event with no place on this map without moving the map', async () => {
    const page = await openDemo(2017);
    try {
      await page.locator(`${MAP} .timeline-box summary`).click();
      const resolution = page.locator(`${MAP} relations-timeline button[data-id="ev-2017-res-2375"]`);
      expect(await resolution.textContent()).toMatch(/not on this map/);
      const before = await view(page);
      await resolution.click();
      await expect
        .poll(() => page.locator(`${MAP} relations-details h2`).textContent())
        .toBe(eventById('ev-2017-res-2375').title);
      expect(await view(page)).toEqual(before);
      expect(await resolution.getAttribute('aria-current')).toBe('true');
    } finally {
      await page.close();
    }
  });

  it('lists the events in the table view too, and an event chosen there is shown on the map', async () => {
    const page = await openDemo(2017);
    try {
      await page.locator(`${MAP} .view-switch`).click();
      const buttons = page.locator(`${MAP} relations-table table[data-table=events] button.open-event`);
      expect(await buttons.count()).toBe(dataset.events.filter((e) => e.year === 2017).length);
      const kinds = await page
        .locator(`${MAP} relations-table table[data-table=events] tbody tr td:nth-child(4)`)
        .allTextContents();
      expect(kinds).toContain('Sanctions');
      await page.locator(`${MAP} relations-table button[data-event="ev-2017-recall"]`).click();
      await expect.poll(() => page.getAttribute(MAP, 'mode')).toBe('map');
      await expect
        .poll(() => page.locator(`${MAP} relations-details h2`).textContent())
        .toBe(eventById('ev-2017-recall').title);
    } finally {
      await page.close();
    }
  });
});

describe('events that share a place', () => {
  it('are separate dots on the map, each picked and opened on its own (the two tests of 2016 at Punggye-ri)', async () => {
    const page = await openDemo(2016);
    try {
      const dots = eventData(dataset, 2016).filter((d) => d.place.startsWith('Punggye-ri'));
      expect(dots.map((d) => d.id)).toEqual(['ev-2016-test-4', 'ev-2016-test-5']);
      const map = await page.locator(`${MAP} .map`).boundingBox();
      const opened: string[] = [];
      for (const dot of dots) {
        const place = await pagePoint(page, MAP, dot.position);
        const x = place.x + dot.offset[0];
        const y = place.y + dot.offset[1];
        // What deck.gl's picking buffer holds at the dot's centre: that event, not its neighbour.
        const picked = await page.evaluate(
          ({ selector, x, y }) => {
            const el = document.querySelector(selector) as HTMLElement & {
              deck: {
                pickObject(o: { x: number; y: number; radius: number }): { object?: { id?: string } } | null;
              };
            };
            return el.deck.pickObject({ x, y, radius: 0 })?.object?.id ?? null;
          },
          { selector: MAP, x: x - map!.x, y: y - map!.y },
        );
        expect(picked).toBe(dot.id);
        await page.mouse.click(x, y);
        await expect
          .poll(() => page.locator(`${MAP} relations-details h2`).textContent())
          .toBe(eventById(dot.id).title);
        opened.push(dot.id);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator(`${MAP} relations-details`).count()).toBe(0);
      }
      expect(opened).toEqual(['ev-2016-test-4', 'ev-2016-test-5']);
    } finally {
      await page.close();
    }
  });
});

const detailsText = (page: Page) =>
  page
    .locator(`${MAP} relations-details`)
    .evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '')
    .catch(() => '');

describe("each partner's share of North Korea's recorded trade", () => {
  it("shows in a flow's details, and in the table, only for figures of KOTRA's own series", async () => {
    const page = await openDemo(2017);
    try {
      const select = (id: string) =>
        page.evaluate(
          ({ selector, id }) => {
            (document.querySelector(selector) as HTMLElement & { selection: unknown }).selection = {
              kind: 'flow',
              id,
            };
          },
          { selector: MAP, id },
        );
      await select('chn-2017-kotra-exports');
      await expect
        .poll(() => detailsText(page))
        .toMatch(/93\.2% of North Korea's recorded exports \(KOTRA\)/);
      // China's customs figure is another series: no share, and the reason.
      expect(await detailsText(page)).toMatch(
        /this figure is from China customs, the total from KOTRA, and figures counted by different bodies are not divided/,
      );
      await select('tha-2017-tpso-total');
      await expect
        .poll(() => detailsText(page))
        .toMatch(/No share of North Korea's trade: this figure is from Thai Commerce Ministry \(TPSO\)/);

      await page.evaluate((selector) => {
        const el = document.querySelector(selector) as HTMLElement & { selection: unknown; mode: string };
        el.selection = null;
        el.mode = 'table';
      }, MAP);
      const shares = await page
        .locator(`${MAP} relations-table table[data-table=flows] td.share`)
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-share')));
      // Each share with its base (the table's cells mix exports, imports and totals).
      expect(shares).toContain('93.2% of exports');
      expect(shares).toContain('95.5% of imports');
      expect(shares).toContain('–');
    } finally {
      await page.close();
    }
  });
});
