import { permalink, type SharedView } from '../data/share';

export interface UrlStateHost extends HTMLElement {
  /** Keep year, layers and view in the page URL. */
  syncUrl: boolean;
  year: number | undefined;
  layers: string | null;
  center: string | undefined;
  zoom: number | undefined;
  step: string | undefined;
  mode: 'map' | 'table' | 'story';
}

/**
 * `sync-url`: the year, layers, story step and view in the page's URL (replaced, never pushed, so Back leaves the page as
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
    if (params.get(this.key('mode')) === 'story') host.mode = 'story';
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
