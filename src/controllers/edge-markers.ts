import { html, type ReactiveController, type ReactiveControllerHost, render } from 'lit';
import type { Dataset } from '../data/schema';
import type { MapSurface } from '../engine/surface';
import { edgeMarkers, layOutEdgeMarkers, type PlacedMarker, type Rect } from '../geo/edge-markers';
import type { CameraTarget, Padding } from '../geo/framing';
import { copyNear, mercatorY } from '../geo/mercator';
import { nearestCopy } from '../layers/geometry';
import type { Strings } from '../text/strings';

export interface EdgeMarkersHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shownData: Dataset | undefined;
  readonly strings: Strings;
  readonly locale: string;
  year: number | undefined;
  readonly mode: string;
  readonly selection: unknown;
}

/** A map's projection and size without the map: the camera it will start with (the first frame's). */
export interface PlannedView {
  project(lonLat: [number, number]): { x: number; y: number };
  width: number;
  height: number;
}

export interface EdgeMarkersOptions {
  engine(): MapSurface | undefined;
  /** Until the map exists: the view it will start with, so the first frame has its markers too. */
  planned(): PlannedView | undefined;
  /** The room the panels, the bar and the key take from the map. */
  padding(): Padding;
  show(target: CameraTarget): void;
  /** Where the focus capital's name goes on a map seen through `project`: the markers keep clear of it. */
  focusLabel(project: (lonLat: readonly [number, number]) => { x: number; y: number }): Rect | undefined;
  /** Whether some of an actor's land is in `view` (on the world copy nearest `centreLon`). */
  landInView(
    code: string,
    project: (lonLat: [number, number]) => { x: number; y: number },
    view: Rect,
    centreLon: number,
  ): boolean;
}

/**
 * An actor outside the view (the United States at the story's framing, any capital after a pan) is named at the
 * map's edge where its line leaves the view, with an arrow: "United States →". Each marker is a button; choosing it
 * brings that actor into view with the focus country. Rendered on its own (not through the element's template) on
 * every move of the map, so a pan redraws a few buttons and nothing else.
 */
export class EdgeMarkersController implements ReactiveController {
  private attached: MapSurface | undefined;
  private frame = 0;
  private markers: PlacedMarker[] = [];
  /** The texts' sizes as the buttons draw them, until the words or the layout change. */
  private readonly sizes = new Map<string, { width: number; height: number }>();
  /** The focus capital's name, as a box relative to its dot (kept through a move). */
  private nameAround: Rect | undefined;
  /** What the markers were last placed for, besides the view (moves and resizes schedule their own update). */
  private inputs: unknown[] = [];
  /** Whether the frame asked for comes only from moves of the map (not from a change of the words or the layout). */
  private scheduledMoving = false;

