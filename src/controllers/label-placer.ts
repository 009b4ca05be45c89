import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/schema';
import type { MapEngine } from '../engine/map-engine';
import { capitalData, dotRadius, labelSize, labelText } from '../layers/capitals';
import { eventData } from '../layers/events';
import { parseLayerTokens } from '../layers/index';
import { type Box, type Placement, placeLabels } from '../layers/label-placement';

export interface LabelPlacerHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly data: Dataset | undefined;
  year: number | undefined;
  layers: string | null;
}

export interface LabelPlacerOptions {
  engine(): MapEngine | undefined;
  /** Draws the layers again with the new placement. */
  redraw(): void;
  /** Puts the edge markers where they belong now, so the labels are placed around them. */
  beforePlace(): void;
}

/** The labels' font, as the TextLayer draws it (src/layers/capitals.ts). */
const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** The TextLayer's halo and rounding: a little more room than the text's own width. */
const HALO = 3;

/**
 * Places the capitals' labels so that none covers another, a dot, the year bar, the key or a panel: again after
 * every move that ends and whenever the year, the layers or the dataset change. The focus country and the partners
 * with figures go first; a label with no room left is left out (its name is in the tooltip and the details).
 */
export class LabelPlacer implements ReactiveController {
  placement: { version: number; placements: ReadonlyMap<string, Placement | null> } | undefined;
  /** The capitals whose labels found no room: the key names them. */
  unplaced: string[] = [];
  private attached: MapEngine | undefined;
  private inputs = '';
  private context: CanvasRenderingContext2D | null | undefined;
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
      engine.map.on('moveend', () => {
        this.again = 2;
        this.schedule();
      });
      engine.map.on('resize', () => this.schedule());
      // A new map (the first, or one rebuilt after a lost context) has its labels placed at once.
      this.again = 2;
      this.schedule();
    }
    const inputs = `${this.host.year}|${this.host.layers}|${this.host.data?.id}`;
    if (inputs !== this.inputs) {
      this.inputs = inputs;
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

  /** Resolves when no placement is waiting for a frame (and the layers it asked for have been pushed). */
  async settled(): Promise<void> {
    while (this.waiting) await this.waiting;
  }

  private measure(text: string, size: number): number {
    if (this.context === undefined) this.context = document.createElement('canvas').getContext('2d');
    const ctx = this.context;
    if (!ctx) return text.length * size * 0.62;
    ctx.font = `600 ${size}px ${FONT}`;
    return ctx.measureText(text).width;
  }

  /** The boxes the labels must keep out of, in the map's pixels. */
  private obstacles(canvas: HTMLElement): Box[] {
    const origin = canvas.getBoundingClientRect();
    const root = this.host.renderRoot;
    const selectors = [
      '.bar',
      '.stage-foot',
      '.maplibregl-ctrl-top-right',
      '.details',
      '.story-card',
      '.controls',
      '.edge-marker',
    ];
    const boxes: Box[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(selectors.join(','))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      boxes.push({
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
      });
    }
    return boxes;
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
    const dataset = this.host.data;
    const year = this.host.year;
    if (!engine || !dataset || year === undefined) return;
    const map = engine.map;
    const canvas = map.getContainer();
    // The copy of a place nearest the view, as deck.gl draws it (the date line is in view after a jump east).
    const centre = map.getCenter().lng;
    const project = ([lon, lat]: readonly [number, number]) =>
      map.project([lon + 360 * Math.round((centre - lon) / 360), lat]);
    const requests = capitalData(dataset, year).map((c) => {
      const p = project(c.position);
      const size = labelSize(c);
      return {
        id: c.id,
        x: p.x,
        y: p.y,
        width: this.measure(labelText(c), size) + 2 * HALO,
        height: size * 1.25 + HALO,
        radius: dotRadius(c) + 1,
        priority: (c.isFocus ? 100 : 0) + (c.hasFigure ? 10 : 0) + (c.undrawn.length > 0 ? 5 : 0),
      };
    });
    const bounds = { left: 2, top: 2, right: canvas.clientWidth - 2, bottom: canvas.clientHeight - 2 };
    // The events' dots too, when they are drawn: a name over a dot would hide what the dot is.
    const events = parseLayerTokens(this.host.layers).layers.has('events') ? eventData(dataset, year) : [];
    const dots = events.map((d) => {
      const p = project(d.position);
      const x = p.x + d.offset[0];
      const y = p.y + d.offset[1];
      return { left: x - d.radius, top: y - d.radius, right: x + d.radius, bottom: y + d.radius };
    });
    const placements = placeLabels(requests, this.obstacles(canvas), bounds, dots);
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
    const names = dataset.actors.filter((a) => placements.get(a.code) === null).map((a) => a.capital.name);
    if (names.join() !== this.unplaced.join()) {
      this.unplaced = names;
      this.host.requestUpdate();
      // The key grows or shrinks with the names it lists: place once more around its new size.
      if (this.again-- > 0) this.schedule();
    }
    this.options.redraw();
  }
}
