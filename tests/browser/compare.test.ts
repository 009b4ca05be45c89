import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import builtIn from '../../datasets/dprk-relations.json';
import type { RelationsCompare } from '../../src/components/relations-compare';
import { compareFlows } from '../../src/data/compare';
import type { Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { arcPoint } from '../../src/layers/change-arcs';
import {
  countHue,
  countNear,
  imagePixels,
  mountMap,
  nextEvent,
  removeAll,
  screenshotPixels,
} from './helpers';

const EXPORTS: [number, number, number] = [194, 65, 12];

function dataset(): Dataset {
  const result = validateDataset(builtIn);
  if (!result.ok) throw new Error('the built-in dataset does not validate');
  return result.dataset;
}

function mountCompare(attributes: Record<string, string>, width: number, data?: Dataset): RelationsCompare {
  const el = document.createElement('relations-compare');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.style.width = `${width}px`;
  el.style.display = 'block';
  if (data) el.data = data;
  document.body.append(el);
  return el;
}

const pictures = (el: RelationsCompare) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.multiples button'),
];
const drawn = (el: Element) => el.shadowRoot?.querySelectorAll('.multiples svg').length ?? 0;

afterEach(() => {
  removeAll();
  for (const el of document.querySelectorAll('relations-compare')) el.remove();
});

