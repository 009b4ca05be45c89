import type { Actor, Dataset, Flow, Gap, Relation, RelationsEvent, Source } from './schema';

export type Direction = 'both' | 'exports' | 'imports';
export const directions: readonly Direction[] = ['both', 'exports', 'imports'];

/** What a flow means for the focus country: its exports, its imports, or two-way trade. */
export type FlowRole = 'exports' | 'imports' | 'total';

export function flowRole(flow: Flow, focus: string): FlowRole {
  if (flow.type === 'total') return 'total';
  return flow.from === focus ? 'exports' : 'imports';
}

export function yearsOf(dataset: Dataset): number[] {
  return dataset.years.map((y) => y.year);
}

export function latestYear(dataset: Dataset): number {
  return Math.max(...yearsOf(dataset));
}

// A validated dataset is never changed in place, so its lookups are built once: text and table functions ask for
// them per flow and per row.
const actorIndexes = new WeakMap<Dataset, ReadonlyMap<string, Actor>>();
const sourceIndexes = new WeakMap<Dataset, ReadonlyMap<string, Source>>();

export function actorIndex(dataset: Dataset): ReadonlyMap<string, Actor> {
  let index = actorIndexes.get(dataset);
  if (!index) {
    index = new Map(dataset.actors.map((a) => [a.code, a]));
    actorIndexes.set(dataset, index);
  }
  return index;
}

export function sourceIndex(dataset: Dataset): ReadonlyMap<string, Source> {
  let index = sourceIndexes.get(dataset);
  if (!index) {
    index = new Map(dataset.sources.map((s) => [s.id, s]));
    sourceIndexes.set(dataset, index);
  }
  return index;
}

/** The flows drawn for a year: the default figure of each pair, filtered by direction. */
export function flowsForYear(dataset: Dataset, year: number, direction: Direction = 'both'): Flow[] {
  return dataset.flows.filter((f) => {
    if (f.year !== year || !f.default) return false;
    if (direction === 'both') return true;
    return flowRole(f, dataset.focus) === direction;
  });
}

/** Unordered key of two actors, so A–B and B–A are the same pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/** Every other figure for the same pair and year: what sources disagree on, or other measures. */
export function alternativesFor(dataset: Dataset, flow: Flow): Flow[] {
  const key = pairKey(flow.from, flow.to);
  return dataset.flows.filter((f) => f !== flow && f.year === flow.year && pairKey(f.from, f.to) === key);
}

export function relationsForYear(dataset: Dataset, year: number): Relation[] {
  return dataset.relations.filter((r) => r.year === year);
}

export function eventsForYear(dataset: Dataset, year: number): RelationsEvent[] {
  return dataset.events.filter((e) => e.year === year).sort((a, b) => a.date.localeCompare(b.date));
}

export function gapsForYear(dataset: Dataset, year: number): Gap[] {
  return dataset.gaps.filter((g) => g.year === year);
}

/** Partners that have no drawn flow in a year: shown as "no reported figure" rather than as a zero. */
export function partnersWithoutFigure(dataset: Dataset, year: number): Actor[] {
  const drawn = new Set(flowsForYear(dataset, year).flatMap((f) => [f.from, f.to]));
  return dataset.actors.filter((a) => a.role === 'partner' && !drawn.has(a.code));
}

/** The largest drawn value over all years, so arc widths compare across years. */
export function maxDrawnValue(dataset: Dataset): number {
  // Read on every render (the legend) and every hover re-renders: scan a dataset's flows once, not each time.
  const cached = maxDrawnCache.get(dataset);
  if (cached !== undefined) return cached;
  let max = 0;
  for (const f of dataset.flows) if (f.default && f.valueUsd > max) max = f.valueUsd;
  maxDrawnCache.set(dataset, max);
  return max;
}

const maxDrawnCache = new WeakMap<Dataset, number>();