  constructor(
    private readonly host: EdgeMarkersHost,
    private readonly options: EdgeMarkersOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const engine = this.options.engine();
    if (engine && engine !== this.attached) {
      this.attached = engine;
      engine.on('move', () => this.schedule(true));
      engine.on('resize', () => this.schedule());
      // A new map (the first, or one rebuilt after a lost context) has no markers yet.
      this.schedule();
    }
    // Only when something the markers depend on changed: a hover re-renders the element at pointer speed. The labels
    // bring the markers up to date themselves before they are placed around them.
    const { shownData: data, strings, year, mode, selection } = this.host;
    const inputs = [data, strings, year, mode, selection, this.host.getAttribute('layout')];
    if (inputs.some((v, i) => v !== this.inputs[i])) {
      this.inputs = inputs;
      // New words or another layout: the texts measure anew.
      this.sizes.clear();
      this.schedule();
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.attached = undefined;
  }

  /**
   * Once on the next frame. A frame already asked for is kept, not asked for again: MapLibre fires `move` from its
   * own frame callback, before ours, so cancelling and asking again would put ours off for as long as the camera
   * flies, and the markers would name the last step's countries until it lands.
   */
  private schedule(moving = false): void {
    this.scheduledMoving = this.frame === 0 ? moving : this.scheduledMoving && moving;
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update(this.scheduledMoving);
    });
  }

  /**
   * Places the markers for the map as it is now (the labels call this before they are placed around them). While the
   * map moves, every frame, the focus capital's name keeps the place around its dot found when the move began: its
   * placement reads the panels' boxes and places every label, too much for each frame of a pan.
   */
  update(moving = false): void {
    const container = this.host.renderRoot.querySelector<HTMLElement>('.edges');
    const engine = this.options.engine();
    const dataset = this.host.shownData;
    if (!container) return;
    const seen: PlannedView | undefined = engine
      ? { project: (lonLat) => engine.project(lonLat), ...engine.size }
      : this.options.planned();
    if (!seen || !dataset) {
      render(html``, container);
      return;
    }
    const focus = dataset.actors.find((a) => a.code === dataset.focus);
    if (!focus) return;
    // The copy of the world in view (after a pan past the date line the map shows another): lines start there.
    const centre = engine?.view.center[0] ?? focus.capital.lon;
    const from: [number, number] = [copyNear(focus.capital.lon, centre), focus.capital.lat];
    const project = seen.project;
    const pad = this.options.padding();
    const view = {
      left: Math.max(4, pad.left - 12),
      top: Math.max(4, pad.top - 12),
      right: seen.width - Math.max(4, pad.right - 12),
      bottom: seen.height - Math.max(4, pad.bottom - 12),
    };
    const actors = dataset.actors
      .filter((a) => a.code !== dataset.focus)
      .map((a) => {
        const p = project(nearestCopy(from, [a.capital.lon, a.capital.lat]));
        return { code: a.code, name: a.name, x: p.x, y: p.y };
      });
    const f = project(from);
    // Only what is off the map gets a marker (a capital under the key is still on it); the marker then sits inside
    // the room the panels leave.
    const onMap = (a: { x: number; y: number }) =>
      a.x >= 0 && a.x <= seen.width && a.y >= 0 && a.y <= seen.height;
    const capitals = new Map(dataset.actors.map((a) => [a.code, a.capital.name]));
    const off = edgeMarkers(view, f, actors)
      .filter((m) => !onMap(actors.find((a) => a.code === m.code)!))
      // Its land in view, the country is not off the map: the marker points at its capital.
      .map((m) =>
        this.options.landInView(m.code, project, view, centre) ? { ...m, name: capitals.get(m.code)! } : m,
      );
    // Each text measured once as the button draws it, on a hidden button of the same class.
    let probe: HTMLElement | undefined;
    const size = (text: string) => {
      const known = this.sizes.get(text);
      if (known) return known;
      if (!probe) {
        probe = document.createElement('button');
        probe.className = 'edge-marker';
        probe.style.visibility = 'hidden';
        container.append(probe);
      }
      probe.textContent = text;
      const measured = { width: probe.offsetWidth, height: probe.offsetHeight };
      this.sizes.set(text, measured);
      return measured;
    };
    // Never over the focus country's dot, where every line starts, nor its name: that is never the label left out.
    const dot = { left: f.x - 8, top: f.y - 8, right: f.x + 8, bottom: f.y + 8 };
    if (!moving || !this.nameAround) {
      const name = this.options.focusLabel(([x, y]) => project([copyNear(x, centre), y]));
      this.nameAround = name && {
        left: name.left - f.x,
        top: name.top - f.y,
        right: name.right - f.x,
        bottom: name.bottom - f.y,
      };
    }
    const around = this.nameAround;
    const name = around && {
      left: f.x + around.left,
      top: f.y + around.top,
      right: f.x + around.right,
      bottom: f.y + around.bottom,
    };
    this.markers = layOutEdgeMarkers(off, view, size, name ? [dot, name] : [dot]);
    probe?.remove();
    const t = this.host.strings;
    const names = (m: PlacedMarker) =>
      new Intl.ListFormat(this.host.locale, { type: 'conjunction' }).format(m.names);
    render(
      html`${this.markers.map(
        (m) => html`<button
          type="button"
          class="edge-marker"
          part="edge-marker"
          data-code=${m.codes.join(' ')}
          data-side=${m.side}
          aria-label=${t.edgeMarker(names(m))}
          @click=${() => this.bringIntoView(m.codes)}
        >${m.text}</button>`,
      )}`,
      container,
    );
    // Placed through CSSOM: a strict Content-Security-Policy blocks style attributes.
    const buttons = container.querySelectorAll<HTMLElement>('.edge-marker');
    this.markers.forEach((m, i) => {
      const el = buttons[i];
      if (!el) return;
      el.style.left = `${Math.round(m.left)}px`;
      el.style.top = `${Math.round(m.top)}px`;
    });
  }

  /**
   * Frames the actors with the focus country, each on its side of the date line as the lines are drawn: a centre and
   * zoom worked out here, since MapLibre would wrap a box across the date line the other way round the world.
   */
  private bringIntoView(codes: readonly string[]): void {
    const dataset = this.host.shownData;
    const focus = dataset?.actors.find((a) => a.code === dataset.focus);
    const actors = dataset?.actors.filter((a) => codes.includes(a.code)) ?? [];
    const size = this.options.engine()?.size;
    if (!focus || !actors.length || !size) return;
    const from: [number, number] = [focus.capital.lon, focus.capital.lat];
    const points = [from, ...actors.map((a) => nearestCopy(from, [a.capital.lon, a.capital.lat]))];
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const pad = this.options.padding();
    const width = Math.max(100, size.width - pad.left - pad.right - 120);
    const height = Math.max(100, size.height - pad.top - pad.bottom - 80);
    // Web Mercator: 512 px per world at zoom 0; latitude spans taken in projected units.
    const y = (lat: number) => mercatorY(lat) / (2 * Math.PI);
    // The centre stays this side of the date line: past it MapLibre would wrap the view to the other copy of the
    // world, where deck.gl draws nothing. The zoom then leaves room for the farther end on either side.
    const lon = Math.max(-175, Math.min(175, (Math.min(...lons) + Math.max(...lons)) / 2));
    const dx = (2 * Math.max(...lons.map((l) => Math.abs(l - lon)))) / 360;
    const dy = y(Math.max(...lats)) - y(Math.min(...lats));
    const fit = Math.min(width / (512 * Math.max(dx, 1e-6)), height / (512 * Math.max(dy, 1e-6)));
    const lat = (Math.min(...lats) + Math.max(...lats)) / 2;
    this.options.show({ center: [lon, lat], zoom: Math.min(5, Math.log2(fit)) });
  }
}
