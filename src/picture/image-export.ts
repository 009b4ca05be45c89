import { basemapThemes } from '../basemap/style';
import type { Topology } from '../basemap/topology';
import { measureLabel } from '../controllers/label-placer';
import { formatUsd } from '../data/format';
import type { Dataset } from '../data/schema';
import { type Direction, flowsForYear, relationsForYear, sourceIndex } from '../data/selectors';
import type { MapSurface } from '../engine/surface';
import { drawnKey, labelMarks } from '../layers';
import type { LayerPalette } from '../layers/colors';
import { shadingEntries, widthEntries } from '../layers/key';
import type { WidthScale } from '../layers/scales';
import type { LayerToken } from '../layers/types';
import { creditLine, type Strings } from '../text/strings';
import { edgeChips } from './edge-chips';
import { decorateSnapshot, type ImageDecorations } from './snapshot';

export interface ImageState {
  dataset: Dataset;
  year: number;
  layers: ReadonlySet<LayerToken>;
  direction: Direction;
  palette: LayerPalette;
  strings: Strings;
  locale: string;
  widthScale: WidthScale;
  /** Two years compared: the key names the change's colours. */
  compare?: { years: readonly [number, number] } | undefined;
  /** The basemap's countries: a chip names the capital of a country whose land is in the picture. */
  topology?: Topology | undefined;
}

/**
 * What an exported image says beside the map, so that it stands alone in an article: the dataset's title and the
 * year, a key of only what is drawn (directions, statuses, event kinds present that year) with the arc widths, and
 * the sources of what is drawn.
 */
export function imageDecorations(
  s: ImageState,
  shading: { focus: string; partner: string },
): Omit<ImageDecorations, 'panel' | 'text' | 'font'> {
  const { dataset, year, layers, palette: p, strings: t } = s;
  const stop = dataset.years.find((y) => y.year === year);
  const keys = drawnKey(dataset, year, layers, s.direction, p, t, s.compare?.years);
  const sourceIds = new Set<string>();
  let widths: ImageDecorations['widths'] = [];
  const compared = s.compare?.years;
  if (layers.has('trade')) {
    // A change is drawn from both years' figures: both years' sources.
    for (const y of compared ?? [year])
      for (const f of flowsForYear(dataset, y, s.direction)) for (const id of f.sources) sourceIds.add(id);
    widths = widthEntries(s.widthScale, (v) => formatUsd(v, s.locale), t.upTo);
  }
  if (layers.has('relations'))
    for (const r of relationsForYear(dataset, year)) for (const id of r.sources) sourceIds.add(id);
  const sources = sourceIndex(dataset);
  const publishers = [...new Set([...sourceIds].map((id) => sources.get(id)?.publisher))]
    .filter((name): name is string => !!name)
    .sort((a, b) => a.localeCompare(b, s.locale));
  return {
    title: compared
      ? t.compare.imageTitle(dataset.title, String(compared[0]), String(compared[1]))
      : t.imageTitle(dataset.title, year, stop?.label ?? ''),
    keys,
    marks: labelMarks(dataset, year, layers, t),
    areas: shadingEntries(dataset, shading, t),
    widths,
    sources: publishers.length ? `${t.sources}: ${publishers.join('; ')}` : '',
    attribution: creditLine(t, dataset.title),
  };
}

/** The part of the map to export, in CSS pixels: the whole map, less a panel that covered one side of it. */
export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the image looks beside the map: the element's theme and font, and the panel that covers part of the map. */
export interface ImageLook {
  theme: 'light' | 'dark';
  font: string;
  panel: Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'> | undefined;
}

/**
 * A PNG of the map as it is now (basemap, arcs, markers, labels), cut to the part no panel covered, with the title,
 * key, sources and attribution drawn in, at twice the view's pixels or the canvas's ratio if higher. Rejects when
 * the browser cannot encode it.
 */
export function exportPng(engine: MapSurface, state: ImageState, look: ImageLook): Promise<Blob> {
  const dark = look.theme === 'dark';
  const decorations: ImageDecorations = {
    ...imageDecorations(state, basemapThemes[look.theme]),
    panel: dark ? 'rgba(17, 24, 39, 0.92)' : 'rgba(255, 255, 255, 0.92)',
    text: dark ? '#f3f4f6' : '#1f2937',
    font: look.font,
  };
  // Twice the view's pixels at least: crisp on paper and on a high-density screen.
  const full = engine.snapshot(2);
  const box = engine.container;
  const ratio = full.width / Math.max(1, box.clientWidth);
  const crop = uncoveredPart(box.getBoundingClientRect(), look.panel);
  const area = crop ?? { x: 0, y: 0, width: box.clientWidth, height: box.clientHeight };
  decorations.edges = edgeChips(
    state.dataset,
    (lon, lat) => {
      const p = engine.project([lon, lat]);
      return [p.x - area.x, p.y - area.y];
    },
    area,
    measureLabel,
    state.topology,
  );
  let canvas = full;
  if (crop) {
    canvas = document.createElement('canvas');
    canvas.width = Math.round(crop.width * ratio);
    canvas.height = Math.round(crop.height * ratio);
    canvas
      .getContext('2d')
      ?.drawImage(
        full,
        crop.x * ratio,
        crop.y * ratio,
        canvas.width,
        canvas.height,
        0,
        0,
        canvas.width,
        canvas.height,
      );
  }
  decorateSnapshot(canvas, canvas.width / ratio, decorations);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(state.strings.pngFailed))), 'image/png'),
  );
}

/**
 * The largest band of the map that a panel does not cover: right of a side panel, above a panel along the bottom.
 * Undefined when no panel covers it.
 */
type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

export function uncoveredPart(map: Box, panel: Box | undefined): Crop | undefined {
  if (!panel || panel.width === 0 || panel.height === 0) return undefined;
  const candidates: Crop[] = [
    { x: panel.right - map.left, y: 0, width: map.right - panel.right, height: map.height },
    { x: 0, y: 0, width: panel.left - map.left, height: map.height },
    { x: 0, y: 0, width: map.width, height: panel.top - map.top },
    { x: 0, y: panel.bottom - map.top, width: map.width, height: map.bottom - panel.bottom },
  ]
    .map((c) => ({
      x: Math.max(0, Math.round(c.x)),
      y: Math.max(0, Math.round(c.y)),
      width: Math.round(Math.min(c.width, map.width)),
      height: Math.round(Math.min(c.height, map.height)),
    }))
    .filter((c) => c.width > 0 && c.height > 0);
  const best = candidates.sort((a, b) => b.width * b.height - a.width * a.height)[0];
  // Too small a part would make a useless picture: then the whole map, panel area included.
  return best && best.width * best.height >= 0.35 * map.width * map.height ? best : undefined;
}
