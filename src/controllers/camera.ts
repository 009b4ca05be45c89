import type { MapSurface } from '../engine/surface';
import { type CameraTarget, centerOffset, fitRoom, type MapView, type Padding } from '../geo/framing';
import { type Bounds, type Camera, cameraForBounds, cameraWithOffset, type Size } from '../geo/mercator';

/** How far inside the uncovered part a revealed place must be: room for its name, left or right of its dot. */
const REVEAL_MARGIN = { x: 70, y: 24 };

/**
 * Where the map looks and how it moves there: into the part of the map no panel covers, a jump under reduced
 * motion. A move asked for before the map exists (a story step in the URL) is kept for its start, and the static
 * picture is drawn through the camera the map will start with.
 */
export class MapCamera {
  /** The view is the reader's or the page's (a pan, a zoom, `center`, `flyTo`), not the story's framing. */
  viewMoved = false;
  /** A view asked for before the map existed: taken as the map starts. */
  private pending: CameraTarget | undefined;
  /** The view of a map that gave its WebGL back: its picture is drawn through it, and the map comes back to it. */
  kept: Camera | undefined;
  /** Where the reader dragged or zoomed the picture before the map existed: the map starts there. */
  private chosen: Camera | undefined;
  /** The view before details moved it to show what they are about, and whether it was the reader's. */
  private beforeReveal: { camera: Camera; moved: boolean } | undefined;

  constructor(
    private readonly map: () => MapSurface | undefined,
    private readonly options: {
      padding(): Padding;
      initialView(): MapView | undefined;
      /** The box the map frames at its start (unless `initialView` says otherwise) and on reset. */
      framing(): Bounds;
    },
  ) {}

  /** The map has started: the move asked for before, if any, is made now (a jump). */
  takePending(): void {
    const { pending, chosen } = this;
    this.pending = undefined;
    this.chosen = undefined;
    if (chosen) {
      this.viewMoved = true;
      this.map()?.moveTo({ center: chosen.center, zoom: chosen.zoom }, { animate: false });
    } else if (pending) this.show(pending, true);
  }

  /** The reader moved the picture before the map existed: the picture is drawn, and the map starts, there. */
  choose(camera: Camera): void {
    const map = this.map();
    if (map) {
      // MapLibre is there but has not drawn yet: it moves with the picture.
      this.viewMoved = true;
      map.moveTo({ center: camera.center, zoom: camera.zoom }, { animate: false });
      return;
    }
    this.pending = undefined;
    this.chosen = camera;
  }

  /**
   * Brings a place to the middle of the part of the map no panel covers, zoomed in to at least `minZoom`; a jump,
   * not a flight, when the reader prefers reduced motion.
   */
  goTo(center: [number, number], reducedMotion: boolean, minZoom = 4): void {
    const zoom = this.map()?.view.zoom;
    this.show({ center, zoom: Math.max(zoom ?? minZoom, minZoom) }, reducedMotion);
  }

  /**
   * Brings a point well into the part of the map no panel covers (room for its name on either side), at the same
   * zoom, if it is not there already. The view before is kept: closing the details that asked returns to it.
   */
  reveal(lonLat: [number, number] | undefined, reducedMotion: boolean): void {
    const map = this.map();
    if (!map || !lonLat) return;
    const p = map.project(lonLat);
    const pad = this.options.padding();
    const box = map.size;
    const seen =
      p.x >= pad.left + REVEAL_MARGIN.x &&
      p.x <= box.width - pad.right - REVEAL_MARGIN.x &&
      p.y >= pad.top + REVEAL_MARGIN.y &&
      p.y <= box.height - pad.bottom - REVEAL_MARGIN.y;
    if (seen) return;
    const before = this.beforeReveal ?? { camera: map.view, moved: this.viewMoved };
    this.show({ center: lonLat }, reducedMotion);
    this.beforeReveal = before;
  }

  /** The details that moved the view closed: back to where it was, unless the reader or a step moved it since. */
  returnFromReveal(reducedMotion: boolean): void {
    const before = this.beforeReveal;
    this.beforeReveal = undefined;
    const map = this.map();
    if (!before || !map) return;
    map.moveTo({ center: before.camera.center, zoom: before.camera.zoom }, { animate: !reducedMotion });
    this.viewMoved = before.moved;
  }

  /** The reader panned or zoomed: the view is theirs, and closing details leaves it where it is. */
  readerMoved(): void {
    this.viewMoved = true;
    this.beforeReveal = undefined;
  }

  /** Returns the map to its framing (the page's `bounds`, else the story's). */
  resetView(reducedMotion: boolean): void {
    this.viewMoved = false;
    this.beforeReveal = undefined;
    this.map()?.fitBounds(this.options.framing(), {
      padding: this.options.padding(),
      animate: !reducedMotion,
    });
  }

  /** Moves the map to a view; a jump when the reader prefers reduced motion. */
  flyTo(view: { center: [number, number]; zoom?: number }, reducedMotion: boolean): void {
    const target = { center: view.center, ...(view.zoom === undefined ? {} : { zoom: view.zoom }) };
    this.viewMoved = true;
    this.beforeReveal = undefined;
    this.map()?.moveTo(target, { animate: !reducedMotion });
  }

  /** Moves the camera to a point or a box, in the part of the map no panel covers; a jump under reduced motion. */
  show(target: CameraTarget, reducedMotion: boolean): void {
    this.beforeReveal = undefined;
    const map = this.map();
    if (!map) {
      this.pending = target;
      this.chosen = undefined;
      return;
    }
    this.viewMoved = true;
    const padding = this.options.padding();
    if ('bounds' in target) {
      map.fitBounds(target.bounds, {
        padding: fitRoom(padding),
        maxZoom: target.maxZoom,
        animate: !reducedMotion,
      });
      return;
    }
    // An offset, not `padding`: MapLibre keeps a camera's padding and adds it to every later fitBounds (the reset
    // button, a framed step), which then asks for more room than the map has.
    const camera = {
      center: target.center,
      zoom: target.zoom ?? map.view.zoom,
      offset: centerOffset(padding),
    };
    map.moveTo(camera, { animate: !reducedMotion });
  }

  /**
   * The camera the map has, or will start with for a map of this size: the page's view, a story step's, or the
   * framing. The static picture is drawn through it, so the WebGL map takes over without a jump.
   */
  camera(size: Size): Camera {
    const map = this.map();
    if (map) return map.view;
    if (this.chosen) return this.chosen;
    if (this.kept) return this.kept;
    const padding = this.options.padding();
    const pending = this.pending;
    if (pending && 'bounds' in pending)
      return cameraForBounds(pending.bounds, size, fitRoom(padding), pending.maxZoom);
    const start = this.options.initialView() ?? cameraForBounds(this.options.framing(), size, padding);
    if (!pending) return start;
    return cameraWithOffset(pending.center, pending.zoom ?? start.zoom, centerOffset(padding));
  }
}
