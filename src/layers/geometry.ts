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

/** Splits a straight line into dashes: `count` pieces, each covering `fill` of its share of the length. */
export function dashes(from: LonLat, to: LonLat, count: number, fill: number): Array<[LonLat, LonLat]> {
  const out: Array<[LonLat, LonLat]> = [];
  const at = (t: number): LonLat => [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
  for (let i = 0; i < count; i++) {
    const start = i / count;
    out.push([at(start), at(start + fill / count)]);
  }
  return out;
}
