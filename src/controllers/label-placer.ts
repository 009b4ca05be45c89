import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/schema';
import { latestYear } from '../data/selectors';
import type { MapSurface } from '../engine/surface';
import { copyNear } from '../geo/mercator';
import { LABEL_FONT, type Measure, placeCapitalLabels, roughMeasure } from '../layers/capital-labels';
import { parseLayerTokens } from '../layers/index';
import type { Box, Placement } from '../layers/label-placement';

export interface LabelPlacerHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shownData: Dataset | undefined;
  year: number | undefined;
  layers: string | null;
}

export interface LabelPlacerOptions {
  engine(): MapSurface | undefined;
  /** Draws the layers again with the new placement. */
  redraw(): void;
  /** Puts the edge markers where they belong now, so the labels are placed around them. */
  beforePlace(): void;
  /** The events whose places are named (a story step's pick). */
  places(): readonly string[];
}

/**
 * The room MapLibre's zoom and reset buttons take at the map's top right: three 29-px buttons with 10-px margins, or
 * on a phone (the narrow layout) three of 44 px.
 */
const ZOOM_BUTTONS = { width: 40, height: 110 };
const ZOOM_BUTTONS_NARROW = { width: 56, height: 156 };

let context: CanvasRenderingContext2D | null | undefined;

/** A label's width as the browser draws the labels' font (a guess where no 2D canvas is offered). */
export const measureLabel: Measure = (text, size) => {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return roughMeasure(text, size);
  context.font = `600 ${size}px ${LABEL_FONT}`;
  return context.measureText(text).width;
};

/**
 * Places the capitals' labels so that none covers another, a dot, the year bar, the key or a panel: again after
 * every move that ends and whenever the year, the layers or the dataset change. The focus country and the partners
 * with figures go first; a label with no room left is left out (its name is in the tooltip and the details).
 */
export class LabelPlacer implements ReactiveController {
  placement: { version: number; placements: ReadonlyMap<string, Placement | null> } | undefined;
  /** The capitals whose labels found no room: the key names them. */
  unplaced: string[] = [];
  private attached: MapSurface | undefined;
  private inputs = '';
  private placedData: Dataset | undefined;
  /** The frame a placement waits for; 0 when none does. */
  private frame = 0;
  /** How many more placements a change of the key may ask for before the next move (no back and forth). */
  private again = 2;
  /** Pending while a placement waits for its frame: `whenRendered()` waits for it. */
  private waiting: Promise<void> | undefined;
  private done: (() => void) | undefined;

  constructor(
    private readonly host: LabelPlacerHost,
    private readonly options: LabelPlacerOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const engine = this.options.engine();
    if (engine && engine !== this.attached) {
      this.attached = engine;
      engine.on('moveend', () => {
        this.again = 2;
        this.schedule();
      });
      engine.on('resize', () => this.schedule());
      // A new map (the first, or one rebuilt after a lost context) has its labels placed at once.
      this.again = 2;
      this.schedule();
    }
    const inputs = `${this.host.year}|${this.host.layers}|${this.options.places().join()}`;
    // Another dataset, or the same in another language: other names to place.
    const data = this.host.shownData;
    if (inputs !== this.inputs || data !== this.placedData) {
      this.inputs = inputs;
      this.placedData = data;
      this.again = 2;
      this.schedule();
    }
  }