describe('<relations-compare>: what changed between two years', () => {
  it('arrives when the page first has one: a page without one never loads its code', async () => {
    expect(customElements.get('relations-compare')).toBeUndefined();
    document.body.append(document.createElement('relations-compare'));
    await customElements.whenDefined('relations-compare');
  });

  it('draws every year on one scale, side by side when wide and stacked on a phone, each opening its year', async () => {
    const el = mountCompare({ compare: '2016 2021' }, 1280, dataset());
    await expect.poll(() => drawn(el), { timeout: 20_000 }).toBe(3);
    const buttons = pictures(el);
    const boxes = buttons.map((b) => b.getBoundingClientRect());
    expect(boxes.map((b) => Math.round(b.top))).toEqual(Array(3).fill(Math.round(boxes[0]!.top)));
    expect(boxes[0]!.left).toBeLessThan(boxes[1]!.left);
    expect(boxes[1]!.left).toBeLessThan(boxes[2]!.left);
    expect(buttons.map((b) => b.querySelector('.caption')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual(
      ['2016 Friends', '2017 Rupture', '2021 Severed'],
    );

    // What a reader sees: each picture has North Korea's export arcs, and on one scale 2021's (China's figure fell
    // 98%) take far fewer pixels than 2016's.
    const ink = [];
    for (const button of buttons) ink.push(countHue(await screenshotPixels(button), EXPORTS));
    expect(
      ink.every((n) => n > 40),
      String(ink),
    ).toBe(true);
    expect(ink[2]!, String(ink)).toBeLessThan(ink[0]! * 0.6);

    const chosen = nextEvent(el, 'year-select');
    buttons[1]!.click();
    expect((await chosen).detail).toEqual({ year: 2017 });

    el.style.width = '390px';
    await expect
      .poll(() => {
        const [a, b, c] = pictures(el).map((p) => p.getBoundingClientRect());
        return a!.left === b!.left && b!.left === c!.left && a!.bottom <= b!.top && b!.bottom <= c!.top;
      })
      .toBe(true);
  });

  it('draws the change itself on a map: an arc as thick as each change, red for less, blue for more, grey where none is told', async () => {
    const el = mountCompare({ compare: '2016 2017' }, 1000, dataset());
    await expect
      .poll(() => el.shadowRoot!.querySelector('.change-map svg'), { timeout: 20_000 })
      .not.toBeNull();
    const figure = el.shadowRoot!.querySelector<HTMLElement>('.change-map')!;
    const pixels = await screenshotPixels(figure.querySelector('.picture')!);
    // China's exports fell 37% and its imports rose 5%: both colours are there, the fall far thicker.
    // Near the colours themselves: the pale blue sea has the hue of "more" too.
    const down = countNear(pixels, [220, 38, 38], 45);
    const up = countNear(pixels, [37, 99, 235], 45);
    expect(down, `${down} ${up}`).toBeGreaterThan(150);
    expect(up, `${down} ${up}`).toBeGreaterThan(20);
    expect(down).toBeGreaterThan(up * 2);
    const words = [...figure.querySelectorAll('svg [data-layer="change-labels"] text')].map(
      (t) => t.textContent,
    );
    expect(words).toEqual(expect.arrayContaining(['−37%', '+5%', 'not compared', '2016 only']));
    // Thailand's two figures are of different bodies: its arc says so and gives no percentage.
    expect(words.filter((w) => w?.includes('%'))).toEqual(['−37%', '+5%']);
    // No label on the picture covers another.
    const boxes = [...figure.querySelectorAll('svg text')].map((t) => t.getBoundingClientRect());
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1,
        ),
    );
    expect(overlapping.length).toBe(0);
    expect(figure.querySelector('figcaption')!.textContent).toMatch(
      /more.*less.*two figures not comparable/s,
    );
  });

  it('exports the comparison as a picture that stands alone: SVG and PNG, with the change, every year, key and sources', async () => {
    const el = mountCompare({ compare: '2016 2021' }, 1000, dataset());
    await expect.poll(() => drawn(el), { timeout: 20_000 }).toBe(3);
    const svgText = await (await el.exportImage({ type: 'image/svg+xml' })).text();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts).toEqual(
      expect.arrayContaining(['−98%', '−82%', '2016 Friends', '2017 Rupture', '2021 Severed']),
    );
    expect(texts.join(' ')).toMatch(/what changed from 2016 to 2021/);
    expect(texts.join(' ')).toMatch(/Trade 2016 → 2021: less/);
    expect(texts.join(' ')).toMatch(/Sources: .*KOTRA/);
    expect(doc.querySelectorAll('[data-year-picture]').length).toBe(3);

    const png = await el.exportImage();
    expect(png.type).toBe('image/png');
    const pixels = await imagePixels(png);
    const width = Number(doc.documentElement.getAttribute('width'));
    expect(pixels.width).toBe(width * 2);
    expect(countNear(pixels, [220, 38, 38], 45)).toBeGreaterThan(1000);
  });

  it('lists every drawn figure of both years with its change, or why it is not compared, never a % across series', async () => {
    const data = dataset();
    const el = mountCompare({ compare: '2017 2016' }, 1000, data);
    await expect
      .poll(() => el.shadowRoot!.querySelectorAll('[data-table="changes"] tbody tr').length)
      .toBe(compareFlows(data, 2016, 2017).length);
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[data-table="changes"] tbody tr')];
    // Cell by cell, as a screen reader reads the row.
    const text = (row: HTMLTableRowElement) =>
      [...row.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
    for (const row of rows) {
      const change = row.querySelector('.change')!.textContent!.trim();
      expect(change, text(row)).not.toBe('');
      if (row.dataset.compared === 'false') expect(text(row)).not.toMatch(/%/);
    }
    const thailand = rows.find((r) => r.dataset.key === 'total:PRK~THA')!;
    expect(text(thailand)).toMatch(
      /not compared: counted by different bodies \(2016: ITC Trade Map; 2017: Thai/,
    );
    const china = rows.find((r) => r.dataset.key === 'directed:PRK>CHN')!;
    expect(text(china)).toMatch(/−37% .*down 37% from 2016 to 2017 \(\$984M less\), KOTRA figures/);
    const malaysia = el.shadowRoot!.querySelector<HTMLElement>(
      '[data-table="relations"] [data-partner="MYS"]',
    )!;
    expect(malaysia.textContent!.replace(/\s+/g, ' ').trim()).toBe('Malaysia: Full relations → Downgraded');
    expect(el.csv().split('\r\n')[0]).toBe(
      'pair,direction,value_usd_2016,series_2016,sources_2016,value_usd_2017,series_2017,sources_2017,change_usd,change_ratio,compared,in_words',
    );
  });

  it('follows a linked map: its year is marked, and a picture opens its year there as the reader would', async () => {
    const { el: map, ready } = mountMap(
      { id: 'linked-map', year: '2016', layers: 'trade' },
      { width: 640, height: 420 },
    );
    const compare = mountCompare({ for: 'linked-map' }, 900);
    await ready;
    await expect.poll(() => drawn(compare), { timeout: 20_000 }).toBe(3);
    expect(pictures(compare).map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);
    // The map's default comparison: its first year against its last.
    expect(compare.shadowRoot!.querySelector('h2')!.textContent).toBe('What changed from 2016 to 2021');

    const changed = nextEvent(map, 'year-change');
    pictures(compare)[2]!.click();
    expect((await changed).detail).toEqual({ year: 2021 });
    expect(map.year).toBe(2021);
    await expect
      .poll(() => pictures(compare).map((b) => b.getAttribute('aria-pressed')))
      .toEqual(['false', 'false', 'true']);
  });

  it('says so, visibly and with an event, when asked to compare a year the dataset does not have', async () => {
    const el = document.createElement('relations-compare');
    el.setAttribute('compare', '2016 2019');
    const refused = nextEvent(el, 'compare-error');
    el.data = dataset();
    document.body.append(el);
    expect((await refused).detail).toEqual({ compare: '2016 2019', years: [2016, 2017, 2021] });
    const message = el.shadowRoot!.querySelector<HTMLElement>('[part="message"]')!;
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Cannot compare "2016 2019": give two of the years 2016, 2017, 2021.',
    );
    expect(el.shadowRoot!.querySelector('[data-table="changes"]')).toBeNull();
  });

  it('opens inside the map with its "Compare years" button, for a framework\'s string property too, and gives the map back', async () => {
    const { el: map, ready } = mountMap({ layers: 'trade' }, { width: 1000, height: 620 });
    await ready;
    const root = map.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('.compare-switch')!;
    expect(button.textContent).toBe('Compare years');
    button.click();
    await map.updateComplete;
    expect(map.getAttribute('mode')).toBe('compare');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const view = root.querySelector<HTMLElement>('.compare-view')!;
    const inner = view.querySelector('relations-compare')!;
    await expect.poll(() => drawn(inner), { timeout: 20_000 }).toBe(3);
    // Keyboard users land on the view's title; the map under it cannot be reached.
    expect(root.activeElement?.id).toBe('compare-view-title');
    expect(root.querySelector('.map')!.hasAttribute('inert')).toBe(true);
    expect(inner.shadowRoot!.querySelector('h2')!.textContent).toBe('What changed from 2016 to 2021');
    // The view covers the map's box and can be seen: its pictures have pixels of North Korea's exports.
    expect(countHue(await screenshotPixels(view), EXPORTS)).toBeGreaterThan(100);

    // As Vue or Svelte would set it: a string property, the same as the attribute.
    map.compare = '2017 2016';
    await expect
      .poll(() => inner.shadowRoot!.querySelector('h2')!.textContent)
      .toBe('What changed from 2016 to 2017');
    expect(map.getAttribute('compare')).toBe('2017 2016');

    const changed = nextEvent(map, 'year-change');
    pictures(inner)[1]!.click();
    expect((await changed).detail).toEqual({ year: 2017 });
    await map.updateComplete;
    expect(map.mode).toBe('map');
    expect(root.querySelector('.compare-view')).toBeNull();
    expect(root.querySelector('.map')!.hasAttribute('inert')).toBe(false);

    // Escape closes it too.
    button.click();
    await map.updateComplete;
    root
      .querySelector<HTMLElement>('#compare-view-title')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await map.updateComplete;
    expect(map.mode).toBe('map');
  });

  it('opens a shared link to a comparison with sync-url, and writes the years compared back', async () => {
    const before = location.href;
    const url = new URL(before);
    url.searchParams.set('cmp.mode', 'compare');
    url.searchParams.set('cmp.compare', '2016 2017');
    history.replaceState(history.state, '', url.href);
    try {
      const { el: map, ready } = mountMap(
        { id: 'cmp', 'sync-url': '', layers: 'trade' },
        { width: 1000, height: 620 },
      );
      await ready;
      expect([map.mode, map.compare]).toEqual(['compare', '2016 2017']);
      const inner = map.shadowRoot!.querySelector('.compare-view relations-compare')!;
      await expect
        .poll(() => inner.shadowRoot?.querySelector('h2')?.textContent)
        .toBe('What changed from 2016 to 2017');
      map.compare = '2017 2021';
      await expect
        .poll(() => new URL(location.href).searchParams.get('cmp.compare'), { timeout: 10_000 })
        .toBe('2017 2021');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});

describe('a story step that compares two years', () => {
  const changeLabels = (map: HTMLElement) =>
    [...map.shadowRoot!.querySelectorAll('.map-labels [data-layer="change-labels"] text')].map(
      (t) => t.textContent,
    );

  it("ends the built-in story on the live map with 2016 against 2021: the change's arcs, labels and key", async () => {
    const { el: map, ready } = mountMap({ step: 'step-change', mode: 'story' }, { width: 1000, height: 620 });
    await ready;
    await map.whenRendered();
    expect(map.shadowRoot!.querySelector('.story-card h2')!.textContent).toBe('Five years on');
    await expect.poll(() => changeLabels(map)).toEqual(expect.arrayContaining(['−98%', '−82%', '2021 only']));
    // What a reader sees: the falls with China in the change's red, on the map itself.
    const red = countNear(await screenshotPixels(map.shadowRoot!.querySelector('.map')!), [220, 38, 38], 45);
    expect(red).toBeGreaterThan(300);
    expect(map.shadowRoot!.querySelector('[part="key"]')!.textContent).toMatch(/Trade 2016 → 2021: less/);
    // Under the pointer, an arc says its change in words: the same words as the compare view's table.
    const data = map.data!;
    const [prk, chn] = ['PRK', 'CHN'].map((code) => data.actors.find((x) => x.code === code)!.capital);
    const onArc = arcPoint([prk!.lon, prk!.lat], [chn!.lon, chn!.lat], 0.5);
    const at = map.map!.project(onArc);
    await userEvent.hover(map.shadowRoot!.querySelector('.map')!, { position: { x: at.x, y: at.y } });
    await expect
      .poll(() => map.shadowRoot!.querySelector('[part="tooltip"]')?.textContent?.replace(/\s+/g, ' ') ?? '')
      .toMatch(/North Korea \(DPRK\) → China.*down 98% from 2016 to 2021 \(\$2\.58B less\), KOTRA figures/);

    // The step before draws its own year's arcs again.
    map.shadowRoot!.querySelector<HTMLButtonElement>('.story-previous')!.click();
    await map.whenRendered();
    await expect.poll(() => changeLabels(map)).toEqual([]);
    expect(map.shadowRoot!.querySelector('[part="key"]')!.textContent).not.toMatch(/→/);
  });

  it("compares where a page's own step says data-compare", async () => {
    const { el: map, ready } = mountMap(
      { id: 'story-compare-map', year: '2021' },
      { width: 900, height: 560 },
    );
    const story = document.createElement('relations-story');
    story.setAttribute('for', 'story-compare-map');
    story.innerHTML =
      '<div data-step="our-change" data-year="2017" data-compare="2016 2017" data-layers="trade labels"><h3>A year on</h3></div>';
    document.body.append(story);
    try {
      await ready;
      story.activate(story.querySelector<HTMLElement>('[data-step]')!);
      await map.whenRendered();
      await expect
        .poll(() => changeLabels(map))
        .toEqual(expect.arrayContaining(['−37%', '+5%', 'not compared']));
      expect(map.year).toBe(2017);
    } finally {
      story.remove();
    }
  });
});
