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

/** A year of the dataset as the slider shows it. */
export interface YearStopView {
  year: number;
  label: string;
  caption: string;
}

/** The slider's stops: the same array for a dataset, so re-rendering the slider with them changes nothing. */
export function yearStops(dataset: Dataset | undefined): YearStopView[] {
  return dataset ? stopsOf(dataset) : [];
}

export function latestYear(dataset: Dataset): number {
  return Math.max(...yearsOf(dataset));
}

/**
 * A validated dataset is never changed in place, so what is derived from it alone is worked out once per dataset:
 * text and table functions ask for the lookups per flow and per row, the legend for the largest figure per render.
 */
function perDataset<T>(derive: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    if (cache.has(dataset)) return cache.get(dataset) as T;
    const value = derive(dataset);
    cache.set(dataset, value);
    return value;
  };
}

const stopsOf: (dataset: Dataset) => YearStopView[] = perDataset((dataset) =>
  dataset.years.map(({ year, label, caption }) => ({ year, label, caption })),
);

/** An actor's name for a sentence: without a trailing parenthesis ("North Korea", not "North Korea (DPRK)"). */
export const plainName = (actor: Pick<Actor, 'name'>): string => actor.name.replace(/\s*\([^)]*\)$/, '');

export const actorIndex: (dataset: Dataset) => ReadonlyMap<string, Actor> = perDataset(
  (dataset) => new Map(dataset.actors.map((a) => [a.code, a])),
);

export const sourceIndex: (dataset: Dataset) => ReadonlyMap<string, Source> = perDataset(
  (dataset) => new Map(dataset.sources.map((s) => [s.id, s])),
);

/** The flows drawn for a year: the default figure of each pair, filtered by direction. */
export function flowsForYear(dataset: Dataset, year: number, direction: Direction = 'both'): Flow[] {
  return dataset.flows.filter((f) => {
    if (f.year !== year || !f.default) return false;
    if (direction === 'both') return true;
    return flowRole(f, dataset.focus) === direction;
  });
}

/** Unordered key of two actors, so A–B and B–A are the same pair. */
/**
 * The partners drawn for the year in some direction but in none of the one chosen (a pair with only a two-way
 * total, when the reader asks for exports): the direction filter hides them, and the key says so.
 */
export function partnersWithoutDirection(dataset: Dataset, year: number, direction: Direction): Actor[] {
  if (direction === 'both') return [];
  const ends = (flows: Flow[]) => new Set(flows.flatMap((f) => [f.from, f.to]));
  const shown = ends(flowsForYear(dataset, year, direction));
  const drawn = ends(flowsForYear(dataset, year));
  return dataset.actors.filter((a) => a.code !== dataset.focus && drawn.has(a.code) && !shown.has(a.code));
}

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
export const maxDrawnValue: (dataset: Dataset) => number = perDataset((dataset) => {
  let max = 0;
  for (const f of dataset.flows) if (f.default && f.valueUsd > max) max = f.valueUsd;
  return max;
});