  /** On the next frame, once the element has laid out what changed (the key, a panel). */
  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.waiting ??= new Promise((resolve) => {
      this.done = resolve;
    });
    this.frame = requestAnimationFrame(() => this.place());
  }

  /**
   * Keeps the names of the capitals whose labels found no room (the key lists them); true when they changed. The
   * first frame's placement tells them too, so the key has its final size before the WebGL map takes over.
   */
  noteUnplaced(
    dataset: Dataset,
    placements: ReadonlyMap<string, Placement | null>,
    /** Whether a capital's dot is on the map: one off it (Washington, or any after a pan) is no dot "here". */
    onMap: (lonLat: readonly [number, number]) => boolean,
  ): boolean {
    const names = dataset.actors
      .filter((a) => placements.get(a.code) === null && onMap([a.capital.lon, a.capital.lat]))
      .map((a) => a.capital.name);
    if (names.join() === this.unplaced.join()) return false;
    this.unplaced = names;
    this.host.requestUpdate();
    return true;
  }

  /** Resolves when no placement is waiting for a frame (and the layers it asked for have been pushed). */
  async settled(): Promise<void> {
    while (this.waiting) await this.waiting;
  }

  /**
   * The boxes the labels must keep out of, in the map's pixels: the panels, the bar, the key, MapLibre's buttons
   * (where they will be, before MapLibre has made them), and the edge markers, which yield to the focus capital's
   * name (`withMarkers` false: all but the markers).
   */
  obstacles(canvas: HTMLElement, withMarkers = true): Box[] {
    const origin = canvas.getBoundingClientRect();
    const root = this.host.renderRoot;
    const selectors = [
      '.bar',
      '.stage-foot',
      '.maplibregl-ctrl-top-right',
      '.details',
      '.story-card',
      '.controls',
    ];
    if (withMarkers) selectors.push('.edge-marker');
    const boxes: Box[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(selectors.join(','))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      boxes.push({
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
        ...(el.classList.contains('edge-marker') ? { yields: true } : {}),
      });
    }
    if (!root.querySelector('.maplibregl-ctrl-top-right')) {
      const buttons = this.host.getAttribute('layout') === 'narrow' ? ZOOM_BUTTONS_NARROW : ZOOM_BUTTONS;
      const right = canvas.clientWidth;
      boxes.push({ left: right - buttons.width, top: 0, right, bottom: buttons.height });
    }
    return boxes;
  }

  /**
   * Where the focus capital's name goes on a map seen through `project`, around everything but the edge markers,
   * relative to its dot: the markers keep clear of it, so that it is never the label left out.
   */
  focusLabel(project: (lonLat: readonly [number, number]) => { x: number; y: number }): Box | undefined {
    const dataset = this.host.shownData;
    const canvas = this.host.renderRoot.querySelector<HTMLElement>('.map');
    const focus = dataset?.actors.find((a) => a.code === dataset.focus);
    if (!dataset || !canvas || !focus) return undefined;
    const year = this.host.year ?? latestYear(dataset);
    const bounds = { left: 2, top: 2, right: canvas.clientWidth - 2, bottom: canvas.clientHeight - 2 };
    const obstacles = this.obstacles(canvas, false);
    return this.placeAll(dataset, year, project, bounds, obstacles).get(focus.code)?.box;
  }

  /** Every label of the host's year, layers and named places, on a map seen through `project`. */
  private placeAll(
    dataset: Dataset,
    year: number,
    project: (lonLat: readonly [number, number]) => { x: number; y: number },
    bounds: Box,
    obstacles: readonly Box[],
  ): Map<string, Placement | null> {
    const layers = parseLayerTokens(this.host.layers).layers;
    return placeCapitalLabels(
      dataset,
      year,
      layers,
      project,
      measureLabel,
      bounds,
      obstacles,
      this.options.places(),
    );
  }

  private place(): void {
    this.frame = 0;
    try {
      this.placeNow();
    } finally {
      // A placement that asked for another (the key changed size) leaves the promise to that one.
      if (this.frame === 0) {
        const done = this.done;
        this.waiting = undefined;
        this.done = undefined;
        done?.();
      }
    }
  }

  private placeNow(): void {
    this.options.beforePlace();
    const engine = this.options.engine();
    const dataset = this.host.shownData;
    const year = this.host.year;
    if (!engine || !dataset || year === undefined) return;
    const canvas = engine.container;
    const { width, height } = engine.size;
    // The copy of a place nearest the view, as deck.gl draws it (the date line is in view after a jump east).
    const centre = engine.view.center[0];
    const project = ([lon, lat]: readonly [number, number]) => engine.project([copyNear(lon, centre), lat]);
    const bounds = { left: 2, top: 2, right: width - 2, bottom: height - 2 };
    const placements = this.placeAll(dataset, year, project, bounds, this.obstacles(canvas));
    const before = this.placement?.placements;
    const same =
      before &&
      before.size === placements.size &&
      [...placements].every(([id, p]) => {
        const b = before.get(id);
        return (
          b === p ||
          (!!b &&
            !!p &&
            b.anchor === p.anchor &&
            b.baseline === p.baseline &&
            b.offset.join() === p.offset.join())
        );
      });
    if (same) return;
    this.placement = { version: (this.placement?.version ?? 0) + 1, placements };
    const onMap = (lonLat: readonly [number, number]) => {
      const p = project(lonLat);
      return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
    };
    if (this.noteUnplaced(dataset, placements, onMap)) {
      // The key grows or shrinks with the names it lists: place once more around its new size.
      if (this.again-- > 0) this.schedule();
    }
    this.options.redraw();
  }
}
