import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { type Camera, type Project, projector, type Size } from '../geo/mercator';

/**
 * The basemap as SVG paths, in the same Web Mercator projection and camera as the MapLibre map: the static picture
 * (first frame, print, SVG export, posters, no WebGL) is drawn over the same coastlines the WebGL map shows.
 */

/** The shift (a multiple of 360°) that brings a shape's longitude into the world copy the camera looks at. */
const copyShift = (lon: number, centerLon: number) => 360 * Math.round((centerLon - lon) / 360);

/** Points closer than this (pixels) to the last one kept add nothing a reader can see. */
const MIN_STEP = 0.8;
/**
 * Off the picture by more than OUTSIDE pixels, a shape is kept only to close its outline: points there are thinned
 * to one every OUTSIDE_STEP pixels, an error that cannot reach the picture.
 */
const OUTSIDE = 40;
const OUTSIDE_STEP = 15;

/**
 * A line through the points in relative steps of a tenth of a pixel, leaving out points too close to the last one
 * kept (and, far off the picture, most of them): a poster's coastlines in tens of kilobytes, not hundreds.
 */
function linePath(
  points: readonly Position[],
  project: Project,
  shift: number,
  size: Size,
  close: boolean,
): string {
  // Written in tenths of a pixel, as integers: relative steps then add up exactly to each true position.
  let d = '';
  let lastX = 0;
  let lastY = 0;
  let lastOutside = false;
  const minStep = MIN_STEP * 10;
  const outsideStep = OUTSIDE_STEP * 10;
  const [left, top] = [-OUTSIDE * 10, -OUTSIDE * 10];
  const right = (size.width + OUTSIDE) * 10;
  const bottom = (size.height + OUTSIDE) * 10;
  const last = points.length - 1;
  for (let i = 0; i <= last; i++) {
    const p = points[i]!;
    const xy = project(p[0]! + shift, p[1]!);
    const x = Math.round(xy[0] * 10);
    const y = Math.round(xy[1] * 10);
    const outside = x < left || y < top || x > right || y > bottom;
    const step = outside && lastOutside ? outsideStep : minStep;
    if (i > 0 && i < last && Math.abs(x - lastX) < step && Math.abs(y - lastY) < step) continue;
    d += i === 0 ? `M${x / 10} ${y / 10}` : `l${(x - lastX) / 10} ${(y - lastY) / 10}`;
    lastX = x;
    lastY = y;
    lastOutside = outside;
  }
  return close ? `${d}Z` : d;
}

/**
 * Whether a shape comes within `margin` pixels of the picture, and is more than a speck: its longitude and latitude
 * box projected (Web Mercator keeps a box a box), so shapes out of view cost no projection of their points.
 */
function inView(
  points: readonly Position[],
  project: Project,
  shift: number,
  size: Size,
  margin = 20,
): boolean {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const p of points) {
    const lon = p[0]!;
    const lat = p[1]!;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  const [left, top] = project(west + shift, north);
  const [right, bottom] = project(east + shift, south);
  if (right - left < 1 && bottom - top < 1) return false;
  return right >= -margin && left <= size.width + margin && bottom >= -margin && top <= size.height + margin;
}

export interface LandPath {
  d: string;
  role: 'focus' | 'partner' | 'other';
}

/** The countries in view as one path each (its polygons in the copy of the world in view), by role for colour. */
export function landPaths(
  countries: FeatureCollection<Polygon | MultiPolygon, { role: LandPath['role'] }>,
  camera: Camera,
  size: Size,
): LandPath[] {
  const project = projector(camera, size);
  const out: LandPath[] = [];
  for (const f of countries.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let d = '';
    for (const rings of polygons) {
      const outer = rings[0];
      if (!outer?.length) continue;
      const shift = copyShift(outer[0]![0]!, camera.center[0]);
      if (!inView(outer, project, shift, size)) continue;
      for (const ring of rings)
        if (inView(ring, project, shift, size)) d += linePath(ring, project, shift, size, true);
    }
    if (d) out.push({ d, role: f.properties.role });
  }
  return out;
}

/** The land borders in view as one path. */
export function borderPath(borders: MultiLineString, camera: Camera, size: Size): string {
  const project = projector(camera, size);
  let d = '';
  for (const line of borders.coordinates) {
    if (line.length < 2) continue;
    const shift = copyShift(line[0]![0]!, camera.center[0]);
    if (inView(line, project, shift, size, 2)) d += linePath(line, project, shift, size, false);
  }
  return d;
}

/** The borders' width at a zoom, as the basemap style's `line-width` interpolates it. */
export function borderWidth(zoom: number): number {
  const t = Math.max(0, Math.min(1, (zoom - 1) / 5));
  return 0.4 + t * 0.8;
}
