import type { Deck, Layer, PickingInfo } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import {
  type GeoJSONSource,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LIBRARY_FILES, libraryFile } from '../data/files';
import type { Padding } from '../geo/framing';
import { type Bounds, copyNear } from '../geo/mercator';
import { dotUnder } from '../layers/picking';
import type { LayerSpec, PickedDatum } from '../layers/types';
import { CanvasWatch } from './canvas-watch';
import { LabelOverlay, type LineLabelOptions } from './label-overlay';
import { MovingPicture } from './moving-picture';
import { type ReleasableDevice, releaseDeckDevice } from './release';
import { ResetViewControl } from './reset-control';
import { snapshotMap } from './snapshot';
import type { CameraMove, MapSurface, ScreenPoint } from './surface';

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
  /** For keeping labels on lines (a change's "−37%") off names, dots and edge markers. */
  lineLabels: LineLabelOptions;
  onContextLost: () => void;
  /** A pan or zoom ended; `originalEvent` is there when the reader moved the map (not a fitBounds or flyTo). */
  onMoveEnd: (event: { originalEvent?: unknown }) => void;
}

type PaintArgs = Parameters<MapLibreMap['setPaintProperty']>;
/** What deck.gl draws: every layer but the labels. */
type DeckSpec = Exclude<LayerSpec, { type: 'text' }>;

