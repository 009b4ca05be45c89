import { afterEach, describe, expect, it } from 'vitest';
import { basemapThemes } from '../../src/basemap/style';
import { layerPalettes } from '../../src/layers/colors';
import { minimalDataset } from '../fixtures/minimal-dataset';
import {
  countDifferent,
  countHue,
  countNear,
  hexToRgb,
  imagePixels,
  mountMap,
  nextEvent,
  removeAll,
  screenshotPixels,
} from './helpers';

const light = basemapThemes.light;
const palette = layerPalettes.light;

afterEach(() => removeAll());

describe('<relations-map> draws an offline map', () => {
  it('shows land, ocean and trade arcs, and the arcs disappear with layers=""', async () => {
    const withTrade = mountMap({ layers: 'trade', theme: 'light', year: '2016' });
    const ready = await withTrade.ready;
    expect(ready.detail).toEqual({ year: 2016, webgl: true });
    const tradePixels = await screenshotPixels(withTrade.el);
    withTrade.el.remove();

    const withoutLayers = mountMap({ layers: '', theme: 'light', year: '2016' });
    await withoutLayers.ready;
    const basePixels = await screenshotPixels(withoutLayers.el);

    const total = basePixels.width * basePixels.height;
    // The basemap: both ocean and land cover a real share of the view.
    expect(countNear(basePixels, hexToRgb(light.ocean), 4) / total).toBeGreaterThan(0.15);
    expect(
      countNear(basePixels, hexToRgb(light.land), 4) + countNear(basePixels, hexToRgb(light.partner), 4),
    ).toBeGreaterThan(total * 0.15);

    // The arcs: orange (DPRK exports) and teal (DPRK imports) pixels appear only when the trade layer is on.
    const orange = palette.flow.exports.slice(0, 3) as [number, number, number];
    const teal = palette.flow.imports.slice(0, 3) as [number, number, number];
    expect(countHue(tradePixels, orange)).toBeGreaterThan(300);
    expect(countHue(tradePixels, teal)).toBeGreaterThan(300);
    expect(countHue(basePixels, teal)).toBeLessThan(20);
    expect(countDifferent(tradePixels, basePixels)).toBeGreaterThan(2000);
  });

  it('bundles MapLibre CSS into the shadow root', async () => {
    const { el, ready } = mountMap({ layers: '' });
    await ready;
    const canvas = el.shadowRoot!.querySelector('.maplibregl-canvas')!;
    expect(canvas).toBeTruthy();
    expect(getComputedStyle(canvas).position).toBe('absolute');
    // No scrollbars: the map fills its box exactly.
    const box = el.shadowRoot!.querySelector('.map') as HTMLElement;
    expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight);
  });

  it('defaults to the latest year and reflects it', async () => {
    const { el, ready } = mountMap({ layers: '' });
    await ready;
    expect(el.year).toBe(2021);
    expect(el.getAttribute('year')).toBe('2021');
    expect(el.years).toEqual([2016, 2017, 2021]);
    expect(el.data?.focus).toBe('PRK');
    expect(el.map?.loaded()).toBe(true);
  });

  it('loads nothing from outside the page origin', async () => {
    const { ready } = mountMap();
    await ready;
    const external = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(external).toEqual([]);
  });
});

describe('<relations-map> data property', () => {
  it('draws a new dataset and fires ready again; a year missing from it falls back to its latest', async () => {
    const { el, ready } = mountMap({ layers: 'trade' });
    await ready;
    const again = nextEvent(el, 'ready');
    el.data = minimalDataset();
    const detail = (await again).detail;
    expect(detail).toEqual({ year: 2017, webgl: true });
    expect(el.data?.id).toBe('tiny');
    expect(el.years).toEqual([2016, 2017]);
    expect(el.shadowRoot!.querySelector('.notice')?.textContent).toMatch(/no 2021 in this dataset/);
  });
});

describe('ready and whenRendered mean the layers are on the map', () => {
  /** The trade flows deck.gl would hover anywhere on the map right now: what it has taken in and draws. */
  function flowsUnderTheMap(el: HTMLElement & { deck?: { pickObjects(p: object): unknown[] } | null }) {
    const { clientWidth: width, clientHeight: height } = el;
    return (el.deck?.pickObjects({ x: 0, y: 0, width, height }) ?? [])
      .map((info) => (info as { object?: { kind?: string; flow?: { year: number } } }).object)
      .filter((object) => object?.kind === 'flow')
      .map((object) => object!.flow!.year);
  }

  it('at ready the arcs are drawn, and after a year switch whenRendered waits for the new year', async () => {
    const { el, ready } = mountMap({ layers: 'trade', theme: 'light', year: '2016' });
    // deck.gl takes new layers in at its next frame: a `ready` that fired before then found nothing to hover, and an
    // image exported at once had no arcs.
    let atReady: number[] = [];
    el.addEventListener('ready', () => (atReady = flowsUnderTheMap(el)), { once: true });
    await ready;
    expect(atReady.length).toBeGreaterThan(0);
    expect(new Set(atReady)).toEqual(new Set([2016]));

    const pixels = await imagePixels(await el.exportImage());
    const orange = palette.flow.exports.slice(0, 3) as [number, number, number];
    expect(countHue(pixels, orange)).toBeGreaterThan(300);

    el.year = 2021;
    await el.whenRendered();
    const after = flowsUnderTheMap(el);
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after)).toEqual(new Set([2021]));
  });
});

