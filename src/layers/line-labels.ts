import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { Measure } from './capital-labels';
import { type LabelItem, labelItems, readAccessor as read } from './label-items';
import { type Box, overlaps } from './label-placement';
import type { LabelDatum, LayerSpec, Texts } from './types';

type Project = (lon: number, lat: number) => readonly [number, number];

/** Nudges tried, best first, in pixels (y down): on the spot, above, below, further, then aside. */
const NUDGES: ReadonlyArray<readonly [number, number]> = [
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

/** The box a label takes, from its anchor and baseline, with a little room around it. */
function labelBox(l: Pick<LabelItem, 'x' | 'y' | 'size' | 'anchor' | 'baseline'>, width: number): Box {
  const left = l.anchor === 'start' ? l.x : l.anchor === 'middle' ? l.x - width / 2 : l.x - width;
  const height = l.size * 1.2;
  const top = l.baseline === 'top' ? l.y : l.baseline === 'center' ? l.y - height / 2 : l.y - height;
  return { left: left - 2, right: left + width + 2, top, bottom: top + height };
}

/** The dots of every scatter layer, as boxes. */
function dotBoxes(specs: readonly LayerSpec[], project: Project): Box[] {
  const out: Box[] = [];
  for (const spec of specs) {
    if (spec.type !== 'scatter') continue;
    const p = spec.props as ScatterplotLayerProps<unknown>;
    const data = Array.isArray(p.data) ? (p.data as unknown[]) : [];
    data.forEach((d, i) => {
      const position = read(p.getPosition, d, i, data, [0, 0]) as ArrayLike<number>;
      const offset = read(p.getPixelOffset, d, i, data, [0, 0]) as ArrayLike<number>;
      const [x, y] = project(position[0] ?? 0, position[1] ?? 0);
      const r = Math.min(12, read(p.getRadius, d, i, data, 4)) + 1;
      const cx = x + (offset[0] ?? 0);
      const cy = y - (offset[1] ?? 0);
      out.push({ left: cx - r, right: cx + r, top: cy - r, bottom: cy + r });
    });
  }
  return out;
}

/**
 * Labels that stand on lines rather than beside dots (a change's "−37%" on its arc), moved off the capitals' names,
 * the dots and one another: each to the first nearby spot that is free, else where it was. The capitals' labels
 * are placed first (src/layers/capital-labels.ts) and never move for them, nor do `obstacles` (the live map's edge
 * markers). The same for a picture and the live map.
 */
export function settleLineLabels(
  specs: readonly LayerSpec[],
  project: Project,
  measure: Measure,
  obstacles: () => readonly Box[] = () => [],
): LayerSpec[] {
  const lineTexts = (s: LayerSpec) => s.type === 'text' && s.props.id !== 'capital-labels';
  if (!specs.some(lineTexts)) return [...specs];
  const boxes = [...obstacles(), ...dotBoxes(specs, project)];
  for (const spec of specs)
    if (spec.type === 'text' && !lineTexts(spec))
      for (const l of labelItems(spec, project)) boxes.push(labelBox(l, measure(l.text, l.size)));
  return specs.map((spec) => {
    if (!lineTexts(spec)) return spec;
    const props = spec.props as Texts<LabelDatum>['props'];
    const data = Array.isArray(props.data) ? (props.data as LabelDatum[]) : [];
    const items = labelItems(spec, project);
    const settled = data.map((d, i) => {
      const item = items[i]!;
      const width = measure(item.text, item.size);
      for (const [dx, dy] of NUDGES) {
        const box = labelBox({ ...item, x: item.x + dx, y: item.y + dy }, width);
        if (boxes.some((b) => overlaps(b, box))) continue;
        boxes.push(box);
        return dx === 0 && dy === 0
          ? d
          : { ...d, offset: [d.offset[0] + dx, d.offset[1] + dy] as [number, number] };
      }
      boxes.push(labelBox(item, width));
      return d;
    });
    return { ...spec, props: { ...props, data: settled } } as LayerSpec;
  });
}
