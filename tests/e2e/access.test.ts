import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../scripts/static-server';
import { parseCsv } from '../../src/data/csv';
import { layerPalettes } from '../../src/layers/colors';
import { countHue, type RGB } from '../pixels';
import { readyEvents, recordedEvents, recordReadyEvents, useSite } from './browser';
import { deepActiveElement, rendered } from './page-helpers';

const MAP = '#map';
const dataset = JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8')) as {
  flows: Array<{ year: number; valueUsd: number }>;
};

const pages: Record<string, Route> = {};

const site = useSite({ pages });

const openDemo = (colorScheme: 'light' | 'dark' = 'light', path = '/') =>
  site.open(path, {
    viewport: { width: 1100, height: 760 },
    colorScheme,
    events: ['year-change', 'layers-change', 'selection-change', 'view-change'],
  });

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings for the whole page, shadow roots included. */
async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
    }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

/** The text of the first cells of one of the table view's tables. */
const tableRows = (page: Page, table: 'flows' | 'relations' | 'events') =>
  page.locator(`${MAP} relations-table table[data-table=${table}] tbody tr`).allTextContents();

/** WCAG contrast ratio of two opaque CSS colours as getComputedStyle gives them (`rgb(r, g, b)`). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The page's colour scheme changes as a reader's system theme would, and the maps have redrawn in it. */
async function switchScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('relations-map')].map(
          (el) => (el as { resolvedTheme?: string }).resolvedTheme,
        ),
      ),
    )
    .toEqual(expect.arrayContaining([scheme]));
  for (const id of await page.evaluate(() =>
    [...document.querySelectorAll('relations-map')].map((el) => el.id),
  ))
    await rendered(page, `#${id}`);
}

// Each page is audited in the light theme, then in the dark one the reader's system switches to.
describe('accessibility audits (axe-core)', () => {
  it('finds no serious or critical violations on the demo, map and table view, light and dark', async () => {
    const page = await openDemo('light');
    try {
      expect(await page.getAttribute(MAP, 'theme')).toBe('auto');
      for (const scheme of ['light', 'dark'] as const) {
        await switchScheme(page, scheme);
        // Back to the map view for the second scheme.
        await page.locator(MAP).evaluate((el) => el.setAttribute('mode', 'map'));
        await rendered(page, MAP);
        expect(await seriousViolations(page), scheme).toEqual([]);
        await page.locator(`${MAP} .view-switch`).click();
        await page.locator(`${MAP} relations-table table`).first().waitFor();
        expect(await seriousViolations(page), `${scheme}, table`).toEqual([]);
        // The pressed button's text on the accent colour: axe leaves text on a coloured control to review.
        const [text, background] = await page
          .locator(`${MAP} .view-switch`)
          .evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
        expect(contrast(text!, background!), scheme).toBeGreaterThanOrEqual(4.5);
      }
    } finally {
      await page.close();
    }
  });
  // The article in two steps on one page, light then dark: on a busy two-core machine both in one test came near 60 s.
  describe('the article embed with two maps and a linked table', () => {
    let page: Page | undefined;
    it('finds no serious or critical violations in the light theme', async () => {
      page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
      await recordReadyEvents(page);
      await page.goto(`${site.url}/examples/article.html`);
      await page.locator('#story-map').scrollIntoViewIfNeeded();
      await readyEvents(page, 1);
      await page.locator('details.figures summary').click();
      await page.locator('relations-table[for=story-map] table').first().waitFor();
      expect(await seriousViolations(page), 'light').toEqual([]);
    });
    it('and none once the reader’s system switches to dark', async () => {
      try {
        expect(page, 'the light step opened the page').toBeDefined();
        await switchScheme(page!, 'dark');
        expect(await seriousViolations(page!), 'dark').toEqual([]);
      } finally {
        await page?.close();
      }
    });
  });
});

