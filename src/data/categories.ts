/**
 * The categories the map reads its data in: the layer tokens of the `layers` attribute, and the four colours events
 * are read in. Data-level words, so that the layers, the text and the element all take them from one place.
 */
import type { RelationsEvent } from './schema';

export const layerTokens = ['trade', 'relations', 'events', 'labels'] as const;
export type LayerToken = (typeof layerTokens)[number];

/**
 * Parses the `layers` attribute: absent (null) means every layer, empty means none, unknown tokens are reported
 * so the element can warn about them.
 */
export function parseLayerTokens(value: string | null | undefined): {
  layers: Set<LayerToken>;
  unknown: string[];
} {
  if (value === null || value === undefined) return { layers: new Set(layerTokens), unknown: [] };
  const layers = new Set<LayerToken>();
  const unknown: string[] = [];
  for (const token of value.split(/\s+/).filter(Boolean)) {
    if ((layerTokens as readonly string[]).includes(token)) layers.add(token as LayerToken);
    else unknown.push(token);
  }
  return { layers, unknown };
}

export function serializeLayerTokens(layers: ReadonlySet<LayerToken>): string {
  return layerTokens.filter((t) => layers.has(t)).join(' ');
}

export type EventCategory = 'diplomatic' | 'economic' | 'security' | 'context';

export const eventCategories: readonly EventCategory[] = ['diplomatic', 'economic', 'security', 'context'];

/** Six kinds of event read as four colours: what the reader needs is diplomacy, money, or force. */
export const eventCategory: Record<RelationsEvent['kind'], EventCategory> = {
  diplomatic: 'diplomatic',
  trade: 'economic',
  sanctions: 'economic',
  security: 'security',
  legal: 'security',
  context: 'context',
};
