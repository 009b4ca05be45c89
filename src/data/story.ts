import { type LayerToken, parseLayerTokens } from './categories';
import type { Dataset, StoryStep } from './schema';
import type { Selection, SelectionKind } from './selection';
import { type Direction, directions } from './selectors';

/** What the map shows at a step: from the dataset's story, from a page's `data-*` attributes, or both. */
export interface StepState {
  /** The dataset's step, when there is one. */
  id?: string | undefined;
  year?: number | undefined;
  /** The layers shown; absent: every layer. */
  layers?: LayerToken[] | undefined;
  direction?: Direction | undefined;
  /** The pick, and more of its kind (`also`) that stand out with it; the details open on the pick alone. */
  select?: (Selection & { also?: string[] | undefined }) | null | undefined;
  view?: StoryStep['view'];
  /** What a page's own step is called (its heading), said when it opens; a dataset step says its own title. */
  title?: string | undefined;
  /** Two years set against each other: the map draws what changed between them. */
  compare?: [number, number] | undefined;
}

export function stepIndex(dataset: Dataset | undefined, id: string | undefined): number {
  return id === undefined || !dataset ? -1 : dataset.story.findIndex((s) => s.id === id);
}

export function stepState(step: StoryStep): StepState {
  return {
    id: step.id,
    year: step.year,
    layers: step.layers,
    direction: step.direction,
    select: step.select ? { ...step.select } : null,
    view: step.view,
    compare: step.compare,
  };
}

const selectionKinds: readonly SelectionKind[] = ['actor', 'flow', 'relation', 'event'];

/**
 * A page's own step, from a block's `data-year`, `data-layers`, `data-direction`, `data-select="kind:id"`,
 * `data-center="lon,lat"` and `data-zoom`: what they say, and a plain problem for each value that cannot be read
 * (the rest of the step still applies).
 */
export function stepFromAttributes(get: (name: string) => string | null): {
  state: StepState;
  problems: string[];
} {
  const state: StepState = {};
  const problems: string[] = [];
  const year = get('data-year');
  if (year !== null) {
    if (/^\d{4}$/.test(year.trim())) state.year = Number(year);
    else problems.push(`data-year="${year}" is not a year`);
  }
  const layers = get('data-layers');
  if (layers !== null) {
    const parsed = parseLayerTokens(layers);
    state.layers = [...parsed.layers];
    if (parsed.unknown.length) problems.push(`data-layers: unknown layer ${parsed.unknown.join(', ')}`);
  }
  const direction = get('data-direction');
  if (direction !== null) {
    if ((directions as readonly string[]).includes(direction)) state.direction = direction as Direction;
    else problems.push(`data-direction="${direction}" is not one of ${directions.join(', ')}`);
  }
  const select = get('data-select');
  if (select !== null) {
    const [kind, ...rest] = select.split(':');
    if (selectionKinds.includes(kind as SelectionKind) && rest.length)
      state.select = { kind: kind as SelectionKind, id: rest.join(':') };
    else problems.push(`data-select="${select}" is not "kind:id" (actor, flow, relation or event)`);
  }
  const compare = get('data-compare');
  if (compare !== null) {
    const years = compare.trim().split(/[\s,]+/);
    if (years.length === 2 && years.every((y) => /^\d{4}$/.test(y)))
      state.compare = [Number(years[0]), Number(years[1])];
    else problems.push(`data-compare="${compare}" is not two years, e.g. "2016 2021"`);
  }
  const center = get('data-center');
  if (center !== null) {
    const parts = center.split(',').map((v) => Number(v.trim()));
    if (
      parts.length === 2 &&
      parts.every(Number.isFinite) &&
      Math.abs(parts[0]!) <= 180 &&
      Math.abs(parts[1]!) <= 85
    ) {
      const zoom = Number(get('data-zoom'));
      state.view = {
        center: [parts[0]!, parts[1]!],
        ...(Number.isFinite(zoom) && get('data-zoom') !== null ? { zoom } : {}),
      };
    } else problems.push(`data-center="${center}" is not "longitude,latitude"`);
  }
  return { state, problems };
}

/** A dataset step with a page's inline attributes over it: each value the page gives wins. */
export function mergeStep(base: StepState | undefined, over: StepState): StepState {
  const out: StepState = { ...base };
  for (const [key, value] of Object.entries(over) as Array<[keyof StepState, unknown]>)
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  return out;
}
