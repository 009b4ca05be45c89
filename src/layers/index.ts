import type { Dataset } from '../data/schema';
import { capitalsLayer, labelsLayer } from './capitals';
import { eventsLayer } from './events';
import { embassiesLayer, relationsLayer } from './relations';
import { tradeArcLayer } from './trade-arcs';
import { type LayerSpec, type LayerToken, layerTokens, type ViewState } from './types';

export * from './types';

/** Draw order, bottom to top: relation lines under the arcs, dots and labels on top. */
export function buildLayers(dataset: Dataset, state: ViewState): LayerSpec[] {
  const specs: LayerSpec[] = [];
  if (state.layers.has('relations'))
    specs.push(relationsLayer(dataset, state), embassiesLayer(dataset, state));
  if (state.layers.has('trade')) specs.push(tradeArcLayer(dataset, state));
  if (state.layers.has('events')) specs.push(eventsLayer(dataset, state));
  specs.push(capitalsLayer(dataset, state));
  if (state.layers.has('labels')) specs.push(labelsLayer(dataset, state));
  return specs;
}

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
