import { permalink, type SharedView } from '../data/share';
import type { DisplayMode } from '../types';

export interface UrlStateHost extends HTMLElement {
  /** Keep year, layers and view in the page URL. */
  syncUrl: boolean;
  year: number | undefined;
  layers: string | null;
  center: string | undefined;
  zoom: number | undefined;
  step: string | undefined;
  mode: DisplayMode;
  compare: string | undefined;
}

/**
 * `sync-url`: the year, layers, story step or compared years and view in the page's URL (replaced, never pushed, so Back leaves the page as
 * readers expect), read back when the element starts. With an id, the parameters carry it (`map1.year`), so
 * several maps share one URL.
 */
export class UrlState {
  constructor(private readonly host: UrlStateHost) {}

  /** A parameter's name in the URL. */
  key = (name: string): string => (this.host.id ? `${this.host.id}.${name}` : name);

  /** Takes year, layers and view from the URL, before the map starts. */
  apply(): void {
    const host = this.host;
    if (!host.syncUrl) return;
    const params = new URL(location.href).searchParams;
    const year = params.get(this.key('year'));
    if (year && /^\d{4}$/.test(year)) host.year = Number(year);
    const step = params.get(this.key('step'));
    if (step) host.step = step;
    const mode = params.get(this.key('mode'));
    // The table is not shared: a link opens a map, a story or a comparison, which a reader can switch from.
    if (mode === 'story' || mode === 'compare') host.mode = mode;
    const compare = params.get(this.key('compare'));
    if (compare) host.compare = compare;
    const layers = params.get(this.key('layers'));
    if (layers !== null) host.layers = layers;
    const view = params.get(this.key('view'))?.split(',').map(Number);
    if (view && view.length === 3 && view.every(Number.isFinite)) {
      host.center = `${view[0]},${view[1]}`;
      host.zoom = view[2];
    }
  }

  /** Writes the view now on screen into the URL. */
  write(view: SharedView): void {
    if (!this.host.syncUrl) return;
    const href = permalink(location.href, this.key, view);
    if (href !== location.href) history.replaceState(history.state, '', href);
  }
}
