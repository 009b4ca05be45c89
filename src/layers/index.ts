import type { Dataset } from '../data/schema';
import type { Direction } from '../data/selectors';
import { capitalsKind, labelsKind } from './capitals';
import { changeKind } from './change-arcs';
import type { LayerPalette } from './colors';
import { eventsKind } from './events';
import type { KeyItem, KeyWords } from './key';
import { relationsKind } from './relations';
import { tradeKind } from './trade-arcs';
import type { LayerKind, LayerSpec, LayerToken, ViewState } from './types';

export { parseLayerTokens, serializeLayerTokens } from '../data/categories';
export { labelMarks } from './capitals';
export * from './types';

/**
 * The kinds of layer, in the order they are drawn, bottom to top: relation lines under the arcs, dots and labels on
 * top. A new kind is a module of its own (its specs and key entries, see LayerKind) and a line here.
 */
export const LAYER_KINDS: readonly LayerKind[] = [
  relationsKind,
  tradeKind,
  changeKind,
  eventsKind,
  capitalsKind,
  labelsKind,
];

const shown = (kind: LayerKind, layers: ReadonlySet<LayerToken>) => !kind.token || layers.has(kind.token);

export function buildLayers(dataset: Dataset, state: ViewState): LayerSpec[] {
  return LAYER_KINDS.filter((kind) => shown(kind, state.layers)).flatMap((kind) =>
    kind.specs(dataset, state),
  );
}

/**
 * The key of what is drawn, and only that: the trade directions of the year and direction shown, the diplomatic
 * statuses present, the kinds of event present. The map's own key and an exported image both read it.
 */
export function drawnKey(
  dataset: Dataset,
  year: number,
  layers: ReadonlySet<LayerToken>,
  direction: Direction,
  palette: LayerPalette,
  t: KeyWords,
  compare?: readonly [number, number],
): KeyItem[] {
  return LAYER_KINDS.filter((kind) => kind.key && shown(kind, layers))
    .sort((a, b) => (a.keyRank ?? 0) - (b.keyRank ?? 0))
    .flatMap((kind) => kind.key?.(dataset, { year, direction, palette, compare }, t) ?? []);
}
