import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { Dataset } from '../data/schema';
import type { Selection } from '../data/selection';
import { readAccessor } from './label-items';
import type { LayerSpec, PickedDatum } from './types';

/**
 * What a click on the map selects: the feature under the pointer (an embassy opens its relation, an event's dot
 * that event), else the dataset's country under it, else nothing.
 */
export function selectionFromPick(
  dataset: Dataset,
  picked: PickedDatum | null,
  countryId: string | undefined,
): Selection | null {
  if (picked) {
    switch (picked.kind) {
      case 'flow':
        return { kind: 'flow', id: picked.flow.id };
      case 'actor':
        return { kind: 'actor', id: picked.actor.code };
      case 'relation':
      case 'embassy':
        return { kind: 'relation', id: picked.relation.id };
      case 'event':
        return { kind: 'event', id: picked.event.id };
      case 'change':
        // Two years' figures are no one feature to open: the tooltip says the change, the compare view lists it.
        return null;
    }
  }
  const actor = countryId ? dataset.actors.find((a) => a.isoNumeric === countryId) : undefined;
  return actor ? { kind: 'actor', id: actor.code } : null;
}

/** Beyond its drawn disc, a dot still counts as under the pointer by this much: its antialiased rim. */
const RIM = 1.5;

/**
 * The dot whose disc the pointer is on, nearest centre first, read from the dot layers' specs as deck.gl draws them.
 * deck.gl's picking radius would let a line or a neighbour that is nearer in its picking buffer win at a dot's rim,
 * where the reader sees the dot: its tooltip would name the neighbour. Null when the pointer is on no dot.
 */
export function dotUnder(
  specs: readonly LayerSpec[],
  project: (lon: number, lat: number) => readonly [number, number],
  x: number,
  y: number,
): PickedDatum | null {
  let best: PickedDatum | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const spec of specs) {
    if (spec.type !== 'scatter' || !spec.props.pickable) continue;
    const props = spec.props as unknown as ScatterplotLayerProps<PickedDatum>;
    const data = Array.isArray(props.data) ? (props.data as PickedDatum[]) : [];
    data.forEach((d, i) => {
      const position = readAccessor(props.getPosition, d, i, data, [0, 0]) as ArrayLike<number>;
      const [px, py] = project(position[0] ?? 0, position[1] ?? 0);
      // deck.gl's pixel offset points up the screen.
      const offset = readAccessor(props.getPixelOffset, d, i, data, [0, 0]) as ArrayLike<number>;
      const radius =
        readAccessor(props.getRadius, d, i, data, 1) + readAccessor(props.getLineWidth, d, i, data, 1) / 2;
      const distance = Math.hypot(x - (px + (offset[0] ?? 0)), y - (py - (offset[1] ?? 0)));
      if (distance <= radius + RIM && distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    });
  }
  return best;
}
