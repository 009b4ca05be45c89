import type { Dataset } from '../data/schema';
import { capitalsLayer, labelsLayer } from './capitals';
import { eventsLayer } from './events';
import { embassiesLayer, relationsLayer } from './relations';
import { tradeArcLayer } from './trade-arcs';
import type { LayerSpec, ViewState } from './types';

export { parseLayerTokens, serializeLayerTokens } from '../data/categories';
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
