import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Dataset } from '../data/schema';
import { actorIndex, type FlowRole, flowRole, flowsForYear } from '../data/selectors';
import type { WidthScale } from '../layers/scales';

/**
 * The map as a static SVG picture, for browsers without WebGL: the same data, the same Web Mercator projection and
 * the same framing, drawn with plain paths. Geometry only; the element renders it, so every string stays text.
 */
export interface StaticMapModel {
  width: number;
  height: number;
  countries: Array<{ d: string; role: 'focus' | 'partner' | 'other' }>;
  arcs: Array<{ d: string; role: FlowRole; width: number; title: string }>;
  capitals: Array<{ x: number; y: number; name: string; focus: boolean }>;
}

interface CountryProps {
  role: 'focus' | 'partner' | 'other';
}

export type Bounds = [[number, number], [number, number]];

const mercatorY = (lat: number) =>
  Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));

/** A Web Mercator projection that fits `bounds` into a width × height box with a margin. */
export function fitMercator(bounds: Bounds, width: number, height: number, margin = 12) {
  const [[west, south], [east, north]] = bounds;
  const x0 = (west * Math.PI) / 180;
  const x1 = (east * Math.PI) / 180;
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const scale = Math.min((width - 2 * margin) / (x1 - x0), (height - 2 * margin) / (y1 - y0));
  const offsetX = (width - (x1 - x0) * scale) / 2;
  const offsetY = (height - (y0 - y1) * scale) / 2;
  return (lon: number, lat: number): [number, number] => [
    offsetX + ((lon * Math.PI) / 180 - x0) * scale,
    offsetY + (y0 - mercatorY(lat)) * scale,
  ];
}

function ringPath(ring: Position[], project: (lon: number, lat: number) => [number, number]): string {
  let d = '';
  ring.forEach((p, i) => {
    const [x, y] = project(p[0]!, p[1]!);
    d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  });
  return `${d}Z`;
}

function overlaps(rings: Position[][], bounds: Bounds, pad: number): boolean {
  const [[west, south], [east, north]] = bounds;
  for (const ring of rings) {
    for (const p of ring) {
      if (p[0]! >= west - pad && p[0]! <= east + pad && p[1]! >= south - pad && p[1]! <= north + pad)
        return true;
    }
  }
  return false;
}

export function staticMapModel(
  dataset: Dataset,
  year: number,
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps> | undefined,
  options: { width: number; height: number; bounds: Bounds; widthScale: WidthScale },
): StaticMapModel {
  const { width, height, bounds } = options;
  const project = fitMercator(bounds, width, height);
  const out: StaticMapModel = { width, height, countries: [], arcs: [], capitals: [] };
  for (const f of countries?.features ?? []) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const visible = polygons.filter((rings) => overlaps(rings, bounds, 15));
    if (visible.length === 0) continue;
    out.countries.push({
      d: visible.map((rings) => rings.map((ring) => ringPath(ring, project)).join('')).join(''),
      role: f.properties.role,
    });
  }
  const actors = actorIndex(dataset);
  for (const flow of flowsForYear(dataset, year)) {
    const from = actors.get(flow.from);
    const to = actors.get(flow.to);
    if (!from || !to) continue;
    const [x0, y0] = project(from.capital.lon, from.capital.lat);
    const [x1, y1] = project(to.capital.lon, to.capital.lat);
    // Bend to the right of the direction of travel, as the WebGL arcs do, so two directions stay apart.
    const bend = 0.25;
    const cx = (x0 + x1) / 2 - (y1 - y0) * bend;
    const cy = (y0 + y1) / 2 + (x1 - x0) * bend;
    out.arcs.push({
      d: `M${x0.toFixed(1)},${y0.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${x1.toFixed(1)},${y1.toFixed(1)}`,
      role: flowRole(flow, dataset.focus),
      width: options.widthScale(flow.valueUsd),
      title: `${from.name} – ${to.name}`,
    });
  }
  for (const actor of dataset.actors) {
    const [x, y] = project(actor.capital.lon, actor.capital.lat);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    out.capitals.push({ x, y, name: actor.capital.name, focus: actor.code === dataset.focus });
  }
  return out;
}
