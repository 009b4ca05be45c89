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
  const polygons = polygonsOf(country.geometry);
  const screen = polygons.map((rings) =>
    rings.map((ring) => ring.map(([lon, lat]) => project([copyNear(lon!, centreLon), lat!]))),
  );
  const inside = (p: { x: number; y: number }) =>
    p.x >= view.left && p.x <= view.right && p.y >= view.top && p.y <= view.bottom;
  if (screen.some((rings) => rings[0]?.some(inside))) return true;
  const centre = { x: (view.left + view.right) / 2, y: (view.top + view.bottom) / 2 };
  return screen.some((rings) => rings[0] !== undefined && contains(rings[0], centre));
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
