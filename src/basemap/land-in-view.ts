import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Dataset } from '../data/schema';
import { copyNear } from '../geo/mercator';
import { highlightIds } from './highlight';
import { type CountriesTopology, countriesFromTopology } from './style';

/** A box of the map, in its pixels. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Project = (lonLat: [number, number]) => { x: number; y: number };

/**
 * Whether any of an actor's land is in a box of the map: a point of its outline inside the box, or the box's centre
 * inside the country (a view zoomed in on it). An edge marker then points at its capital, not at the country: "←
 * Beijing" while China's north-east fills the map, not "← China". Each longitude is taken on the world copy nearest
 * `centreLon`, as the map shows it. False when the basemap has no outline for the actor.
 */
export function landInView(
  topology: CountriesTopology,
  dataset: Dataset,
  code: string,
  project: Project,
  view: Box,
  centreLon: number,
): boolean {
  const iso = dataset.actors.find((a) => a.code === code)?.isoNumeric;
  if (!iso) return false;
  const country = countriesFromTopology(topology, highlightIds(dataset)).features.find((f) => f.id === iso);
  if (!country) return false;
  const outline = outlineOf(country.geometry);
  // The copy of the country nearest the view, as a whole (its rings may run past ±180°).
  const shift = copyNear(outline.midLon, centreLon) - outline.midLon;
  const toScreen = ([lon, lat]: Position) => project([lon! + shift, lat!]);
  // Every pan's frame asks: most countries are off the view altogether, seen from their box's corners.
  const [west, south, east, north] = outline.box;
  const corners = [toScreen([west, north]), toScreen([east, south])];
  const left = Math.min(corners[0]!.x, corners[1]!.x);
  const right = Math.max(corners[0]!.x, corners[1]!.x);
  const top = Math.min(corners[0]!.y, corners[1]!.y);
  const bottom = Math.max(corners[0]!.y, corners[1]!.y);
  if (right < view.left || left > view.right || bottom < view.top || top > view.bottom) return false;
  const screen = outline.rings.map((ring) => ring.map(toScreen));
  const inside = (p: { x: number; y: number }) =>
    p.x >= view.left && p.x <= view.right && p.y >= view.top && p.y <= view.bottom;
  if (screen.some((ring) => ring.some(inside))) return true;
  const centre = { x: (view.left + view.right) / 2, y: (view.top + view.bottom) / 2 };
  return screen.some((ring) => contains(ring, centre));
}

/** A country's outer rings, thinned to at most this many points each: enough to tell whether it is in view. */
const MAX_POINTS = 240;

interface Outline {
  rings: Position[][];
  box: [number, number, number, number];
  midLon: number;
}

const outlines = new WeakMap<Polygon | MultiPolygon, Outline>();

function outlineOf(geometry: Polygon | MultiPolygon): Outline {
  const known = outlines.get(geometry);
  if (known) return known;
  const rings = polygonsOf(geometry)
    .map((rings) => rings[0] ?? [])
    .map((ring) => {
      const step = Math.ceil(ring.length / MAX_POINTS);
      return step <= 1 ? ring : ring.filter((_, i) => i % step === 0);
    });
  const lons = rings.flatMap((ring) => ring.map((p) => p[0]!));
  const lats = rings.flatMap((ring) => ring.map((p) => p[1]!));
  const box: Outline['box'] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  const made = { rings, box, midLon: (box[0] + box[2]) / 2 };
  outlines.set(geometry, made);
  return made;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Even-odd rule on a closed ring. */
function contains(ring: ReadonlyArray<{ x: number; y: number }>, p: { x: number; y: number }): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
