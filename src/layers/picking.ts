import type { Dataset } from '../data/schema';
import type { Selection } from '../data/selection';
import type { PickedDatum } from './types';

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
    }
  }
  const actor = countryId ? dataset.actors.find((a) => a.isoNumeric === countryId) : undefined;
  return actor ? { kind: 'actor', id: actor.code } : null;
}