export class MapEngine implements MapSurface {
  /** For power users (the element's `map`); the element's own code goes through the MapSurface methods. */
  readonly map: MapLibreMap;
  private deckOverlay: MapLibreOverlay | undefined;
  /** deck.gl's Deck, handed over by a widget once deck.gl has its device (see DeckHandle). */
  private deck: Deck | undefined;
  private device: ReleasableDevice | undefined;
  private readonly canvases: CanvasWatch;
  private deckModule: DeckModule | undefined;
  /** Settles when the overlay has been added (or deck.gl could not be loaded). */
  private readonly deckAttached: Promise<boolean>;
  private specs: DeckSpec[] = [];
  private layers: Layer[] = [];
  private drawnWaiters: Array<() => void> = [];
  private destroyed = false;
  /** Pans of heavy layers move deck.gl's last picture; none interleaved, where deck.gl has no canvas of its own. */
  private readonly moving: MovingPicture;
  /** The labels: SVG over the canvases, not a deck.gl layer (see ./label-overlay). */
  private readonly labels: LabelOverlay;

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
    this.canvases = new CanvasWatch(
      () => ({ map: this.map.getCanvas(), deck: this.overlay?.getCanvas() }),
      options.onContextLost,
      options.interleaved === true,
    );
    this.moving = new MovingPicture(this.map, {
      canvas: () => this.overlay?.getCanvas(),
      deck: () => this.deck,
      gate: () => this.gateDrawing(),
    });
    this.labels = new LabelOverlay(this.map.getContainer(), options.lineLabels, (lon, lat) => {
      const p = this.map.project([lon, lat]);
      return [p.x, p.y];
    });
    // Shown with deck.gl's first frame, as the arcs they name; from then on placed on every frame the map draws.
    this.map.on('render', this.labels.draw);
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
    this.canvases.update();
    this.map.on('moveend', options.onMoveEnd);
    if (!options.interleaved) this.map.on('move', this.moving.onMove);
  }

  /** What the pointer is on: a dot whose disc it is on first, else what deck.gl picked near it. */
  private pickedAt(info: PickingInfo): PickedDatum | null {
    const centre = this.map.getCenter().lng;
    const project = (lon: number, lat: number) => {
      const p = this.map.project([copyNear(lon, centre), lat]);
      return [p.x, p.y] as const;
    };
    return dotUnder(this.specs, project, info.x, info.y) ?? (info.object as PickedDatum | undefined) ?? null;
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
        this.options.onHover(this.pickedAt(info), info.x, info.y);
      },
      onClick: (info: PickingInfo) => {
        const picked = this.pickedAt(info);
        let countryId: string | undefined;
        if (!picked) {
          const hit = this.map.queryRenderedFeatures([info.x, info.y], { layers: ['land'] })[0];
          countryId = hit?.id === undefined ? undefined : String(hit.id);
        }
        this.options.onClick(picked, countryId);
      },
      onAfterRender: () => {
        this.moving.drawn();
        if (!this.firstFrame) {
          this.firstFrame = true;
          this.labels.show();
          this.canvases.update();
          performance.mark('relations-map:deck-first-frame');
        }
        this.afterDeckRender();
      },
      // deck.gl makes its canvas only once its device exists; watch it for context loss from then on.
      onDeviceInitialized: (device) => {
        performance.mark('relations-map:deck-device');
        this.device = device;
        this.canvases.update();
      },
      widgets: [
        new module.DeckHandle((deck) => {
          // Handed over in the middle of deck.gl's own setProps: taken once that has returned.
          queueMicrotask(() => {
            if (this.destroyed) return;
            this.deck = deck;
            // Given to deck.gl directly, once, rather than as an overlay prop: the overlay passes all its props again
            // on every setProps, and deck.gl answers a useDevicePixels prop by measuring its canvas, a forced layout
            // on each year switch.
            deck.setProps({ useDevicePixels: pixelRatio });
            this.gateDrawing();
            this.afterDeckRender();
          });
        }),
      ],
    });
    this.deckOverlay = overlay;
    this.map.addControl(overlay);
    this.canvases.update();
    performance.mark('relations-map:deck-module');
  }

  private firstFrame = false;
  private basemapLoaded = false;

  /** deck.gl's overlay; undefined until deck.gl's module has arrived. */
  get overlay(): MapLibreOverlay | undefined {
    return this.deckOverlay;
  }

  get container(): HTMLElement {
    return this.map.getContainer();
  }

  get size(): { width: number; height: number } {
    const box = this.map.getContainer();
    return { width: box.clientWidth, height: box.clientHeight };
  }

  project(lonLat: readonly [number, number]): ScreenPoint {
    const p = this.map.project([lonLat[0], lonLat[1]]);
    return { x: p.x, y: p.y };
  }

  on(event: 'move' | 'moveend' | 'resize', listener: () => void): () => void {
    this.map.on(event, listener);
    return () => this.map.off(event, listener);
  }

  fitBounds(bounds: Bounds, options: { padding: Padding; maxZoom?: number; animate: boolean }): void {
    this.map.fitBounds(bounds, options);
  }

  moveTo(move: CameraMove, options: { animate: boolean }): void {
    // An eased move of no duration rather than a jump: jumpTo has no offset.
    if (options.animate) this.map.flyTo(move);
    else this.map.easeTo({ ...move, duration: 0 });
  }

  /** A new dataset's countries: the basemap highlights them. */
  setCountries(countries: GeoJSON.FeatureCollection): void {
    (this.map.getSource('countries') as GeoJSONSource | undefined)?.setData(countries);
  }

  /** `cooperative`: a page's scroll passes over the map; otherwise the map takes it. */
  setCooperativeGestures(on: boolean): void {
    if (on) this.map.cooperativeGestures.enable();
    else this.map.cooperativeGestures.disable();
  }

  setLayers(all: LayerSpec[]): void {
    const specs = all.filter((spec): spec is DeckSpec => spec.type !== 'text');
    this.labels.set(all);
    this.moving.layersChanged(specs);
    this.specs = specs;
    // Until deck.gl has arrived, the specs wait; attachDeck() turns them into layers.
    if (!this.deckModule) return;
    this.layers = specs.map(this.deckModule.toDeckLayer);
    const waiting = this.options.interleaved && !this.basemapLoaded;
    this.overlay?.setProps({ layers: waiting ? this.hiddenLayers() : this.layers });
  }

  /** Interleaved, before the basemap has loaded: the layers set up (their shaders compiled) but not drawn. */
  private hiddenLayers(): Layer[] {
    return this.layers.map((layer) => layer.clone({ visible: false }));
  }

  /**
   * deck.gl draws nothing while its `_customRender` is a no-op: its canvas keeps the last frame (a moving picture)
   * or stays empty. Until the basemap's first load, deck.gl's frames (software-rendered on machines without a GPU)
   * would compete with MapLibre's workers for the CPU; its layers are still taken in meanwhile. Only the first
   * load: later, map.loaded() is also false while a new dataset's countries are processed.
   */
  private gateDrawing(): void {
    if (this.options.interleaved) {
      if (this.basemapLoaded) this.overlay?.setProps({ layers: this.layers });
      return;
    }
    const hold = this.moving.frozen || !this.basemapLoaded;
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
    this.moving.thaw();
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

  /** The map as drawn now, in one 2D canvas (./snapshot). */
  snapshot(minimumRatio = 1): HTMLCanvasElement {
    this.moving.thaw();
    const drawn = this.basemapLoaded;
    return snapshotMap(
      {
        map: this.map,
        deck: drawn ? this.deck : undefined,
        deckCanvas: (drawn && this.overlay?.getCanvas()) || undefined,
        labels: this.labels,
      },
      minimumRatio,
    );
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

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.canvases.stop();
    this.map.off('moveend', this.options.onMoveEnd);
    this.map.off('move', this.moving.onMove);
    this.map.off('render', this.labels.draw);
    this.labels.destroy();
    this.moving.stop();
    this.overlay?.finalize();
    releaseDeckDevice(this.device);
    this.map.remove();
    for (const resolve of this.drawnWaiters) resolve();
    this.drawnWaiters = [];
  }
}
