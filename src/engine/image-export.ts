import type { Direction } from '../data/selectors';
import { eventCategories } from '../layers/categories';
import { cssColor, type LayerPalette } from '../layers/colors';
import type { LayerToken } from '../layers/types';
import type { Strings } from '../strings';
import type { MapEngine } from './map-engine';
import { decorateSnapshot, type ImageKey } from './snapshot';

export interface ImageExport {
  title: string;
  layers: ReadonlySet<LayerToken>;
  direction: Direction;
  palette: LayerPalette;
  theme: 'light' | 'dark';
  strings: Strings;
  /** The dataset's title, for the attribution line. */
  datasetTitle: string;
  font: string;
}

/** The keys of the image's legend: what is on the map now, in the element's language and theme. */
export function imageKeys(e: Pick<ImageExport, 'layers' | 'direction' | 'palette' | 'strings'>): ImageKey[] {
  const { strings: s, palette: p, layers } = e;
  const keys: ImageKey[] = [];
  if (layers.has('trade')) {
    const roles =
      e.direction === 'both' ? (['exports', 'imports', 'total'] as const) : ([e.direction] as const);
    for (const role of roles)
      keys.push({ color: cssColor(p.flow[role]), label: s.role[role], shape: 'line' });
  }
  if (layers.has('relations')) {
    keys.push({ color: cssColor(p.status.full), label: s.statusNames.full, shape: 'line' });
    keys.push({ color: cssColor(p.status.downgraded), label: s.statusNames.downgraded, shape: 'dashed' });
    keys.push({ color: cssColor(p.status.severed), label: s.statusNames.severed, shape: 'dotted' });
  }
  if (layers.has('events')) {
    for (const c of eventCategories)
      keys.push({ color: cssColor(p.event[c]), label: s.categoryNames[c], shape: 'dot' });
  }
  return keys;
}

/**
 * A PNG of the map as it is now (basemap, arcs, markers, labels) with a legend and the attribution drawn in, at
 * the canvas's pixel size. Rejects when the browser cannot encode the image.
 */
export function exportPng(engine: MapEngine, e: ImageExport): Promise<Blob> {
  const canvas = engine.snapshot();
  const s = e.strings;
  const dark = e.theme === 'dark';
  decorateSnapshot(canvas, engine.map.getCanvas().clientWidth, {
    title: e.title,
    keys: imageKeys(e),
    attribution: `${s.attributionBasemap} · ${s.attributionData}: ${e.datasetTitle} · ${s.attributionStory}`,
    panel: dark ? 'rgba(17, 24, 39, 0.92)' : 'rgba(255, 255, 255, 0.92)',
    text: dark ? '#f3f4f6' : '#1f2937',
    font: e.font,
  });
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(s.pngFailed))), 'image/png'),
  );
}
