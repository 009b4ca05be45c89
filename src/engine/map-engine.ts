import type { Deck, Layer, PickingInfo } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import {
  type IControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LIBRARY_FILES, libraryFile } from '../data/files';
import type { LayerSpec, PickedDatum } from '../layers/types';
import { MOVING_PICTURE_ARCS, REDRAW_AFTER_PAN_MS } from './moving-picture';
import { releaseDeckDevice } from './release';

/**
 * MapLibre and deck.gl behind one small surface. This module holds MapLibre; deck.gl comes in a module of its own
 * (./deck-overlay). Both are loaded with dynamic imports, so the element's own UI paints before they arrive, and
 * the basemap starts without waiting for deck.gl, which joins it when it arrives.
 */

export type DeckModule = typeof import('./deck-overlay');

// MapLibre 6 finds its worker through import.meta.url, which a bundler cannot see; naming it here makes the
// bundler emit the file and lets the map start from any host.
// A page that set a base path (its bundler did not copy the package's files) finds the worker there.
setWorkerUrl(libraryFile(LIBRARY_FILES.worker, workerUrl));
// MapLibre's workers (their script is as large as a quarter of MapLibre) start now, while the element prepares the
// basemap's style, instead of when the first map is made: a good part of the time to the first complete map.
prewarm();

export interface EngineOptions {
  container: HTMLElement;
  /**
   * Experiment (npm run bench): deck.gl drawn inside MapLibre's own WebGL context, its layers given to it only once
   * the basemap has loaded. Off: deck.gl in a canvas of its own over MapLibre's.
   */
  interleaved?: boolean;
  style: StyleSpecification;
  center: [number, number];
  zoom: number;
  /** Caps the pixel ratio of both canvases, so high-DPI screens do not multiply the work. */
  maxPixelRatio: number;
  cooperativeGestures: boolean;
  locale: Record<string, string>;
  /** deck.gl's module, on its way: the overlay is added when it arrives. */
  deck: Promise<DeckModule>;
  /** deck.gl's module failed to load: the basemap stays, the layers cannot be drawn. */
  onDeckError: (error: unknown) => void;
  onHover: (picked: PickedDatum | null, x: number, y: number) => void;
  /** `countryId`: the ISO numeric id of the basemap country under the click, when no deck.gl object was hit. */
  onClick: (picked: PickedDatum | null, countryId: string | undefined) => void;
  onResetView: () => void;
  resetLabel: string;
  onContextLost: () => void;
  onContextRestored: () => void;
  /** A pan or zoom ended; `originalEvent` is there when the reader moved the map (not a fitBounds or flyTo). */
  onMoveEnd: (event: { originalEvent?: unknown }) => void;
}