describe('the data table view', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openDemo();
  });
  afterAll(() => page?.close());

  it('opens from one named button, follows the year slider and the layer toggles, and sorts', async () => {
    const button = page.getByRole('button', { name: 'Data table' });
    await button.click();
    expect(await page.getAttribute(MAP, 'mode')).toBe('table');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const rows2021 = await tableRows(page, 'flows');
    expect(rows2021.length).toBeGreaterThan(3);
    expect(rows2021.join(' ')).toMatch(/no reported figure/);
    // Every figure carries its evidence and at least one source.
    expect(
      await page.locator(`${MAP} relations-table table[data-table=flows] td.sources a`).count(),
    ).toBeGreaterThan(3);

    // The year slider drives the table.
    await page.locator(`${MAP} [role=slider]`).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => tableRows(page, 'flows')).not.toEqual(rows2021);
    const rows2016 = (await tableRows(page, 'flows')).join(' ');
    expect(rows2016).toMatch(/\$3\.42B/);
    // Alternatives are beside the default: KOTRA drawn, China customs beside it.
    expect(rows2016).toMatch(/KOTRA/);
    expect(await page.locator(`${MAP} relations-table .alternative`).count()).toBeGreaterThan(0);
    expect((await tableRows(page, 'relations')).join(' ')).toMatch(/Malaysia[\s\S]*Full relations/);

    // The layer toggles drive it too.
    await page.locator(`${MAP} relations-layer-toggles input[name=events]`).uncheck();
    await expect.poll(() => page.locator(`${MAP} relations-table table[data-table=events]`).count()).toBe(0);
    await page.locator(`${MAP} relations-layer-toggles input[name=events]`).check();
    await expect.poll(() => page.locator(`${MAP} relations-table table[data-table=events]`).count()).toBe(1);

    // Sorting by value: ascending, then descending; "no reported figure" stays last both times.
    const values = () =>
      page
        .locator(`${MAP} relations-table table[data-table=flows] td.number`)
        .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.value ?? ''));
    const sortButton = page.locator(
      `${MAP} relations-table table[data-table=flows] button[data-column=value]`,
    );
    await sortButton.click();
    const header = page.locator(
      `${MAP} relations-table table[data-table=flows] th:has(button[data-column=value])`,
    );
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await values();
    const numbers = ascending.filter(Boolean).map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(ascending.slice(numbers.length).every((v) => v === '')).toBe(true);
    await sortButton.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = (await values()).filter(Boolean).map(Number);
    expect(descending).toEqual([...numbers].sort((a, b) => b - a));

    // The method note is visible beside the figures.
    const method = page.locator(`${MAP} relations-table .method`);
    expect(await method.isVisible()).toBe(true);
    expect(await method.textContent()).toMatch(/mirror statistics[\s\S]*KOTRA[\s\S]*March 2021/);

    await page.getByRole('button', { name: 'Back to the map' }).click();
    expect(await page.getAttribute(MAP, 'mode')).toBe('map');
    expect((await deepActiveElement(page)).text).toBe('Data table');
  });

  it('bolds only drawn rows, shows every column, and keeps the tables readable on a phone', async () => {
    // The editor's sizes: 1280 x 900, then a 375-px phone.
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate((s) => {
        const el = document.querySelector(s) as HTMLElement & { mode: string; year: number };
        el.mode = 'table';
        el.year = 2021;
      }, MAP);
      const table = page.locator(`${MAP} relations-table`);
      await table.locator('table[data-table=flows] tbody tr').first().waitFor();
      const rows = await table.evaluate((el) =>
        [...el.shadowRoot!.querySelectorAll('table[data-table=flows] tbody tr')].map((tr) => ({
          shown: tr.classList.contains('shown'),
          weight: getComputedStyle(tr.querySelector('th')!).fontWeight,
          value: tr.querySelector('td.number')?.textContent ?? '',
          evidence: tr.children[7]?.textContent?.trim() ?? '',
        })),
      );
      const missing = rows.filter((r) => /no reported figure/.test(r.value));
      expect(missing.length).toBeGreaterThan(0);
      for (const r of missing) expect([r.weight, r.evidence]).toEqual(['400', '']);
      for (const r of rows.filter((x) => x.shown)) expect(r.weight).toBe('700');
      // Nothing is cut off at the right: the last column fits in the box at this width.
      const overflow = await table.evaluate((el) => {
        const box = el.shadowRoot!.querySelector('.tables')!;
        return box.scrollWidth - box.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(1);
      // On a phone the tables take the element's box, not a slit above the panel.
      await page.setViewportSize({ width: 375, height: 800 });
      await expect
        .poll(() =>
          page.locator(MAP).evaluate((el) => {
            const view = el.shadowRoot!.querySelector('.table-view')!.getBoundingClientRect();
            return view.height / el.getBoundingClientRect().height;
          }),
        )
        .toBeGreaterThan(0.8);
      // Long cells keep a readable width there and the tables scroll sideways: a row was 254 px tall, squeezed.
      await expect
        .poll(() =>
          table.evaluate((el) => el.shadowRoot!.querySelector('tbody tr')!.getBoundingClientRect().height),
        )
        .toBeLessThan(150);
    } finally {
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.evaluate((s) => {
        (document.querySelector(s) as HTMLElement & { mode: string }).mode = 'map';
      }, MAP);
    }
  });

  it("downloads the year's trade figures as CSV whose totals match the dataset", async () => {
    await page.locator(`${MAP} [role=slider]`).focus();
    await page.keyboard.press('End');
    await rendered(page, MAP);
    await page.locator(`${MAP} details.downloads summary`).click();
    for (const [scope, years] of [
      ['year', [2021]],
      ['all', [2016, 2017, 2021]],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`${MAP} .download-buttons button[data-download=${scope}]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(scope === 'year' ? /-2021\.csv$/ : /-all-years\.csv$/);
      const csv = readFileSync((await download.path())!, 'utf8');
      const [header, ...rows] = parseCsv(csv);
      const col = (name: string) => header!.indexOf(name);
      const total = rows.reduce((s, r) => s + (r[col('value_usd')] ? Number(r[col('value_usd')]) : 0), 0);
      const expected = dataset.flows
        .filter((f) => years.includes(f.year as never))
        .reduce((s, f) => s + f.valueUsd, 0);
      expect(total).toBeCloseTo(expected, 0);
      expect(rows.every((r) => r[col('sources')] !== '' || r[col('value_usd')] === '')).toBe(true);
      expect(rows.some((r) => r[col('evidence')] === 'no reported figure')).toBe(true);
    }
  });

  it('exports a PNG of the map without the panel, with title, arcs, key and attribution drawn in', async () => {
    const downloads = page.locator(`${MAP} details.downloads`);
    if ((await downloads.getAttribute('open')) === null) await downloads.locator('summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${MAP} .download-buttons button[data-download=png]`).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = PNG.sync.read(readFileSync((await download.path())!));
    const size = await page.evaluate((selector) => {
      const el = document.querySelector(selector) as HTMLElement & {
        map: { getCanvas(): HTMLCanvasElement };
      };
      const canvas = el.map.getCanvas();
      const map = canvas.getBoundingClientRect();
      const panel = el.shadowRoot!.querySelector('.controls')!.getBoundingClientRect();
      // Twice the view's pixels at least, whatever the screen's.
      const ratio = Math.max(2, canvas.width / canvas.clientWidth);
      return { width: Math.round((map.right - panel.right) * ratio), height: canvas.clientHeight * ratio };
    }, MAP);
    // The area behind the side panel is left out: the image is the map the reader could see.
    expect(Math.abs(png.width - size.width)).toBeLessThanOrEqual(2);
    expect(png.height).toBe(size.height);
    // The title across the top: an opaque light band with dark text on it.
    let titleDark = 0;
    for (let y = 2; y < 20; y++)
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! < 90 && png.data[i + 1]! < 90 && png.data[i + 2]! < 90) titleDark++;
      }
    expect(titleDark).toBeGreaterThan(100);
    const pixels = { data: png.data, width: png.width, height: png.height };
    // The arcs are in it (deck.gl's canvas, not only the basemap), and so is the legend's text panel.
    const palette = layerPalettes.light;
    expect(countHue(pixels, palette.flow.imports.slice(0, 3) as RGB)).toBeGreaterThan(50);
    expect(countHue(pixels, palette.flow.exports.slice(0, 3) as RGB)).toBeGreaterThan(20);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 7) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(200);
    // The bottom rows are the attribution band: an opaque light panel with dark text on it.
    let dark = 0;
    let light = 0;
    for (let y = png.height - 18; y < png.height; y++)
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (r < 90 && g < 90 && b < 90) dark++;
        else if (r > 235 && g > 235 && b > 235) light++;
      }
    expect(dark).toBeGreaterThan(100);
    expect(light).toBeGreaterThan(png.width * 5);
  });
});

