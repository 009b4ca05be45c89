/** The public types of `<relations-map>`: its option values and its events' details. */

import type { LayerToken } from './data/categories';
import type { Selection } from './data/selection';
import type { Problem } from './data/validate';

export type Theme = 'light' | 'dark' | 'auto';

/** `<relations-map>`'s properties before a page sets them (the rest start undefined). */
export const MAP_DEFAULTS = {
  layers: null,
  direction: 'both',
  theme: 'auto',
  scale: 'locked',
  gestures: 'cooperative',
  noControls: false,
  selection: null,
  loadTimeout: 20_000,
  loading: 'lazy',
  syncUrl: false,
  mode: 'map',
} as const;
/** What the element shows: the map, its figures as tables, or the map following the dataset's story. */
export type DisplayMode = 'map' | 'table' | 'story' | 'compare';

export interface ReadyDetail {
  year: number;
  webgl: boolean;
}
export interface DataErrorDetail {
  /** Where the dataset came from: a URL, or "data" for the property. */
  source: string;
  problems: Problem[];
}
export interface YearChangeDetail {
  year: number;
}
export interface LayersChangeDetail {
  layers: LayerToken[];
}
export type SelectionChangeDetail = Selection | null;
export interface StepChangeDetail {
  /** The step's id in the dataset's story. */
  id: string;
  /** Its place in the story, from 0. */
  index: number;
}
export interface ViewChangeDetail {
  center: [number, number];
  zoom: number;
}

/** Fires one of the element's events: bubbling and composed, so a page outside the shadow root hears it. */
export function dispatch<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  /** The element's events, typed for `addEventListener` on a `<relations-map>` (and on the document, as they bubble). */
  interface HTMLElementEventMap {
    ready: CustomEvent<ReadyDetail>;
    'data-error': CustomEvent<DataErrorDetail>;
    'year-change': CustomEvent<YearChangeDetail>;
    'layers-change': CustomEvent<LayersChangeDetail>;
    'selection-change': CustomEvent<SelectionChangeDetail>;
    'view-change': CustomEvent<ViewChangeDetail>;
    'step-change': CustomEvent<StepChangeDetail>;
  }
}

/** A point on the map, as MapLibre gives it. */
export interface LngLatLike {
  lng: number;
  lat: number;
}

/**
 * The MapLibre map behind `<relations-map>` (maplibre-gl's `Map`), typed by the members a page most often needs,
 * so that the package's types stand alone. The value is the whole MapLibre map: for the rest of its API, cast it to
 * maplibre-gl's `Map` where maplibre-gl's types are installed.
 */
export interface MapLibreMapHandle {
  getCanvas(): HTMLCanvasElement;
  getContainer(): HTMLElement;
  getCenter(): LngLatLike;
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
  getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
  project(lngLat: [number, number] | LngLatLike): { x: number; y: number };
  unproject(point: [number, number] | { x: number; y: number }): LngLatLike;
  jumpTo(options: { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number }): unknown;
  easeTo(options: { center?: [number, number]; zoom?: number; duration?: number }): unknown;
  panBy(offset: [number, number], options?: { duration?: number; animate?: boolean }): unknown;
  resize(): unknown;
  triggerRepaint(): void;
  loaded(): boolean;
  isMoving(): boolean;
  on(type: string, listener: (event: unknown) => void): unknown;
  once(type: string, listener?: (event: unknown) => void): unknown;
  off(type: string, listener: (event: unknown) => void): unknown;
}

/**
 * deck.gl's overlay over the map (`@deck.gl/maplibre`'s `MapLibreOverlay`), typed by the members a page most often
 * needs; cast it to `MapLibreOverlay` for the rest.
 */
export interface DeckOverlayHandle {
  setProps(props: Record<string, unknown>): void;
  getCanvas(): HTMLCanvasElement | null;
  pickObject(options: { x: number; y: number; radius?: number; layerIds?: string[] }): unknown;
  pickObjects(options: {
    x: number;
    y: number;
    width?: number;
    height?: number;
    layerIds?: string[];
  }): unknown[];
}

/**
 * `<relations-map>`'s attributes as a framework's markup writes them, for JSX typings (see the README): each takes
 * its string form or its typed form, as the element does.
 */
export interface RelationsMapAttributes {
  year?: number | string;
  layers?: string | readonly string[];
  direction?: 'both' | 'exports' | 'imports';
  src?: string;
  theme?: Theme;
  scale?: 'locked' | 'year';
  gestures?: 'cooperative' | 'greedy';
  'no-controls'?: boolean | '';
  'load-timeout'?: number | string;
  center?: string | readonly [number, number];
  zoom?: number | string;
  loading?: 'lazy' | 'eager';
  'sync-url'?: boolean | '';
  lang?: string;
  mode?: DisplayMode;
  step?: string;
  'base-path'?: string;
  'embed-script'?: string;
}
