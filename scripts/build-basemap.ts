/**
 * Builds geo/countries-story.json, the basemap the map loads: Natural Earth 1:50m for the countries of the story's
 * region (and for small countries that 1:110m leaves out), 1:110m for the rest of the world, one quantised
 * TopoJSON. The region is where the first view and most panning happen; elsewhere, at the zooms a reader gets to
 * from there, 1:110m is enough, and the file is about half the size of 1:50m everywhere.
 *
 *   npx tsx scripts/build-basemap.ts          writes the file
 *   npx tsx scripts/build-basemap.ts --check  exits 1 when the file is not what the script would write
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Position = [number, number];
interface Transform {
  scale: [number, number];
  translate: [number, number];
}
interface Geometry {
  type: 'Polygon' | 'MultiPolygon' | string;
  id?: string;
  properties?: Record<string, unknown>;
  arcs?: number[][] | number[][][];
}
interface Topology {
  type: 'Topology';
  bbox?: number[];
  transform: Transform;
  objects: Record<string, { type: 'GeometryCollection'; geometries: Geometry[] }>;
  arcs: Position[][];
}

/** Longitude and latitude bounds of the story's region, with a margin for panning around it. */
export const DETAIL_REGION = { west: 85, south: -15, east: 150, north: 55 } as const;
/** Quantisation steps across the world: about 0.0036° (400 m) in longitude, finer than 1:50m needs. */
const QUANTIZATION = 100_000;
const OUTPUT = 'geo/countries-story.json';

function decodeArcs(topology: Topology): Position[][] {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Position;
    });
  });
}

const arcIndex = (i: number) => (i < 0 ? ~i : i);

function ringsOf(g: Geometry): number[][] {
  if (g.type === 'Polygon') return g.arcs as number[][];
  if (g.type === 'MultiPolygon') return (g.arcs as number[][][]).flat();
  return [];
}

function intersectsRegion(g: Geometry, arcs: Position[][]): boolean {
  for (const ring of ringsOf(g))
    for (const i of ring)
      for (const [lon, lat] of arcs[arcIndex(i)]!)
        if (
          lon >= DETAIL_REGION.west &&
          lon <= DETAIL_REGION.east &&
          lat >= DETAIL_REGION.south &&
          lat <= DETAIL_REGION.north
        )
          return true;
  return false;
}

export function buildStoryBasemap(fine: Topology, coarse: Topology): Topology {
  const fineArcs = decodeArcs(fine);
  const coarseArcs = decodeArcs(coarse);
  const coarseById = new Map(coarse.objects.countries!.geometries.map((g) => [g.id, g]));
  const arcs: Position[][] = [];
  const remap = new Map<string, number>();
  const take = (source: 'fine' | 'coarse', i: number): number => {
    const key = `${source}:${arcIndex(i)}`;
    let index = remap.get(key);
    if (index === undefined) {
      index = arcs.length;
      arcs.push((source === 'fine' ? fineArcs : coarseArcs)[arcIndex(i)]!);
      remap.set(key, index);
    }
    return i < 0 ? ~index : index;
  };
  const geometries: Geometry[] = [];
  // Which 1:50m countries use each 1:50m arc, to find the borders between a detailed and a simplified country.
  const users = new Map<number, Geometry[]>();
  for (const g of fine.objects.countries!.geometries)
    for (const ring of ringsOf(g))
      for (const i of ring) {
        const list = users.get(arcIndex(i)) ?? [];
        list.push(g);
        users.set(arcIndex(i), list);
      }
  const detailedIds = new Set<string | undefined>();
  for (const g of fine.objects.countries!.geometries) {
    // Antarctica is never drawn.
    if (g.id === '010') continue;
    const simple = g.id === undefined ? undefined : coarseById.get(g.id);
    const detailed = !simple || intersectsRegion(g, fineArcs);
    if (detailed) detailedIds.add(g.id);
    const chosen = detailed ? g : simple;
    const source = detailed ? 'fine' : 'coarse';
    const mapRing = (ring: number[]) => ring.map((i) => take(source, i));
    const out: Geometry = { type: chosen.type, id: g.id, properties: g.properties };
    if (chosen.type === 'Polygon') out.arcs = (chosen.arcs as number[][]).map(mapRing);
    else if (chosen.type === 'MultiPolygon')
      out.arcs = (chosen.arcs as number[][][]).map((p) => p.map(mapRing));
    else continue;
    geometries.push(out);
  }

  // A border between a detailed and a simplified country is no longer one shared arc, so a mesh of shared arcs
  // would leave it out: the detailed side is kept as a line of its own.
  const frontier: number[][] = [];
  for (const [i, list] of users) {
    if (list.length < 2) continue;
    const sides = new Set(list.map((g) => g.id !== '010' && detailedIds.has(g.id)));
    if (sides.size === 2) frontier.push([take('fine', i)]);
  }

  // One quantisation for both sources; consecutive points that fall on the same step are dropped.
  const west = -180;
  const south = -90;
  const scale: [number, number] = [360 / (QUANTIZATION - 1), 180 / (QUANTIZATION - 1)];
  const quantized = arcs.map((arc) => {
    const out: Position[] = [];
    let px = Number.NaN;
    let py = Number.NaN;
    for (const [lon, lat] of arc) {
      const qx = Math.round((lon - west) / scale[0]);
      const qy = Math.round((lat - south) / scale[1]);
      if (qx === px && qy === py) continue;
      out.push([qx, qy]);
      px = qx;
      py = qy;
    }
    // An arc keeps its two ends, even when they quantise to one point, so rings stay closed.
    if (out.length === 1) out.push([...out[0]!] as Position);
    let lx = 0;
    let ly = 0;
    return out.map(([x, y]) => {
      const d: Position = [x - lx, y - ly];
      lx = x;
      ly = y;
      return d;
    });
  });
  return {
    type: 'Topology',
    bbox: [-180, -90, 180, 90],
    transform: { scale, translate: [west, south] },
    objects: {
      countries: { type: 'GeometryCollection', geometries },
      frontier: { type: 'GeometryCollection', geometries: [{ type: 'MultiLineString', arcs: frontier }] },
    },
    arcs: quantized,
  };
}

function main(): void {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const topology = buildStoryBasemap(read('geo/countries-50m.json'), read('geo/countries-110m.json'));
  const text = `${JSON.stringify(topology)}\n`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run npx tsx scripts/build-basemap.ts`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date`);
    return;
  }
  writeFileSync(OUTPUT, text);
  const detailed = topology.objects.countries!.geometries.length;
  console.log(`${OUTPUT}: ${detailed} countries, ${topology.arcs.length} arcs, ${text.length} bytes`);
}

if (process.argv[1]?.endsWith('build-basemap.ts')) main();
