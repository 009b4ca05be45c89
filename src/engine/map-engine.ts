import type { Deck, Layer, PickingInfo } from '@deck.gl/core';
import { ArcLayer, LineLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import {
  type IControl,
  Map as MapLibreMap,
  NavigationControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { LayerSpec, PickedDatum } from '../layers/types';
import { releaseDeckDevice } from './release';

/**
 * MapLibre and deck.gl behind one small surface, loaded with a dynamic import so the element's own UI paints
 * before these engines arrive.
 */

// MapLibre 6 finds its worker through import.meta.url, which a bundler cannot see; naming it here makes the
// bundler emit the file and lets the map start from any host.
setWorkerUrl(workerUrl);

export interface EngineOptions {
  container: HTMLElement;
  style: StyleSpecification;
  center: [number, number];
  zoom: number;
  /** Caps the pixel ratio of both canvases, so high-DPI screens do not multiply the work. */
  maxPixelRatio: number;
  cooperativeGestures: boolean;
  locale: Record<string, string>;
  onHover: (picked: PickedDatum | null, x: number, y: number) => void;
  /** `countryId`: the ISO numeric id of the basemap country under the click, when no deck.gl object was hit. */
  onClick: (picked: PickedDatum | null, countryId: string | undefined) => void;
  onResetView: () => void;
  resetLabel: string;
  onContextLost: () => void;
  onContextRestored: () => void;
  onMoveEnd: () => void;
}

type PaintArgs = Parameters<MapLibreMap['setPaintProperty']>;

const layerClasses = {
  arc: ArcLayer,
  line: LineLayer,
  scatter: ScatterplotLayer,
  events: ScatterplotLayer,
  embassies: ScatterplotLayer,
  text: TextLayer,
} as const;

export function toDeckLayer(spec: LayerSpec): Layer {
  // The union of spec types pairs each props type with its class; TypeScript cannot follow that pairing through
  // the lookup table, so the constructor is called through a loosened signature.
  const LayerClass = layerClasses[spec.type] as unknown as new (props: object) => Layer;
  return new LayerClass(spec.props);
}

/** A MapLibre control with one button that returns the map to the story's framing. */
class ResetViewControl implements IControl {
  private container: HTMLDivElement | undefined;
  constructor(
    private readonly label: string,
    private readonly onReset: () => void,
  ) {}
  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'relations-reset-view';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    button.textContent = '⟲';
    button.addEventListener('click', this.onReset);
    container.append(button);
    this.container = container;
    return container;
  }
  onRemove(): void {
    this.container?.querySelector('button')?.removeEventListener('click', this.onReset);
    this.container?.remove();
    this.container = undefined;
  }
}

export class MapEngine {
  readonly map: MapLibreMap;
  readonly overlay: MapLibreOverlay;
  private layers: Layer[] = [];
  private drawnWaiters: Array<() => void> = [];
  private destroyed = false;

  constructor(private readonly options: EngineOptions) {
    const pixelRatio = Math.min(window.devicePixelRatio || 1, options.maxPixelRatio);
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      center: options.center,
      zoom: options.zoom,
      minZoom: 1,
      maxZoom: 8,
      pixelRatio,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      cooperativeGestures: options.cooperativeGestures,
      locale: options.locale,
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ResetViewControl(options.resetLabel, options.onResetView), 'top-right');

    this.overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      useDevicePixels: pixelRatio,
      pickingRadius: 6,
      onHover: (info: PickingInfo) => {
        options.onHover((info.object as PickedDatum | undefined) ?? null, info.x, info.y);
      },
      onClick: (info: PickingInfo) => {
        const picked = (info.object as PickedDatum | undefined) ?? null;
        let countryId: string | undefined;
        if (!picked) {
          const hit = this.map.queryRenderedFeatures([info.x, info.y], { layers: ['land'] })[0];
          countryId = hit?.id === undefined ? undefined : String(hit.id);
        }
        options.onClick(picked, countryId);
      },
      onAfterRender: () => this.afterDeckRender(),
    });
    this.map.addControl(this.overlay);

    const canvas = this.map.getCanvas();
    canvas.addEventListener('webglcontextlost', this.handleContextLost);
    canvas.addEventListener('webglcontextrestored', this.handleContextRestored);
    this.map.on('moveend', options.onMoveEnd);
  }

  get deck(): Deck | undefined {
    return (this.overlay as unknown as { _deck?: Deck })._deck;
  }

  setLayers(specs: LayerSpec[]): void {
    this.layers = specs.map(toDeckLayer);
    this.overlay.setProps({ layers: this.layers });
  }

  /** Resolves once MapLibre is idle and deck.gl has drawn a frame with the current layers. */
  async whenDrawn(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
    if (this.destroyed) return;
    await new Promise<void>((resolve) => {
      this.drawnWaiters.push(resolve);
      // deck.gl skips a redraw when it thinks nothing changed; a reason forces one, so a frame that was already
      // drawn before this call still settles the promise. Before deck.gl has its device, this is a no-op and its
      // first frame settles it.
      this.deck?.redraw('relations-map: whenDrawn');
    });
  }

  private afterDeckRender(): void {
    const deck = this.deck;
    if (!deck || this.drawnWaiters.length === 0) return;
    const current = deck.props.layers;
    if (current.length !== this.layers.length || current.some((l, i) => l !== this.layers[i])) return;
    const waiters = this.drawnWaiters;
    this.drawnWaiters = [];
    for (const resolve of waiters) resolve();
  }

  resize(): void {
    if (!this.destroyed) this.map.resize();
  }

  setBasemapPaint(paint: Array<[string, string, unknown]>): void {
    for (const [layer, property, value] of paint) {
      if (!this.map.getLayer(layer)) continue;
      this.map.setPaintProperty(layer, property as PaintArgs[1], value as PaintArgs[2]);
    }
  }

  private handleContextLost = (event: Event) => {
    // Without preventDefault the browser never offers the context back.
    event.preventDefault();
    this.options.onContextLost();
  };

  private handleContextRestored = () => {
    this.options.onContextRestored();
  };

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const canvas = this.map.getCanvas();
    canvas.removeEventListener('webglcontextlost', this.handleContextLost);
    canvas.removeEventListener('webglcontextrestored', this.handleContextRestored);
    this.map.off('moveend', this.options.onMoveEnd);
    const deck = this.deck;
    this.overlay.finalize();
    releaseDeckDevice(deck);
    this.map.remove();
    for (const resolve of this.drawnWaiters) resolve();
    this.drawnWaiters = [];
  }
}
