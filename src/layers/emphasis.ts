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
};

/**
 * A country stands out with its flows, relations and events; a flow with the other figures of its pair and its two
 * capitals (the drawn arc may be another figure of the same pair); a relation with its capitals; an event with the
 * countries it involves.
 */
export function emphasisFor(
  dataset: Dataset,
  // The details' Selection, by its shape: this module must not import the details' text (and the strings behind it).
  selection: StoryStep['select'] | null,
): Emphasis {
  if (!selection) return noEmphasis;
  const key = `${selection.kind}:${selection.id}`;
  const pair = (a: string, b: string, x: string, y: string) => (a === x && b === y) || (a === y && b === x);
  switch (selection.kind) {
    case 'actor': {
      const code = selection.id;
      const relations = new Set(dataset.relations.filter((r) => r.between.includes(code)).map((r) => r.id));
      return {
        key,
        flow: (from, to) => from === code || to === code,
        relation: (id) => relations.has(id),
        event: (_id, actors) => actors.includes(code),
        actor: (c) => c === code || c === dataset.focus,
      };
    }
    case 'flow': {
      const flow = dataset.flows.find((f) => f.id === selection.id);
      if (!flow) return noEmphasis;
      return {
        key,
        flow: (from, to) => pair(from, to, flow.from, flow.to),
        relation: () => false,
        event: () => false,
        actor: (c) => c === flow.from || c === flow.to,
      };
    }
    case 'relation': {
      const relation = dataset.relations.find((r) => r.id === selection.id);
      if (!relation) return noEmphasis;
      return {
        key,
        flow: () => false,
        relation: (id) => id === relation.id,
        event: () => false,
        actor: (c) => relation.between.includes(c),
      };
    }
    case 'event': {
      const event = dataset.events.find((e) => e.id === selection.id);
      if (!event) return noEmphasis;
      return {
        key,
        flow: () => false,
        relation: () => false,
        event: (id) => id === event.id,
        actor: (c) => event.actors.includes(c),
      };
    }
  }
}
