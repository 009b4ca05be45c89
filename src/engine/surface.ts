import type { Padding } from '../geo/framing';
import type { Bounds, Camera } from '../geo/mercator';

/** A point on the map's box, in CSS pixels from its top-left corner. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** A camera move: where to look, and the offset of that point from the box's centre (room taken by panels). */
export interface CameraMove {
  center: [number, number];
  zoom?: number;
  offset?: [number, number];
}

/**
 * What the element's controllers may ask of the running map: where a place is on screen, how big the box is, when
 * it moved, and where to look. MapLibre and deck.gl stay behind it (./map-engine), so a controller never reaches
 * for either, and the engine can change how it draws without touching them.
 */
export interface MapSurface {
  /** The map's box. */
  readonly container: HTMLElement;
  /** Its size in CSS pixels. */
  readonly size: { width: number; height: number };
  /** The centre and zoom now. */
  readonly view: Camera;
  /** A longitude and latitude on the map's box, for the copy of the world in view. */
  project(lonLat: readonly [number, number]): ScreenPoint;
  /** Calls `listener` after each such event (a pan or zoom step, its end, a new size); returns what removes it. */
  on(event: 'move' | 'moveend' | 'resize', listener: () => void): () => void;
  /** Frames a box in the room the padding leaves. */
  fitBounds(bounds: Bounds, options: { padding: Padding; maxZoom?: number; animate: boolean }): void;
  /** Moves the camera: a flight, or a jump (`animate: false`). */
  moveTo(move: CameraMove, options: { animate: boolean }): void;
  /** The basemap and the layers as drawn now, in one 2D canvas of device pixels (at least `minimumRatio` per CSS pixel). */
  snapshot(minimumRatio?: number): HTMLCanvasElement;
}