describe('the exported image', () => {
  it('has twice the view’s pixels, arcs included, and leaves the map at the screen’s', async () => {
    const { el, ready } = mountMap({
      layers: 'trade labels',
      theme: 'light',
      year: '2016',
      'no-controls': '',
    });
    await ready;
    const canvas = el.map!.getCanvas();
    const screenWidth = canvas.width;
    const image = await imagePixels(await el.exportImage());
    expect(image.width).toBe(2 * canvas.clientWidth);
    const orange = palette.flow.exports.slice(0, 3) as [number, number, number];
    expect(countHue(image, orange)).toBeGreaterThan(600);
    await el.whenRendered();
    expect(canvas.width).toBe(screenWidth);
  });

  it('names a country off the view where its line leaves the image, as the map’s edge marker does', async () => {
    const { el, ready } = mountMap({ layers: '', theme: 'light', year: '2021', 'no-controls': '' });
    await ready;
    await el.whenRendered();
    const marker = el.shadowRoot!.querySelector('.edge-marker[data-code="USA"]')!.getBoundingClientRect();
    const box = el.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
    const image = await imagePixels(await el.exportImage());
    // The chip's text, in the image's own ink, in a band at the right edge at the marker's height (2 px per CSS px).
    const ink = hexToRgb('#1f2937');
    const mid = Math.round((marker.top + marker.height / 2 - box.top) * 2);
    let inBand = 0;
    for (let y = mid - 24; y < mid + 24; y++)
      for (let x = image.width - 400; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        const d = image.data;
        if (Math.abs(d[i]! - ink[0]) + Math.abs(d[i + 1]! - ink[1]) + Math.abs(d[i + 2]! - ink[2]) < 60)
          inBand++;
      }
    expect(inBand).toBeGreaterThan(150);
  });
});

describe('the labels', () => {
  const labelsOf = (el: HTMLElement) =>
    [...el.shadowRoot!.querySelectorAll('.map-labels text')].map((t) => ({
      text: t.textContent ?? '',
      box: t.getBoundingClientRect(),
    }));

  it('name the capitals over the map, move with it, are in the exported image and go with layers off', async () => {
    const { el, ready } = mountMap({ layers: 'trade relations labels', theme: 'light', year: '2021' });
    await ready;
    const overlay = el.shadowRoot!.querySelector('.map-labels')!;
    // Decorative for assistive technology: the element's list of places names them.
    expect(overlay.getAttribute('aria-hidden')).toBe('true');
    const before = labelsOf(el).find((l) => l.text === 'Pyongyang');
    expect(before, 'Pyongyang is labelled').toBeDefined();
    // Beside its capital's dot, as the layer's anchor and offset put it.
    const origin = el.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
    const dot = el.map!.project([125.75, 39.02]);
    const box = before!.box;
    expect(box.width).toBeGreaterThan(40);
    expect(Math.abs(box.left + box.width / 2 - (origin.left + dot.x))).toBeLessThan(box.width / 2 + 20);
    expect(Math.abs(box.top + box.height / 2 - (origin.top + dot.y))).toBeLessThan(box.height + 12);

    const withLabels = await imagePixels(await el.exportImage());
    el.map!.panBy([60, 40], { animate: false });
    await el.whenRendered();
    const after = labelsOf(el).find((l) => l.text === 'Pyongyang')!.box;
    // Within a pixel and a half: positions are written to a tenth of a pixel and text boxes snap to pixels.
    expect(Math.abs(after.left - box.left + 60)).toBeLessThan(1.5);
    expect(Math.abs(after.top - box.top + 40)).toBeLessThan(1.5);
    el.map!.panBy([-60, -40], { animate: false });

    el.layers = 'trade relations';
    await el.whenRendered();
    expect(labelsOf(el)).toEqual([]);
    const without = await imagePixels(await el.exportImage());
    // The export draws the labels as the screen shows them: their ink is in the one image and not in the other.
    const ink = palette.label.slice(0, 3) as [number, number, number];
    expect(countNear(withLabels, ink, 30) - countNear(without, ink, 30)).toBeGreaterThan(400);
  });
});
