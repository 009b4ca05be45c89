import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/schema';
import type { Direction } from '../data/selectors';
import type { LayerToken } from '../layers/types';
import type { Strings } from '../strings';
import type { YearStopView } from './relations-year-slider';

/** What a control placed elsewhere on the page needs from the map it is linked to with `for="map-id"`. */
export interface LinkableMap extends HTMLElement {
  year: number | undefined;
  direction: Direction;
  readonly yearStops: YearStopView[];
  readonly visibleLayers: ReadonlySet<LayerToken>;
  /** The interface strings of the map's language; linked controls use the same. */
  readonly strings: Strings;
  /** The locale for numbers and dates. */
  readonly locale: string;
  readonly data: Dataset | undefined;
  /** The theme in effect: `auto` resolved to the reader's system setting. */
  readonly resolvedTheme: 'light' | 'dark';
  setYearFromUser(year: number): void;
  setLayersFromUser(layers: ReadonlySet<LayerToken>): void;
  setDirectionFromUser(direction: Direction): void;
}

/** Fired by the map whenever its year, layers, direction or dataset change, however they changed. */
export const STATE_EVENT = 'relations-state';

export interface MapLink {
  map(): LinkableMap | undefined;
  dispose(): void;
}

function isLinkable(el: Element | null): el is LinkableMap {
  return !!el && typeof (el as Partial<LinkableMap>).setYearFromUser === 'function';
}

/**
 * Follows the map with the given id in the control's own document or shadow root. The map may come later in the
 * page than the control, so the link listens for the map's state events rather than looking it up only once.
 */
export function linkedMap(host: HTMLElement, id: string, onChange: (map: LinkableMap) => void): MapLink {
  const root = host.getRootNode() as Document | ShadowRoot;
  const find = () => {
    const el = root.getElementById?.(id) ?? null;
    return isLinkable(el) ? el : undefined;
  };
  const listener = (event: Event) => {
    const target = event.composedPath()[0] as Element | undefined;
    if (target && (target as HTMLElement).id === id && isLinkable(target)) onChange(target);
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
    private readonly onChange: (map: LinkableMap) => void,
  ) {
    host.addController(this);
  }

  /** The linked map, when there is one in the page. */
  map(): LinkableMap | undefined {
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
