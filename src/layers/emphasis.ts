import type { Dataset, StoryStep } from '../data/schema';
import type { RGBA } from './colors';

/**
 * What a story step picks out, and what it leaves in the background. The map keeps everything (a reader still sees
 * the whole year), but all that is not about the picked feature fades, so the step's point stands out at a glance.
 */
export interface Emphasis {
  /** A key that changes whenever what stands out changes: deck.gl's update trigger. */
  key: string;
  flow(from: string, to: string, id: string): boolean;
  relation(id: string): boolean;
  event(id: string, actors: readonly string[]): boolean;
  actor(code: string): boolean;
  /** The events whose places are named on the map while they stand out (ids). */
  places: readonly string[];
}

/** How much of a faded feature's opacity is left. */
const FADED = 0.22;

export function fade(color: RGBA, on: boolean): RGBA {
  return on ? color : [color[0], color[1], color[2], Math.round((color[3] ?? 255) * FADED)];
}

/** Everything stands out: no step picks anything. */
export const noEmphasis: Emphasis = {
  key: '',
  flow: () => true,
  relation: () => true,
  event: () => true,
  actor: () => true,
  places: [],
};

/** What a step picks out: a feature, and perhaps more of its kind (`also`) that stand out with it. */
export type Pick = NonNullable<StoryStep['select']>;

/**
 * A country stands out with its flows, relations and events; a flow with the other figures of its pair and its two
 * capitals (the drawn arc may be another figure of the same pair); a relation with its capitals; an event with the
 * countries it involves. A pick of several features lets each stand out with what belongs to it.
 */
export function emphasisFor(
  dataset: Dataset,
  // The details' Selection, by its shape: this module must not import the details' text (and the strings behind it).
  selection: Pick | null,
): Emphasis {
  if (!selection) return noEmphasis;
  const ids = [selection.id, ...(selection.also ?? [])];
  const parts = ids.map((id) => emphasisOfOne(dataset, selection.kind, id)).filter((e) => e !== undefined);
  if (parts.length === 0) return noEmphasis;
  return {
    key: `${selection.kind}:${ids.join(',')}`,
    flow: (from, to, id) => parts.some((e) => e.flow(from, to, id)),
    relation: (id) => parts.some((e) => e.relation(id)),
    event: (id, actors) => parts.some((e) => e.event(id, actors)),
    actor: (code) => parts.some((e) => e.actor(code)),
    places: parts.flatMap((e) => e.places),
  };
}

function emphasisOfOne(dataset: Dataset, kind: Pick['kind'], pickedId: string): Emphasis | undefined {
  const pair = (a: string, b: string, x: string, y: string) => (a === x && b === y) || (a === y && b === x);
  const key = `${kind}:${pickedId}`;
  switch (kind) {
    case 'actor': {
      const code = pickedId;
      const relations = new Set(dataset.relations.filter((r) => r.between.includes(code)).map((r) => r.id));
      return {
        key,
        flow: (from, to) => from === code || to === code,
        relation: (id) => relations.has(id),
        event: (_id, actors) => actors.includes(code),
        actor: (c) => c === code || c === dataset.focus,
        places: [],
      };
    }
    case 'flow': {
      const flow = dataset.flows.find((f) => f.id === pickedId);
      if (!flow) return undefined;
      return {
        key,
        flow: (from, to) => pair(from, to, flow.from, flow.to),
        relation: () => false,
        event: () => false,
        actor: (c) => c === flow.from || c === flow.to,
        places: [],
      };
    }
    case 'relation': {
      const relation = dataset.relations.find((r) => r.id === pickedId);
      if (!relation) return undefined;
      return {
        key,
        flow: () => false,
        relation: (id) => id === relation.id,
        event: () => false,
        actor: (c) => relation.between.includes(c),
        places: [],
      };
    }
    case 'event': {
      const event = dataset.events.find((e) => e.id === pickedId);
      if (!event) return undefined;
      return {
        key,
        flow: () => false,
        relation: () => false,
        event: (id) => id === event.id,
        actor: (c) => event.actors.includes(c),
        // Where it happened is named on the map, unless a capital's label names it already.
        places: event.place && !atCapital(dataset, event.place) ? [event.id] : [],
      };
    }
  }
}

/** Closer than this (degrees) to a capital, a place is the capital's city: its label names it. */
const CAPITAL_CITY_DEGREES = 0.1;

function atCapital(dataset: Dataset, place: { lon?: number | undefined; lat?: number | undefined }): boolean {
  if (place.lon === undefined || place.lat === undefined) return true;
  return dataset.actors.some(
    (a) =>
      Math.abs(a.capital.lon - place.lon!) < CAPITAL_CITY_DEGREES &&
      Math.abs(a.capital.lat - place.lat!) < CAPITAL_CITY_DEGREES,
  );
}
