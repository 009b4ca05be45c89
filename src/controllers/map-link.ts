import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/schema';
import type { Direction, YearStopView } from '../data/selectors';
import type { StepState } from '../data/story';
import type { LayerToken } from '../layers/types';
import type { Strings } from '../text/strings';

/**
 * The key under which a map offers its link port. A symbol, not a name, so the port is no public member of the
 * element (it stays out of the manifest and of editors' completions); `Symbol.for`, so two copies of the library on
 * one page still find each other's maps.
 */
export const MAP_LINK: unique symbol = Symbol.for('relations-map.link');

/**
 * The one internal interface between a map and the controls linked to it with `for="map-id"` (and its own built-in
 * controls): what they read to follow the map, and the reader's changes they pass on. The map applies those as the
 * reader's own, with the same events.
 */
export interface MapLinkPort {
  readonly year: number | undefined;
  readonly direction: Direction;
  readonly yearStops: YearStopView[];
  readonly visibleLayers: ReadonlySet<LayerToken>;
  /** The interface strings of the map's language; linked controls use the same. */
  readonly strings: Strings;
  /** The locale for numbers and dates. */
  readonly locale: string;
  readonly data: Dataset | undefined;
  /** The theme in effect: `auto` resolved to the reader's system setting. */
  readonly resolvedTheme: 'light' | 'dark';
  setYear(year: number): void;
  setLayers(layers: ReadonlySet<LayerToken>): void;
  setDirection(direction: Direction): void;
  /** Opens an event's details on the map and goes to its place when it has one (the timeline, the table). */
  showEvent(id: string): void;
  /** Shows a step: the dataset's, a page's own, or both (`<relations-story>`); fires `step-change` for a dataset step. */
  showStep(state: StepState): void;
}

/** An element that offers a link port: `<relations-map>`. */
export interface LinkableMap extends HTMLElement {
  readonly [MAP_LINK]: MapLinkPort;
}

/** Fired by the map whenever its year, layers, direction or dataset change, however they changed. */
export const STATE_EVENT = 'relations-state';

export interface MapLink {
  map(): MapLinkPort | undefined;
  dispose(): void;
}

function isLinkable(el: Element | null): el is LinkableMap {
  return !!el && typeof (el as Partial<LinkableMap>)[MAP_LINK] === 'object';
}

/**
 * Follows the map with the given id in the control's own document or shadow root. The map may come later in the
 * page than the control, so the link listens for the map's state events rather than looking it up only once.
 */
export function linkedMap(host: HTMLElement, id: string, onChange: (map: MapLinkPort) => void): MapLink {
  const root = host.getRootNode() as Document | ShadowRoot;
  const find = () => {
    const el = root.getElementById?.(id) ?? null;
    return isLinkable(el) ? el[MAP_LINK] : undefined;
  };
  const listener = (event: Event) => {
    const target = event.composedPath()[0] as Element | undefined;
    if (target && (target as HTMLElement).id === id && isLinkable(target)) onChange(target[MAP_LINK]);
  };
  root.addEventListener(STATE_EVENT, listener);
  const initial = find();
  if (initial) queueMicrotask(() => onChange(initial));
  return {
    map: find,
    dispose: () => root.removeEventListener(STATE_EVENT, listener),
  };
}

/** An element that can follow a map: its `for` names the map's id. */
export interface LinkHost extends ReactiveControllerHost, HTMLElement {
  for: string | null;
}

/**
 * The `for="map-id"` link of a control, as a Lit controller: linked while the control is in the page, relinked when
 * `for` changes, and calling `onChange` with the map whenever the map's state changes.
 */
export class MapLinkController implements ReactiveController {
  private link: MapLink | undefined;
  private linkedId: string | null = null;

  constructor(
    private readonly host: LinkHost,
    private readonly onChange: (map: MapLinkPort) => void,
  ) {
    host.addController(this);
  }

  /** The linked map, when there is one in the page. */
  map(): MapLinkPort | undefined {
    return this.link?.map();
  }

  hostConnected(): void {
    this.relink();
  }

  hostDisconnected(): void {
    this.link?.dispose();
    this.link = undefined;
    this.linkedId = null;
  }

  hostUpdate(): void {
    if (this.host.isConnected && this.host.for !== this.linkedId) this.relink();
  }

  private relink(): void {
    this.link?.dispose();
    this.linkedId = this.host.for;
    this.link = this.host.for ? linkedMap(this.host, this.host.for, this.onChange) : undefined;
  }
}
