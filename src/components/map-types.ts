/** The public types of `<relations-map>`: its option values and its events' details. */
import type { Selection } from '../data/details';
import type { Problem } from '../data/validate';
import type { LayerToken } from '../layers/types';

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
export type DisplayMode = 'map' | 'table' | 'story';

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
