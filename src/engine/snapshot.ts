import type { Deck } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LabelOverlay } from './label-overlay';

/** What a copy of the map is made of: MapLibre, deck.gl once it draws, and the labels once shown. */
export interface SnapshotParts {
  map: MapLibreMap;
  deck: Deck | undefined;
  deckCanvas: HTMLCanvasElement | undefined;
  labels: LabelOverlay | undefined;
}

/**
 * The basemap, deck.gl's layers and the labels composed into one 2D canvas, at `minimumRatio` device pixels per CSS
 * pixel at least (an image for a page or paper is made at twice the screen's): both canvases are redrawn at that
 * ratio for this one copy, then given back theirs. A WebGL canvas keeps its pixels only until the browser composites
 * the frame, so each is redrawn synchronously and copied in the same task, rather than making both keep their
 * drawing buffers (slower for every frame).
 */
export function snapshotMap(parts: SnapshotParts, minimumRatio: number): HTMLCanvasElement {
  const { map, deck } = parts;
  const screenRatio = map.getPixelRatio();
  const ratio = Math.max(screenRatio, minimumRatio);
  if (ratio !== screenRatio) {
    map.setPixelRatio(ratio);
    deck?.setProps({ useDevicePixels: ratio });
  }
  try {
    return copyCanvases(parts);
  } finally {
    if (ratio !== screenRatio) {
      map.setPixelRatio(screenRatio);
      deck?.setProps({ useDevicePixels: screenRatio });
      map.triggerRepaint();
      deck?.redraw('relations-map: snapshot done');
    }
  }
}

function copyCanvases({ map, deck, deckCanvas, labels }: SnapshotParts): HTMLCanvasElement {
  const mapCanvas = map.getCanvas();
  const out = document.createElement('canvas');
  out.width = mapCanvas.width;
  out.height = mapCanvas.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  map.redraw();
  ctx.drawImage(mapCanvas, 0, 0);
  if (deck && deckCanvas) {
    deck.redraw('relations-map: snapshot');
    ctx.drawImage(deckCanvas, 0, 0, out.width, out.height);
  }
  labels?.paint(ctx, out.width / Math.max(1, mapCanvas.clientWidth));
  return out;
}
