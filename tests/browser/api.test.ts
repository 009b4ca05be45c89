import { afterEach, describe, expect, it } from 'vitest';
import { basemapThemes } from '../../src/basemap/style';
import { layerPalettes } from '../../src/layers/colors';
import { en, ms } from '../../src/text/strings';
import { countHue, countNear, hexToRgb, mountMap, nextEvent, removeAll, screenshotPixels } from './helpers';

/** The public attributes that no other test drove: what a reader sees when a page sets each. */
type RGB = [number, number, number];
const rgb = (color: readonly number[]) => color.slice(0, 3) as RGB;
const exportsColor = rgb(layerPalettes.light.flow.exports);
const importsColor = rgb(layerPalettes.light.flow.imports);

afterEach(() => removeAll());

describe('the public API, as a reader sees it', () => {
  it('theme="dark" draws the dark basemap even on a light page', async () => {
    const { el, ready } = mountMap({ theme: 'dark', layers: '', loading: 'eager' });
    await ready;
    expect(el.resolvedTheme).toBe('dark');
    const pixels = await screenshotPixels(el);
    const total = pixels.width * pixels.height;
    expect(countNear(pixels, hexToRgb(basemapThemes.dark.ocean), 4) / total).toBeGreaterThan(0.15);
    expect(countNear(pixels, hexToRgb(basemapThemes.light.ocean), 4)).toBe(0);
  });

  it(`direction="exports" draws only the focus country's exports; "imports" only its imports`, async () => {
    const { el, ready } = mountMap({ direction: 'exports', layers: 'trade', year: '2016', theme: 'light' });
    await ready;
    const only = await screenshotPixels(el);
    // A few of the map's other marks fall in the exports' hue band: the arcs are what differs between the views.
    expect(countHue(only, exportsColor)).toBeGreaterThan(300);
    expect(countHue(only, importsColor)).toBeLessThan(20);
    removeAll();
    // The other way, as a page writes it from the start (a switch animates the arcs' widths in).
    const imports = mountMap({ direction: 'imports', layers: 'trade', year: '2016', theme: 'light' });
    await imports.ready;
    const other = await screenshotPixels(imports.el);
    expect(countHue(other, importsColor)).toBeGreaterThan(300);
    expect(countHue(other, exportsColor)).toBeLessThan(countHue(only, exportsColor) / 3);
  });

  it(`scale="year" widens a small year's arcs against the locked scale`, async () => {
    const { el, ready } = mountMap({ layers: 'trade', year: '2021', theme: 'light', scale: 'locked' });
    await ready;
    const arcs = (p: ImageData) => countHue(p, exportsColor) + countHue(p, importsColor);
    const locked = arcs(await screenshotPixels(el));
    el.scale = 'year';
    await el.whenRendered();
    expect(el.getAttribute('scale')).toBe('year');
    // 2021's largest figure is far below 2016's, so rescaled to its own year each arc is drawn wider (the widths
    // animate to their new values, unless the reader prefers reduced motion: polled until they are there).
    await expect
      .poll(async () => arcs(await screenshotPixels(el)), { timeout: 10_000 })
      .toBeGreaterThan(locked * 1.3);
  });

  it('gestures: cooperative (the default) lets the wheel scroll the page and says how to zoom; greedy zooms', async () => {
    const { el, ready } = mountMap({ layers: '' });
    await ready;
    const wheel = () =>
      el.map!.getCanvas().dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -300,
          clientX: 400,
          clientY: 260,
          bubbles: true,
          cancelable: true,
        }),
      );
    wheel();
    const notice = el.shadowRoot!.querySelector('.maplibregl-cooperative-gesture-screen');
    expect(notice?.classList.contains('maplibregl-show')).toBe(true);
    expect(notice?.textContent).toMatch(/zoom/i);
    // MapLibre hides its notice 100 ms later, and throws if the cooperative mode was switched off meanwhile.
    await expect.poll(() => notice?.classList.contains('maplibregl-show')).toBe(false);

    el.gestures = 'greedy';
    await el.updateComplete;
    const before = el.map!.getZoom();
    const zoomed = nextEvent(el.map!.getContainer(), 'wheel-zoomed');
    el.map!.once('zoomend', () => el.map!.getContainer().dispatchEvent(new CustomEvent('wheel-zoomed')));
    wheel();
    await zoomed;
    expect(el.map!.getZoom()).toBeGreaterThan(before);
  });

  it('lang="ms" gives the Malay interface: strings, locale and the buttons the reader reads', async () => {
    const { el, ready } = mountMap({ lang: 'ms', layers: '' });
    await ready;
    expect(el.locale).toBe('ms');
    expect(el.strings.play).toBe(ms.play);
    expect(ms.play).not.toBe(en.play);
    const play = el.shadowRoot!.querySelector('relations-year-slider')!.shadowRoot!.querySelector('.play')!;
    expect(play.getAttribute('aria-label')).toBe(ms.play);
  });
});
