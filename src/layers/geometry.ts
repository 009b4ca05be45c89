import { latFromMercatorY, mercatorY } from '../geo/mercator';
export type LonLat = [number, number];

/**
 * Picks the copy of `to` (shifted by ±360°) closest to `from`, so a line from Pyongyang to Washington crosses the
 * Pacific instead of running the long way round the world.
 */
export function nearestCopy(from: LonLat, to: LonLat): LonLat {
  let lon = to[0];
  while (lon - from[0] > 180) lon -= 360;
  while (lon - from[0] < -180) lon += 360;
  return [lon, to[1]];
}

/** The point a fraction `t` of the way from `from` to `to`, on the straight line of a Web Mercator map. */
export function alongMercator(from: LonLat, to: LonLat, t: number): LonLat {
  const y0 = mercatorY(from[1]);
  const y1 = mercatorY(to[1]);
  return [from[0] + (to[0] - from[0]) * t, latFromMercatorY(y0 + (y1 - y0) * t)];
}

/**
 * Splits a line into dashes: `count` pieces with `count - 1` gaps between them, each dash `fill` of its period, so
 * the first dash starts at `from` and the last ends at `to`: a dotted line reaches both capitals at any zoom. Points
 * are spaced in Web Mercator, so the dashes lie on the same straight screen line that a solid LineLayer draws.
 */
export function dashes(from: LonLat, to: LonLat, count: number, fill: number): Array<[LonLat, LonLat]> {
  const out: Array<[LonLat, LonLat]> = [];
  const at = (t: number) => alongMercator(from, to, t);
  const period = 1 / (count - 1 + fill);
  for (let i = 0; i < count; i++) {
    const start = i * period;
    out.push([at(start), at(Math.min(1, start + fill * period))]);
  }
  return out;
}
