import type { MapSurface } from '../engine/surface';
import { type CameraTarget, centerOffset, fitRoom, type MapView, type Padding } from '../geo/framing';
import { type Bounds, type Camera, cameraForBounds, cameraWithOffset, type Size } from '../geo/mercator';

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

  /** Brings a point into the part of the map no panel covers, at the same zoom, if it is not there already. */
  reveal(lonLat: [number, number] | undefined, reducedMotion: boolean): void {
    const map = this.map();
    if (!map || !lonLat) return;
    const p = map.project(lonLat);
    const pad = this.options.padding();
    const box = map.size;
    const seen =
      p.x >= pad.left && p.x <= box.width - pad.right && p.y >= pad.top && p.y <= box.height - pad.bottom;
    if (!seen) this.show({ center: lonLat }, reducedMotion);
  }

  /** Returns the map to its framing (the page's `bounds`, else the story's). */
  resetView(reducedMotion: boolean): void {
    this.viewMoved = false;
    this.map()?.fitBounds(this.options.framing(), {
      padding: this.options.padding(),
      animate: !reducedMotion,
    });
  }

  /** Moves the map to a view; a jump when the reader prefers reduced motion. */
  flyTo(view: { center: [number, number]; zoom?: number }, reducedMotion: boolean): void {
    const target = { center: view.center, ...(view.zoom === undefined ? {} : { zoom: view.zoom }) };
    this.viewMoved = true;
    this.map()?.moveTo(target, { animate: !reducedMotion });
  }

  /** Moves the camera to a point or a box, in the part of the map no panel covers; a jump under reduced motion. */
  show(target: CameraTarget, reducedMotion: boolean): void {
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
