import type { Position } from 'geojson';

/**
 * Natural Earth rings that cross the antimeridian (Fiji, eastern Russia) jump from +180 to -180 within one ring.
 * Drawn as they are, the jump becomes a line across the whole world. Shifting the points after each jump by 360
 * makes the ring continuous; MapLibre wraps longitudes beyond 180 onto the neighbouring world copy.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  let offset = 0;
  const out: Position[] = [];
  let previousLon: number | undefined;
  for (const point of ring) {
    const lon = point[0]!;
    if (previousLon !== undefined) {
      const step = lon - previousLon;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previousLon = lon;
    out.push(offset === 0 ? [...point] : [lon + offset, ...point.slice(1)]);
  }
  return out;
}

/** True when a ring has a step of more than 180° of longitude between two points. */
export function crossesAntimeridian(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > 180) return true;
  }
  return false;
}
