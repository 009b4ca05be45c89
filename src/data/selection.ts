/** What the reader picked on the map: a country, a flow, a relation or an event, and how a pick follows the year. */
import type { Dataset } from './schema';
import { flowsForYear, relationsForYear } from './selectors';

export type SelectionKind = 'actor' | 'flow' | 'relation' | 'event';
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export function selectionExists(dataset: Dataset, selection: Selection): boolean {
  switch (selection.kind) {
    case 'actor':
      return dataset.actors.some((a) => a.code === selection.id);
    case 'flow':
      return dataset.flows.some((f) => f.id === selection.id);
    case 'relation':
      return dataset.relations.some((r) => r.id === selection.id);
    case 'event':
      return dataset.events.some((e) => e.id === selection.id);
  }
}

/** Whether two selections name the same feature. */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}

/**
 * A flow or relation belongs to one year: after a year change, the same pair's one in the new year, or nothing.
 * A country stays selected; an event (of one date) does not.
 */
export function followSelectionToYear(
  dataset: Dataset,
  selection: Selection | null,
  year: number,
): Selection | null {
  if (!selection || selection.kind === 'actor') return selection;
  if (selection.kind === 'flow') {
    const flow = dataset.flows.find((f) => f.id === selection.id);
    const match =
      flow &&
      flowsForYear(dataset, year).find(
        (f) => f.from === flow.from && f.to === flow.to && f.type === flow.type,
      );
    return match ? { kind: 'flow', id: match.id } : null;
  }
  if (selection.kind === 'relation') {
    const relation = dataset.relations.find((r) => r.id === selection.id);
    const match =
      relation && relationsForYear(dataset, year).find((r) => r.between.join() === relation.between.join());
    return match ? { kind: 'relation', id: match.id } : null;
  }
  return null;
}