describe('keyboard alone', () => {
  it('reaches every control, pans and zooms the map, opens details and the table, and comes back', async () => {
    const page = await openDemo();
    try {
      const stops: string[] = [];
      const withoutRing: string[] = [];
      await page.locator('body').focus();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const a = await deepActiveElement(page);
        const stop = `${a.tag}|${a.role ?? ''}|${a.label || a.text}`;
        stops.push(stop);
        if (!a.ring && a.tag !== 'body') withoutRing.push(stop);
      }
      const joined = stops.join('\n');
      for (const expected of [
        /button\|\|Play the years/,
        /div\|slider\|Year/,
        /select\|\|Trade direction/,
        /button\|\|Data table/,
        /select\|\|Choose a country/,
        /summary\|\|About these figures/,
        /summary\|\|Download/,
        /summary\|\|Share or embed this view/,
        /summary\|\|Legend/,
        /canvas\|region\|Map: arrow keys pan/,
        /button\|\|Zoom in/,
        /button\|\|Reset view/,
      ])
        expect(joined).toMatch(expected);
      expect(stops.filter((s) => s.startsWith('input|')).length).toBeGreaterThanOrEqual(5);
      // In the order the eye reads a wide map: the panel at its left, then the map (Tab went to the canvas first).
      const firstOf = (pattern: RegExp) => stops.findIndex((s) => pattern.test(s));
      expect(firstOf(/Play the years/)).toBeLessThan(firstOf(/canvas\|region/));
      // Visible focus on every stop.
      expect(withoutRing).toEqual([]);

      // The map itself: focus its canvas, pan with the arrows and zoom with +.
      const canvas = page.locator(`${MAP} canvas.maplibregl-canvas`);
      await canvas.focus();
      const view = () =>
        page.evaluate((selector) => {
          const m = (
            document.querySelector(selector) as HTMLElement & {
              map: { getCenter(): { lng: number }; getZoom(): number };
            }
          ).map;
          return { lng: m.getCenter().lng, zoom: m.getZoom() };
        }, MAP);
      const before = await view();
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await view()).lng).toBeGreaterThan(before.lng);
      await page.keyboard.press('Equal');
      await expect.poll(async () => (await view()).zoom).toBeGreaterThan(before.zoom);
      await expect.poll(async () => (await recordedEvents(page, 'view-change')).length).toBeGreaterThan(0);

      // The map's features by keyboard: the "Details of" list opens a country's details, Escape closes them.
      const picker = page.locator(`${MAP} .picker select`);
      await picker.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await recordedEvents(page, 'selection-change')).length).toBe(1);
      expect(await page.locator(`${MAP} relations-details h2`).textContent()).toBeTruthy();
      // The selection is announced.
      expect(await page.locator(`${MAP} [aria-live]`).textContent()).toMatch(/\S/);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(`${MAP} relations-details`).count()).toBe(0);

      // The table view by keyboard: open, sort, leave with Escape.
      await page.locator(`${MAP} .view-switch`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await deepActiveElement(page)).tag).toBe('h2');
      let onSort = false;
      for (let i = 0; i < 12 && !onSort; i++) {
        await page.keyboard.press('Tab');
        onSort = (await deepActiveElement(page)).text.startsWith('Pair');
      }
      expect(onSort).toBe(true);
      await page.keyboard.press('Enter');
      expect(
        await page
          .locator(`${MAP} relations-table th:has(button[data-column=pair])`)
          .first()
          .getAttribute('aria-sort'),
      ).toBe('ascending');
      await page.keyboard.press('Escape');
      expect(await page.getAttribute(MAP, 'mode')).toBe('map');
    } finally {
      await page.close();
    }
  });
});

