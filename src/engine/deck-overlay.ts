import { type Deck, type Layer, Widget } from '@deck.gl/core';
import { ArcLayer, ScatterplotLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { LayerSpec } from '../layers/types';

/**
 * deck.gl, in a chunk of its own (with luma.gl, nearly as much code again as MapLibre): the element fetches it once
 * MapLibre has arrived, so the basemap, which takes longest to become complete, starts without waiting for it, and
 * the engine adds the overlay when this module arrives.
 */
export { MapLibreOverlay };

// No TextLayer: the labels are SVG over the map (./label-overlay), which the engine keeps out of deck.gl.
const layerClasses = { arc: ArcLayer, scatter: ScatterplotLayer } as const;

export function toDeckLayer(spec: Exclude<LayerSpec, { type: 'text' }>): Layer {
  // The union of spec types pairs each props type with its class; TypeScript cannot follow that pairing through
  // the lookup table, so the constructor is called through a loosened signature.
  const LayerClass = layerClasses[spec.type] as unknown as new (props: object) => Layer;
  return new LayerClass(spec.props);
}

/**
 * The overlay keeps its Deck to itself; a widget is handed the Deck it joins (deck.gl's public widget API), once
 * deck.gl has its device. The engine needs it to hold frames back, force a redraw and see which layers were drawn.
 * It shows nothing.
 */
export class DeckHandle extends Widget {
  placement = 'top-left' as const;
  className = 'relations-deck-handle';

  constructor(private readonly take: (deck: Deck) => void) {
    super({ id: 'relations-deck-handle', style: { display: 'none' } });
  }

  override onAdd({ deck }: { deck: Deck }): void {
    this.take(deck);
  }

  onRenderHTML(): void {}
}