type PaintArgs = Parameters<MapLibreMap['setPaintProperty']>;

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
  private deckOverlay: MapLibreOverlay | undefined;
  private deckModule: DeckModule | undefined;
  /** Settles when the overlay has been added (or deck.gl could not be loaded). */
  private readonly deckAttached: Promise<boolean>;
  private specs: LayerSpec[] = [];
  private layers: Layer[] = [];
  private drawnWaiters: Array<() => void> = [];
  private destroyed = false;
  /** Whether the layers are heavy enough for pans to move a picture (see MOVING_PICTURE_ARCS). */
  private heavy = false;
  /** The map's top-left corner when deck.gl last drew: where its picture belongs. */
  private drawnCorner: { lng: number; lat: number; zoom: number } | undefined;
  private frozen = false;
  private thawTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly options: EngineOptions,
    view?: { center: [number, number]; zoom: number },
  ) {
    const pixelRatio = Math.min(window.devicePixelRatio || 1, options.maxPixelRatio);
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      center: view?.center ?? options.center,
      zoom: view?.zoom ?? options.zoom,
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
    this.map.once('load', this.onFirstLoad);
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ResetViewControl(options.resetLabel, options.onResetView), 'top-right');

    this.deckAttached = options.deck.then(
      (module) => {
        if (this.destroyed) return false;
        this.attachDeck(module, pixelRatio);
        return true;
      },
      (error: unknown) => {
        if (!this.destroyed) options.onDeckError(error);
        return false;
      },
    );
    this.watchCanvases();
    this.map.on('moveend', options.onMoveEnd);
    this.map.on('move', this.onMove);
  }

  private attachDeck(module: DeckModule, pixelRatio: number): void {
    this.deckModule = module;
    this.layers = this.specs.map(module.toDeckLayer);
    const interleaved = this.options.interleaved === true;
    const overlay = new module.MapLibreOverlay({
      interleaved,
      // Taken in at once, so deck.gl compiles their shaders while MapLibre's workers make the tiles; drawn only
      // once the basemap has loaded (see gateDrawing). Interleaved, its layers are MapLibre's: none before then.
      layers: interleaved && !this.basemapLoaded ? this.hiddenLayers() : this.layers,
      pickingRadius: 6,
      onHover: (info: PickingInfo) => {
        this.options.onHover((info.object as PickedDatum | undefined) ?? null, info.x, info.y);
      },
      onClick: (info: PickingInfo) => {
        const picked = (info.object as PickedDatum | undefined) ?? null;
        let countryId: string | undefined;
        if (!picked) {
          const hit = this.map.queryRenderedFeatures([info.x, info.y], { layers: ['land'] })[0];
          countryId = hit?.id === undefined ? undefined : String(hit.id);
        }
        this.options.onClick(picked, countryId);
      },
      onAfterRender: () => {
        if (!this.frozen) {
          const corner = this.map.unproject([0, 0]);
          this.drawnCorner = { lng: corner.lng, lat: corner.lat, zoom: this.map.getZoom() };
        }
        if (!this.firstFrame) {
          this.firstFrame = true;
          this.hideDeckCanvas();
          performance.mark('relations-map:deck-first-frame');
        }
        this.afterDeckRender();
      },
      // deck.gl makes its canvas only once its device exists; watch it for context loss from then on.
      onDeviceInitialized: () => {
        performance.mark('relations-map:deck-device');
        this.watchCanvases();
      },
    });
    this.deckOverlay = overlay;
    this.map.addControl(overlay);
    // Given to deck.gl directly, once, rather than as an overlay prop: the overlay passes all its props again on
    // every setProps, and deck.gl answers a useDevicePixels prop by measuring its canvas, a forced layout on each
    // year switch. The overlay has created its Deck synchronously; its device, which reads this, comes later.
    this.deck?.setProps({ useDevicePixels: pixelRatio });
    this.gateDrawing();
    this.watchCanvases();
    performance.mark('relations-map:deck-module');
  }

  private onMove = () => {
    // Interleaved, deck.gl has no canvas of its own to move.
    if (!this.heavy || this.destroyed || this.options.interleaved) return;
    const deck = this.deck;
    const canvas = this.overlay?.getCanvas();
    const drawn = this.drawnCorner;
    if (!deck || !canvas || !drawn) return;
    if (Math.abs(this.map.getZoom() - drawn.zoom) > 1e-9) {
      this.thaw();
      return;
    }
    if (!this.frozen) {
      this.frozen = true;
      this.gateDrawing();
    }
    const p = this.map.project([drawn.lng, drawn.lat]);
    canvas.style.transform = `translate(${p.x}px, ${p.y}px)`;
    clearTimeout(this.thawTimer);
    this.thawTimer = setTimeout(this.thaw, REDRAW_AFTER_PAN_MS);
  };

  /** Ends a moving picture: the canvas goes back in place and deck.gl draws the current view in the same frame. */
  private thaw = () => {
    clearTimeout(this.thawTimer);
    this.thawTimer = undefined;
    if (!this.frozen) return;
    this.frozen = false;
    const canvas = this.overlay?.getCanvas();
    if (canvas) canvas.style.transform = '';
    const deck = this.deck;
    if (!deck || this.destroyed) return;
    this.gateDrawing();
    deck.redraw('relations-map: pan ended');
  };

  private watched = new Set<HTMLCanvasElement>();
  private firstFrame = false;
  private basemapLoaded = false;

  private watchCanvases(): void {
    this.hideDeckCanvas();
    for (const canvas of this.canvases()) {
      if (this.watched.has(canvas)) continue;
      this.watched.add(canvas);
      canvas.addEventListener('webglcontextlost', this.handleContextLost);
      canvas.addEventListener('webglcontextrestored', this.handleContextRestored);
    }
  }

  /**
   * deck.gl's canvas lies over MapLibre's and would be a nameless Tab stop; keyboard users reach the map through
   * MapLibre's canvas and the element's "Details of" list. deck.gl sets its tabindex while it starts, so this runs
   * again after its first frame.
   */
  private hideDeckCanvas(): void {
    // Interleaved, the overlay's canvas is MapLibre's, the map's own Tab stop.
    if (this.options.interleaved) return;
    const deckCanvas = this.overlay?.getCanvas();
    if (!deckCanvas) return;
    deckCanvas.tabIndex = -1;
    deckCanvas.setAttribute('aria-hidden', 'true');
    // deck.gl may set the tabindex again later in its start: a hidden canvas must never be a Tab stop, even between
    // frames (a page with several maps starting at once showed one to an accessibility check).
    if (this.deckTabWatch) return;
    this.deckTabWatch = new MutationObserver(() => {
      if (deckCanvas.tabIndex !== -1) deckCanvas.tabIndex = -1;
    });
    this.deckTabWatch.observe(deckCanvas, { attributes: true, attributeFilter: ['tabindex'] });
  }

  private deckTabWatch: MutationObserver | undefined;

  /** MapLibre's canvas and deck.gl's: either can lose its context. */
  private canvases(): HTMLCanvasElement[] {
    const deckCanvas = this.overlay?.getCanvas();
    return deckCanvas ? [this.map.getCanvas(), deckCanvas] : [this.map.getCanvas()];
  }

  /** deck.gl's overlay; undefined until deck.gl's module has arrived. */
  get overlay(): MapLibreOverlay | undefined {
    return this.deckOverlay;
  }

  get deck(): Deck | undefined {
    return (this.overlay as unknown as { _deck?: Deck } | undefined)?._deck;
  }

  setLayers(specs: LayerSpec[]): void {
    this.heavy = specs.some(
      (spec) =>
        spec.type === 'arc' && Array.isArray(spec.props.data) && spec.props.data.length > MOVING_PICTURE_ARCS,
    );
    if (!this.heavy) this.thaw();
    this.specs = specs;
    // Until deck.gl has arrived, the specs wait; attachDeck() turns them into layers.
    if (!this.deckModule) return;
    this.layers = specs.map(this.deckModule.toDeckLayer);
    const waiting = this.options.interleaved && !this.basemapLoaded;
    this.overlay?.setProps({ layers: waiting ? this.hiddenLayers() : this.layers });
  }

  /**
   * deck.gl draws nothing while its `_customRender` is a no-op: its canvas keeps the last frame (a moving picture,
   * see onMove) or stays empty. Until the basemap's first load, deck.gl's frames (software-rendered on machines
   * without a GPU) would compete with MapLibre's workers for the CPU; its layers are still taken in meanwhile.
   * Only the first load: later, map.loaded() is also false while a new dataset's countries are processed.
   */
  /** Interleaved, before the basemap has loaded: the layers set up (their shaders compiled) but not drawn. */
  private hiddenLayers(): Layer[] {
    return this.layers.map((layer) => layer.clone({ visible: false }));
  }

  private gateDrawing(): void {
    if (this.options.interleaved) {
      if (this.basemapLoaded) this.overlay?.setProps({ layers: this.layers });
      return;
    }
    const hold = this.frozen || !this.basemapLoaded;
    this.deck?.setProps({ _customRender: hold ? () => {} : null });
  }

  private onFirstLoad = () => {
    performance.mark('relations-map:map-load');
    this.basemapLoaded = true;
    if (this.destroyed) return;
    this.gateDrawing();
    this.deck?.redraw('relations-map: basemap loaded');
  };

  /** Resolves once MapLibre is idle and deck.gl has drawn a frame with the current layers. */
  async whenDrawn(): Promise<void> {
    this.thaw();
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
    performance.mark('relations-map:map-idle');
    if (this.destroyed) return;
    // Without deck.gl (it failed to load, and the element has said so), the basemap is all there is to wait for.
    if (!(await this.deckAttached) || this.destroyed) return;
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
    // deck.gl takes new layers in at the start of its next frame, not in setProps, so a frame drawn in between
    // (the forced redraw in whenDrawn, say) still shows the old ones. A layer has its state (isLoaded) once deck.gl
    // has taken it in, which is before the frame that draws it.
    const current = deck.props.layers;
    if (current.length !== this.layers.length || current.some((l, i) => l !== this.layers[i])) return;
    if (!this.layers.every((layer) => layer.isLoaded)) return;
    const waiters = this.drawnWaiters;
    this.drawnWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * The basemap and deck.gl's layers composed into one 2D canvas, in device pixels. A WebGL canvas keeps its pixels
   * only until the browser composites the frame, so each is redrawn synchronously and copied in the same task,
   * rather than making both keep their drawing buffers (slower for every frame).
   */
  snapshot(): HTMLCanvasElement {
    this.thaw();
    const mapCanvas = this.map.getCanvas();
    const out = document.createElement('canvas');
    out.width = mapCanvas.width;
    out.height = mapCanvas.height;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    this.map.redraw();
    ctx.drawImage(mapCanvas, 0, 0);
    const deck = this.deck;
    const deckCanvas = this.overlay?.getCanvas();
    if (deck && deckCanvas && this.basemapLoaded) {
      deck.redraw('relations-map: snapshot');
      ctx.drawImage(deckCanvas, 0, 0, out.width, out.height);
    }
    return out;
  }

  get view(): { center: [number, number]; zoom: number } {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom() };
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
    // Listeners go first: releasing the contexts below fires webglcontextlost, which is not a loss to recover from.
    for (const canvas of this.watched) {
      canvas.removeEventListener('webglcontextlost', this.handleContextLost);
      canvas.removeEventListener('webglcontextrestored', this.handleContextRestored);
    }
    this.watched.clear();
    this.deckTabWatch?.disconnect();
    this.map.off('moveend', this.options.onMoveEnd);
    this.map.off('move', this.onMove);
    clearTimeout(this.thawTimer);
    const deck = this.deck;
    this.overlay?.finalize();
    releaseDeckDevice(deck);
    this.map.remove();
    for (const resolve of this.drawnWaiters) resolve();
    this.drawnWaiters = [];
  }
}
