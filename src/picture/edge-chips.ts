import type { Dataset } from '../data/schema';
import { edgeMarkers } from '../geo/edge-markers';
import type { Measure } from '../layers/capital-labels';
import { nearestCopy } from '../layers/geometry';

/** A country off a picture, named on a chip where its line leaves the picture: "United States →". */
export interface EdgeChip {
  code: string;
  text: string;
  /** The chip's box, in the picture's pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

const CHIP_HEIGHT = 20;

/**
 * The countries off a picture (an image or a printout of the map), each named on a chip at the point where the line
 * from the focus country leaves it, as the map names them at its edge: on paper or in a file, a line running off the
 * edge would otherwise lead nowhere a reader can see. Chips are drawn over the line, so it never strikes them through.
 */
export function edgeChips(
  dataset: Dataset,
  project: (lon: number, lat: number) => readonly [number, number],
  size: { width: number; height: number },
  measure: Measure,
): EdgeChip[] {
  const focus = dataset.actors.find((a) => a.code === dataset.focus);
  if (!focus) return [];
  const from: [number, number] = [focus.capital.lon, focus.capital.lat];
  const [fx, fy] = project(...from);
  const inset = 6;
  const view = { left: inset, top: inset, right: size.width - inset, bottom: size.height - inset };
  const actors = dataset.actors
    .filter((a) => a.code !== dataset.focus)
    .map((a) => {
      const [x, y] = project(...nearestCopy(from, [a.capital.lon, a.capital.lat]));
      return { code: a.code, name: a.name, x, y };
    })
    .filter((a) => a.x < 0 || a.x > size.width || a.y < 0 || a.y > size.height);
  return edgeMarkers(view, { x: fx, y: fy }, actors).map((m) => {
    const leading = m.arrow === '←' || m.arrow === '↖' || m.arrow === '↙';
    const text = leading ? `${m.arrow} ${m.name}` : `${m.name} ${m.arrow}`;
    const width = measure(text, 12) + 12;
    const height = CHIP_HEIGHT;
    const x0 = m.side === 'right' ? m.x - width : m.side === 'left' ? m.x : m.x - width / 2;
    const y0 = m.side === 'bottom' ? m.y - height : m.side === 'top' ? m.y : m.y - height / 2;
    return {
      code: m.code,
      text,
      x: Math.min(view.right - width, Math.max(view.left, x0)),
      y: Math.min(view.bottom - height, Math.max(view.top, y0)),
      width,
      height,
    };
  });
}
