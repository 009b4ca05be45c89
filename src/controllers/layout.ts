import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DETAILS_WIDTH, type Padding } from '../geo/framing';

/** Room the year bar takes at the map's top (its height and a margin). */
const BAR_ROOM = 86;

/**
 * How the element lays itself out, by its own size (never the viewport's: one page may hold a wide map and a narrow
 * one): `wide`, the panel beside the map; `medium`, a year bar over the map and the rest in a drawer; `narrow`, the
 * map first and everything else below it.
 */
export type Layout = 'wide' | 'medium' | 'narrow';

/** From this width the panel stands beside the map. */
export const WIDE_MIN_WIDTH = 900;
/** Below this width, or this height, the controls go below the map. */
export const NARROW_MAX_WIDTH = 560;
export const NARROW_MAX_HEIGHT = 420;

export function layoutFor(width: number, height: number): Layout {
  if (width < NARROW_MAX_WIDTH || height < NARROW_MAX_HEIGHT) return 'narrow';
  return width >= WIDE_MIN_WIDTH ? 'wide' : 'medium';
}

export interface LayoutHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Watches the element's size and keeps its layout, the wide panel's collapsed state and the medium drawer. Changing
 * layout closes the drawer: what was open in one layout has no place in the other.
 */
export class LayoutController implements ReactiveController {
  layout: Layout = 'wide';
  /** The wide layout's panel folded to a slim bar. */
  collapsed = false;
  /** The medium layout's drawer is open. */
  drawerOpen = false;
  /** A narrow map in a box the page fixed (a sticky story map, a grid of thumbnails), not one grown to its content. */
  boxed = false;
  private observer: ResizeObserver | undefined;
  private foot: HTMLElement | undefined;
  private footObserver: ResizeObserver | undefined;

  constructor(private readonly host: LayoutHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => this.measure());
    this.observer.observe(this.host);
    this.foot = undefined;
    this.measure();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.footObserver?.disconnect();
    this.footObserver = undefined;
  }

  /**
   * The key and credits at the map's foot, measured as they change (a year with more statuses has a longer key): the
   * details panel ends above them instead of covering the credits (`--foot-height` on the frame).
   */
  hostUpdated(): void {
    const foot = this.host.renderRoot.querySelector<HTMLElement>('.stage-foot') ?? undefined;
    if (foot === this.foot) return;
    this.foot = foot;
    this.footObserver?.disconnect();
    if (!foot) return;
    this.footObserver = new ResizeObserver(() => {
      const frame = this.host.renderRoot.querySelector<HTMLElement>('.frame');
      frame?.style.setProperty('--foot-height', `${foot.offsetHeight}px`);
    });
    this.footObserver.observe(foot);
  }

  /** True when the panel stands beside the map (its box starts where the panel ends). */
  get panelBeside(): boolean {
    return this.layout === 'wide' && !this.collapsed;
  }

  /** True when the year bar shows over the map: a medium map with its drawer shut, or a wide one folded. */
  get barShown(): boolean {
    return (this.layout === 'medium' && !this.drawerOpen) || (this.layout === 'wide' && this.collapsed);
  }

  /** Where the built-in panel is: beside the map, in a drawer over it, below it, or out of sight behind the bar. */
  panelState(withControls: boolean): 'beside' | 'drawer' | 'below' | 'hidden' | 'none' {
    if (!withControls) return 'none';
    if (this.layout === 'narrow') return 'below';
    if (this.layout === 'wide') return this.collapsed ? 'hidden' : 'beside';
    return this.drawerOpen ? 'drawer' : 'hidden';
  }

  /**
   * Room to leave around what the map frames, in the map's own box: the year bar at its top left, the key at its
   * bottom left, MapLibre's buttons at its right, and the details or the step card when they stand over its right
   * side (never on a narrow map, where they go below it).
   */
  padding(rightPanelOpen: boolean, withControls: boolean): Padding {
    const map = this.host.renderRoot.querySelector<HTMLElement>('.map');
    const width = map?.clientWidth ?? this.host.clientWidth;
    const bar = withControls && this.barShown;
    const overRight = rightPanelOpen && this.layout !== 'narrow';
    // MapLibre's buttons at the right: 44 px wide on a phone (a finger's size), 29 px elsewhere.
    let right = overRight ? Math.min(DETAILS_WIDTH, width - 20) + 30 : this.layout === 'narrow' ? 66 : 50;
    // Too little left between the panels: the place goes between them rather than under one.
    if (width - right - 16 < 160) right = Math.max(16, width - 176);
    // The key and the attribution over the map's foot on a wide map; below the map on the others, so no room then.
    const foot = this.host.renderRoot.querySelector<HTMLElement>('.stage-foot');
    const bottom = this.layout === 'wide' ? (foot?.offsetHeight ?? 40) + 12 : 16;
    // Room above the top capital (Pyongyang) for its name, and for a marker beside it.
    return { top: bar ? BAR_ROOM : 40, bottom, left: 16, right };
  }

  /**
   * A narrow map's own height is its content's (the `layout` attribute lets its default height go to `auto`), so a
   * narrow map stays narrow until it is wide enough again; a page that fixes the height keeps it, and the map
   * scrolls inside.
   */
  private measure(): void {
    const { host } = this;
    const width = host.clientWidth;
    if (width === 0) return;
    // Grown to its content (no height from the page): its height says nothing about the room it has.
    const frame = host.renderRoot.querySelector<HTMLElement>('.frame');
    // A map shrunk below its phone proportions is in a box the page fixed, even if its content then fits the box.
    const map = host.renderRoot.querySelector<HTMLElement>('.map');
    const shrunk = !!map && map.clientHeight < Math.min(width * 1.25, window.innerHeight * 0.75) - 1;
    const grown =
      this.layout === 'narrow' && !!frame && !shrunk && frame.scrollHeight <= host.clientHeight + 1;
    const next = layoutFor(width, grown ? Number.POSITIVE_INFINITY : host.clientHeight);
    if (host.getAttribute('layout') !== next) host.setAttribute('layout', next);
    // In a fixed box the map shrinks so that its key fits under it, but keeps three fifths of the box: a thumbnail's
    // key and credits scroll rather than squeeze the map to a strip.
    const boxed = next === 'narrow' && !grown;
    frame?.style.setProperty('--map-min-height', boxed ? `${Math.round(host.clientHeight * 0.6)}px` : '0px');
    if (boxed !== this.boxed) {
      this.boxed = boxed;
      host.requestUpdate();
    }
    if (next === this.layout) return;
    this.layout = next;
    this.drawerOpen = false;
    host.requestUpdate();
  }

  /** Opens the drawer (medium) or unfolds the panel (wide), focus going to the panel's first control. */
  openPanel(): void {
    if (this.layout === 'wide') this.collapsed = false;
    else this.drawerOpen = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot
        .querySelector<HTMLElement>('.controls .panel-close, .controls .panel-fold')
        ?.focus(),
    );
  }

  /** Closes the drawer or folds the panel, focus going back to the button that opens it. */
  closePanel(): void {
    if (this.layout === 'wide') this.collapsed = true;
    else this.drawerOpen = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('.bar .panel-open')?.focus(),
    );
  }
}
