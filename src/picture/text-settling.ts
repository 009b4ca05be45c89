import type { Measure } from '../layers/capital-labels';
import { readAccessor as read } from '../layers/label-items';
import { type Box, overlaps, type Placement } from '../layers/label-placement';
import type { LabelDatum, LayerSpec, Texts } from '../layers/types';
import type { Projector } from './svg-layers';

/** Nudges tried, best first, in pixels (y down): on the spot, above, below, then further, then aside. */
const NUDGES: ReadonlyArray<[number, number]> = [
  [0, 0],
  [0, -13],
  [0, 13],
  [0, -26],
  [0, 26],
  [-36, 0],
  [36, 0],
  [-36, -13],
  [36, -13],
  [-36, 13],
  [36, 13],
  [0, -39],
  [0, 39],
];

/** A centred label's box at a point, with a little room around it. */
function boxAt(x: number, y: number, width: number, size: number): Box {
  return { left: x - width / 2 - 2, right: x + width / 2 + 2, top: y - size * 0.65, bottom: y + size * 0.65 };
}

/**
 * Labels that stand on lines rather than beside dots (a change's "−37%" on its arc) moved off the capitals' names
 * and dots and off one another, for a picture drawn once: each goes to the first nearby spot that is free, or
 * stays where it was. The capitals' labels are placed first and never move for them.
 */
export function settleLineLabels(
  specs: readonly LayerSpec[],
  project: Projector,
  measure: Measure,
  taken: { placements: Iterable<Placement | null>; dots: ReadonlyArray<[number, number]> },
): LayerSpec[] {
  const boxes: Box[] = [];
  for (const p of taken.placements) if (p) boxes.push(p.box);
  for (const [x, y] of taken.dots) boxes.push({ left: x - 6, right: x + 6, top: y - 6, bottom: y + 6 });
  return specs.map((spec) => {
    if (spec.type !== 'text' || spec.props.id === 'capital-labels') return spec;
    const props = spec.props as Texts<LabelDatum>['props'];
    const data = Array.isArray(props.data) ? (props.data as LabelDatum[]) : [];
    const settled = data.map((d, i) => {
      const [x, y] = project(d.position[0], d.position[1]);
      const size = read(props.getSize, d, i, data, 12);
      const width = measure(d.text, size);
      for (const [dx, dy] of NUDGES) {
        const box = boxAt(x + dx, y + dy, width, size);
        if (boxes.some((b) => overlaps(b, box))) continue;
        boxes.push(box);
        return { ...d, offset: [d.offset[0] + dx, d.offset[1] + dy] as [number, number] };
      }
      boxes.push(boxAt(x, y, width, size));
      return d;
    });
    return { ...spec, props: { ...props, data: settled } } as LayerSpec;
  });
}
