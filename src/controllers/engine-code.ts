import type { EngineOptions } from '../engine/map-engine';
import type { Strings } from '../text/strings';
import { measureLabel } from './label-placer';

type EngineModule = typeof import('../engine/map-engine');
type DeckModule = typeof import('../engine/deck-overlay');

/**
 * The engine's code, downloaded once per element: MapLibre's, then deck.gl's. deck.gl, as much code again as
 * MapLibre, is fetched once MapLibre is in: fetched together, they compete for the same CPU and the map, which takes
 * longest to complete, starts later; the map needs deck.gl only once its basemap has loaded.
 */
export class EngineCode {
  /** MapLibre's side, once in: kept for the engines made again (context loss, the page's budget). */
  module: EngineModule | undefined;
  private deckModule: Promise<DeckModule> | undefined;

  /** Starts the downloads; undefined without WebGL (nothing to download). */
  load(webgl: boolean): Promise<EngineModule | undefined> {
    const engine: Promise<EngineModule | undefined> = webgl
      ? import('../engine/map-engine')
      : Promise.resolve(undefined);
    // A failed deck.gl download is reported by the engine, which waits for it; a failed MapLibre one by the caller.
    engine.then((module) => module && this.deck()).catch(() => {});
    return engine;
  }

  /** deck.gl's module, on its way. */
  deck(): Promise<DeckModule> {
    this.deckModule ??= import('../engine/deck-overlay');
    return this.deckModule;
  }

  /** deck.gl failed to load: a later start (the element removed and added again) tries the download again. */
  forgetDeck(): void {
    this.deckModule = undefined;
  }
}

/** What the element asks of MapLibre and deck.gl besides its callbacks: where it starts, its gestures, its words. */
export function engineSettings(host: {
  gestures: 'cooperative' | 'greedy';
  strings: Strings;
  renderRoot: HTMLElement | DocumentFragment;
}) {
  return {
    // The benchmark's switch for the interleaved experiment (scripts/bench.ts).
    interleaved: (globalThis as { __relationsMapInterleaved?: boolean }).__relationsMapInterleaved === true,
    center: [112, 18],
    zoom: 2.5,
    maxPixelRatio: 2,
    cooperativeGestures: host.gestures !== 'greedy',
    locale: host.strings.mapControls,
    resetLabel: host.strings.resetView,
    lineLabels: { measure: measureLabel, obstacles: () => edgeMarkerBoxes(host.renderRoot) },
  } satisfies Partial<EngineOptions>;
}

/** The edge markers, buttons over the map, as they are laid out now, in the map's pixels. */
function edgeMarkerBoxes(root: HTMLElement | DocumentFragment) {
  const map = root.querySelector('.map')?.getBoundingClientRect();
  if (!map) return [];
  return [...root.querySelectorAll('.edges .edge-marker')].map((marker) => {
    const r = marker.getBoundingClientRect();
    return {
      left: r.left - map.left,
      top: r.top - map.top,
      right: r.right - map.left,
      bottom: r.bottom - map.top,
    };
  });
}
