import type { Dataset } from '../data/schema';
import { capitalData, dotRadius, labelSize, labelText } from './capitals';
import { eventData, PLACE_LABEL_SIZE, placeLabelId, placeName } from './events';
import { type Box, type Placement, placeLabels } from './label-placement';
import type { LayerToken } from './types';

/** The labels' font, as the map and the picture draw it. */
export const LABEL_FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** The labels' halo and rounding: a little more room than the text's own width. */
const HALO = 3;

/** A text's width in pixels at a size, in the labels' font (weight 600). */
export type Measure = (text: string, size: number) => number;

/** A guess at a text's width where no canvas can measure it (a build in Node): wide enough not to overlap. */
export const roughMeasure: Measure = (text, size) => text.length * size * 0.62;

/**
 * Where each capital's label goes on a map seen through `project`, clear of the other labels, of every dot and of
 * the obstacles, and if it can of the events' dots (when drawn): the map's labels and the static picture's alike.
 */
export function placeCapitalLabels(
  dataset: Dataset,
  year: number,
  layers: ReadonlySet<LayerToken>,
  project: (lonLat: readonly [number, number]) => { x: number; y: number },
  measure: Measure,
  bounds: Box,
  obstacles: readonly Box[],
  /** Events whose places are named (a story step's pick): beside their dots, after the focus capital's name. */
  places: readonly string[] = [],
): Map<string, Placement | null> {
  const requests = capitalData(dataset, year).map((c) => {
    const p = project(c.position);
    const size = labelSize(c);
    return {
      id: c.id,
      x: p.x,
      y: p.y,
      width: measure(labelText(c), size) + 2 * HALO,
      height: size * 1.25 + HALO,
      radius: dotRadius(c) + 1,
      priority: (c.isFocus ? 100 : 0) + (c.hasFigure ? 10 : 0) + (c.undrawn.length > 0 ? 5 : 0),
      keep: c.isFocus,
    };
  });
  // The events' dots too, when they are drawn: a name over a dot would hide what the dot is.
  const events = layers.has('events') ? eventData(dataset, year) : [];
  const dots = events.map((d) => {
    const p = project(d.position);
    const x = p.x + d.offset[0];
    const y = p.y + d.offset[1];
    return { left: x - d.radius, top: y - d.radius, right: x + d.radius, bottom: y + d.radius };
  });
  const placeRequests = places.flatMap((id) => {
    const d = events.find((e) => e.id === id);
    if (!d) return [];
    const p = project(d.position);
    return [
      {
        id: placeLabelId(id),
        x: p.x + d.offset[0],
        y: p.y + d.offset[1],
        width: measure(placeName(d.event), PLACE_LABEL_SIZE) + 2 * HALO,
        height: PLACE_LABEL_SIZE * 1.25 + HALO,
        radius: d.radius + 1,
        priority: 50,
      },
    ];
  });
  return placeLabels([...requests, ...placeRequests], obstacles, bounds, dots);
}