describe('languages', () => {
  it('speaks Malay with lang="ms": controls, legend, table and numbers', async () => {
    const page = await openDemo();
    try {
      await page.evaluate((selector) => document.querySelector(selector)!.setAttribute('lang', 'ms'), MAP);
      await rendered(page, MAP);
      // The map's own labels follow at once, not at the next year change.
      const labels = await page
        .locator(`${MAP} .map-labels text`)
        .evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));
      // The labels carry a mark, not words; the key beside them says what it means, in Malay.
      expect(labels.join('\n')).toMatch(/∅/);
      expect(labels.join('\n')).not.toMatch(/no reported figure/);
      const key = (await page.locator(`${MAP} .map-key`).textContent()) ?? '';
      expect(key).toMatch(/∅\s*tiada angka dilaporkan/);
      expect(key).not.toMatch(/no reported figure/);
      const toggles = await shadowText(page, `${MAP} relations-layer-toggles`);
      expect(toggles).toMatch(/Lapisan/);
      expect(toggles).toMatch(/Aliran perdagangan/);
      expect(await page.getByRole('button', { name: 'Jadual data' }).count()).toBe(1);
      const legend = await shadowText(page, `${MAP} relations-legend`);
      expect(legend).toMatch(/Perdagangan, dolar AS/);
      expect(legend).toMatch(/USD\s2B/);
      expect(await page.locator(`${MAP} [role=slider]`).getAttribute('aria-label')).toBe('Tahun');
      await page.getByRole('button', { name: 'Jadual data' }).click();
      const table = await page
        .locator(`${MAP} relations-table`)
        .evaluate((el) => el.shadowRoot!.textContent ?? '');
      expect(table).toMatch(/Angka perdagangan, 2021/);
      expect(table).toMatch(/tiada angka dilaporkan/);
      expect(table).toMatch(/USD\s\d/);
      const interfaceText = await page
        .locator(`${MAP} relations-table`)
        .evaluate((el) =>
          [...el.shadowRoot!.querySelectorAll('thead, caption, td.number, h3, button')]
            .map((n) => n.textContent)
            .join(' '),
        );
      expect(interfaceText).toMatch(/Pasangan[\s\S]*Nilai \(USD\)/);
      expect(interfaceText).not.toMatch(/no reported figure|Value|Pair|Download/);
    } finally {
      await page.close();
    }
  });

  it("follows the page's language when the element has no lang", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
    try {
      pages['/malay.html'] = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
          <html lang="ms-MY"><head><title>Peta</title></head><body><main>
          <script type="module" src="/lib/relations-map.js"></script>
          <relations-map id="m" loading="eager" style="height: 560px"></relations-map>
          </main></body></html>`);
      };
      await recordReadyEvents(page);
      await page.goto(`${site.url}/malay.html`);
      await readyEvents(page, 1);
      expect(await page.locator('#m .attribution').textContent()).toMatch(/Peta asas: Natural Earth/);
      expect(await page.locator('#m .picker span').textContent()).toBe('Butiran bagi');
      expect(await page.locator('#m .maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zum masuk');
    } finally {
      await page.close();
    }
  });
});
