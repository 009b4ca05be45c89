/** Pixel counting for screenshots, shared by the browser-mode and end-to-end tests. */
export interface Pixels {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

export type RGB = [number, number, number];

export function hexToRgb(hex: string): RGB {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Pixels within `tolerance` (per channel) of a colour, optionally inside a box. */
export function countNear(
  image: Pixels,
  color: RGB,
  tolerance: number,
  box = { x0: 0, y0: 0, x1: image.width, y1: image.height },
): number {
  let count = 0;
  const { data, width } = image;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * width + x) * 4;
      if (
        Math.abs(data[i]! - color[0]) <= tolerance &&
        Math.abs(data[i + 1]! - color[1]) <= tolerance &&
        Math.abs(data[i + 2]! - color[2]) <= tolerance
      ) {
        count++;
      }
    }
  }
  return count;
}

/** Pixels whose colour differs by more than `threshold` (sum over channels) between two images of one size. */
export function countDifferent(a: Pixels, b: Pixels, threshold = 60): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > threshold) count++;
  }
  return count;
}

/** Pixels whose hue is close to a colour's and clearly saturated: robust to blending with the basemap below. */
export function countHue(image: Pixels, color: RGB, hueTolerance = 18, minSaturation = 0.35): number {
  return huePixels(image, color, hueTolerance, minSaturation).length;
}

/** The coordinates of the pixels `countHue` counts. */
export function huePixels(
  image: Pixels,
  color: RGB,
  hueTolerance = 18,
  minSaturation = 0.35,
): Array<[number, number]> {
  const target = hue(color);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < image.data.length; i += 4) {
    const c: RGB = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    if (saturation(c) < minSaturation) continue;
    const d = Math.abs(hue(c) - target);
    if (Math.min(d, 360 - d) <= hueTolerance)
      out.push([(i / 4) % image.width, Math.floor(i / 4 / image.width)]);
  }
  return out;
}

function hue([r, g, b]: RGB): number {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return 0;
  const d = max - min;
  let h: number;
  if (max === r) h = ((g - b) / d) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

function saturation([r, g, b]: RGB): number {
  const max = Math.max(r, g, b);
  return max === 0 ? 0 : (max - Math.min(r, g, b)) / max;
}
