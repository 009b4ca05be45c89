/**
 * Web Mercator, once for the whole package: MapLibre's world coordinates and camera arithmetic, so that the static
 * picture, the edge markers and the layers' straight lines project exactly as the WebGL map does.
 */
import type { Padding } from './framing';

/** A latitude's Web Mercator y, in radians of the equator's length (0 at the equator, growing north). */
export const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
/** The latitude of a Web Mercator y (the inverse of `mercatorY`). */
export const latFromMercatorY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

export type Bounds = [[number, number], [number, number]];

/** Where the map looks, as MapLibre's camera says it (no pitch, no bearing). */
export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** MapLibre's tile size: the whole world is 512 pixels wide at zoom 0. */
const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;
/** The element's map allows these zooms (src/engine/map-engine.ts). */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** The longitude of the copy of the world nearest `centre` (a map panned past the date line shows another copy). */
export const copyNear = (lon: number, centre: number) => lon + 360 * Math.round((centre - lon) / 360);

export const clampLat = (lat: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
/** Longitude and latitude as fractions of the world's width and height, y down, as MapLibre's world coordinates. */
const worldX = (lon: number) => (180 + lon) / 360;
const worldY = (lat: number) => 0.5 - mercatorY(clampLat(lat)) / (2 * Math.PI);
const latFromWorldY = (y: number) => latFromMercatorY((0.5 - y) * 2 * Math.PI);

/**
 * The camera MapLibre's `fitBounds(bounds, { padding })` would choose for a map of this size: the box as large as
 * the room inside the padding allows, centred in that room.
 */
export function cameraForBounds(bounds: Bounds, size: Size, padding: Padding, maxZoom = MAX_ZOOM): Camera {
  const [[west, south], [east, north]] = bounds;
  const x0 = worldX(west);
  const x1 = worldX(east);
  const y0 = worldY(north);
  const y1 = worldY(south);
  const roomX = size.width - padding.left - padding.right;
  const roomY = size.height - padding.top - padding.bottom;
  const fit = Math.min(roomX / ((x1 - x0) * TILE_SIZE), roomY / ((y1 - y0) * TILE_SIZE));
  const zoom = Math.max(MIN_ZOOM, Math.min(maxZoom, MAX_ZOOM, Math.log2(Math.max(fit, 1e-9))));
  const worldSize = TILE_SIZE * 2 ** zoom;
  // The box's middle sits at the room's middle: the map's centre is moved from it by half the padding's imbalance.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / worldSize;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / worldSize;
  return { center: [cx * 360 - 180, latFromWorldY(cy)], zoom };
}

/** Projects longitude and latitude to the map's pixels, as MapLibre does for this camera and size. */
export type Project = (lon: number, lat: number) => [number, number];

export function projector(camera: Camera, size: Size): Project {
  const scale = TILE_SIZE * 2 ** camera.zoom;
  const cx = worldX(camera.center[0]) * scale;
  const cy = worldY(camera.center[1]) * scale;
  return (lon, lat) => [
    size.width / 2 + worldX(lon) * scale - cx,
    size.height / 2 + worldY(lat) * scale - cy,
  ];
}

/** The box of longitudes and latitudes a camera shows inside the padding: what a map of another size would fit. */
export function boundsInView(camera: Camera, size: Size, padding: Padding): Bounds {
  const scale = TILE_SIZE * 2 ** camera.zoom;
  const cx = worldX(camera.center[0]);
  const cy = worldY(camera.center[1]);
  const lonAt = (x: number) => (cx + (x - size.width / 2) / scale) * 360 - 180;
  const latAt = (y: number) => latFromWorldY(cy + (y - size.height / 2) / scale);
  return [
    [lonAt(padding.left), latAt(size.height - padding.bottom)],
    [lonAt(size.width - padding.right), latAt(padding.top)],
  ];
}

/**
 * The camera MapLibre ends at for `jumpTo({ center, zoom, offset })`: the point `center` shown `offset` pixels from
 * the map's middle.
 */
export function cameraWithOffset(center: [number, number], zoom: number, offset: [number, number]): Camera {
  const worldSize = TILE_SIZE * 2 ** zoom;
  const x = worldX(center[0]) - offset[0] / worldSize;
  const y = worldY(center[1]) - offset[1] / worldSize;
  return { center: [x * 360 - 180, latFromWorldY(y)], zoom };
}

/** The camera after the map's content is dragged by `dx`, `dy` pixels (the point under the pointer stays under it). */
export function panCamera(camera: Camera, dx: number, dy: number): Camera {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const x = worldX(camera.center[0]) - dx / worldSize;
  const y = Math.max(0, Math.min(1, worldY(camera.center[1]) - dy / worldSize));
  return {
    center: [((((x * 360 - 180 + 540) % 360) + 360) % 360) - 180, latFromWorldY(y)],
    zoom: camera.zoom,
  };
}

/** The camera zoomed to `zoom` about a point of the map's box, which stays where it is, as MapLibre zooms at the pointer. */
export function zoomCameraAt(camera: Camera, size: Size, point: [number, number], zoom: number): Camera {
  const next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
  const dx = point[0] - size.width / 2;
  const dy = point[1] - size.height / 2;
  const before = TILE_SIZE * 2 ** camera.zoom;
  const after = TILE_SIZE * 2 ** next;
  // The world point under the pointer, then the centre that puts it back under the pointer at the new scale.
  const px = worldX(camera.center[0]) + dx / before;
  const py = worldY(camera.center[1]) + dy / before;
  const x = px - dx / after;
  const y = Math.max(0, Math.min(1, py - dy / after));
  return { center: [x * 360 - 180, latFromWorldY(y)], zoom: next };
}
