import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { highlightIds } from '../basemap/highlight';
import { PreparedStyle } from '../basemap/prepared-style';
import { countriesFromTopology } from '../basemap/style';
import { loadTopology, type Topology } from '../basemap/topology';
import type { Dataset } from '../data/schema';
import type { MapEngine } from '../engine/map-engine';
import { probeWebGL2 } from '../engine/webgl';
import type { MapView, Padding } from '../geo/framing';
import type { Bounds } from '../geo/mercator';
import type { LayerSpec, PickedDatum } from '../layers/types';
import type { Strings } from '../text/strings';
import { type DataErrorDetail, dispatch, type ReadyDetail } from '../types';
import { MapCamera } from './camera';
import type { DatasetSource } from './dataset-source';
import { EngineCode, engineSettings } from './engine-code';
import { LiveMapSlot } from './live-maps';

type EngineModule = typeof import('../engine/map-engine');

/** Moving the element within the page (disconnect, then connect) keeps the running map. */
export const TEARDOWN_DELAY_MS = 100;

export interface MapLifecycleHost extends ReactiveControllerHost, HTMLElement {
  /** `lazy`: start when the element nears the viewport; `eager`: at once. */
  loading: 'lazy' | 'eager';
  gestures: 'cooperative' | 'greedy';
  year: number | undefined;
  readonly hasUpdated: boolean;
  readonly strings: Strings;
  readonly resolvedTheme: 'light' | 'dark';
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the lifecycle asks of the element it runs in. */
export interface MapLifecycleOptions {
  source: DatasetSource;
  /** The deck.gl layers of the element's state now, or undefined without a dataset. */
  layers(): LayerSpec[] | undefined;
  /** The page's `center`/`zoom`, if given. */
  initialView(): MapView | undefined;
  /** The box the map frames when the page gives no `center` (its `bounds`, else the story's). */
  framing(): Bounds;
  padding(): Padding;
  /** A notice on the map (empty: none). */
  notify(text: string): void;
  onHover(picked: PickedDatum | null, x: number, y: number): void;
  onClick(picked: PickedDatum | null, countryId: string | undefined): void;
  onResetView(): void;
  onMoveEnd(): void;
  /** The reader is using the map: it keeps its WebGL whatever the page's budget. */
  inUse(): boolean;
}

/**
 * The map's life: a lazy start when the element nears the viewport; the dataset, the basemap, MapLibre and then
 * deck.gl downloaded in that order of need; the engine made, drawn and announced with `ready` (only once deck.gl
 * has drawn); a lost WebGL context answered by a new engine with the same state; and, a moment after the element
 * leaves the page, a teardown that frees both WebGL contexts. Without WebGL the element still fires `ready`, with
 * its static picture and tables.
 */
export class MapLifecycle implements ReactiveController {
  /**
   * Where the map is in its life: `poster` until it starts, `loading` while the dataset or the map are on their way,
   * `ready` once drawn (the static picture, without WebGL), `failed` when the first dataset, MapLibre, deck.gl or the
   * basemap could not be loaded, `released` while it has given its WebGL back to the page's budget (./live-maps).
   */
  phase: 'poster' | 'loading' | 'ready' | 'failed' | 'released' = 'poster';
  /** Why MapLibre, deck.gl or the basemap failed to load (a dataset's failure is the source's to say). */
  private failure = '';
  /** The browser offers WebGL2. */
  webgl = true;
  /** The basemap topology, once loaded (the static picture uses it too). */
  topology: Topology | undefined;
  private current: MapEngine | undefined;
  private readonly code = new EngineCode();
  private readonly styles = new PreparedStyle();
  private recovering = false;
  /** Released before its first `ready` (or its dataset replaced while released): `ready` is owed on its return. */
  private unannounced = false;
  /** Bumped by every start and teardown: work of an older one stops when it sees a newer number. */
  private generation = 0;
  private teardownTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | undefined;

  /** Where the map looks, and the camera's moves. */
  readonly moves: MapCamera;
  /** The map's place in the page's budget of live maps. */
  private readonly slot: LiveMapSlot;

  constructor(
    private readonly host: MapLifecycleHost,
    private readonly options: MapLifecycleOptions,
  ) {
    host.addController(this);
    this.moves = new MapCamera(() => this.current, options);
    this.slot = new LiveMapSlot({
      element: host,
      inUse: options.inUse,
      release: () => this.release(),
      restore: () => void this.restore(),
    });
  }

  /** The element has started (its poster is gone). */
  get started(): boolean {
    return this.phase !== 'poster';
  }

  /** A dataset or the map is still on its way. */
  get loading(): boolean {
    return this.phase === 'poster' || this.phase === 'loading';
  }

  /** MapLibre, deck.gl or the basemap failed to load: the message shown. */
  get fatal(): string {
    return this.phase === 'failed' ? this.failure : '';
  }

  /** The running engine (MapLibre and deck.gl), once made. */
  get engine(): MapEngine | undefined {
    return this.current;
  }

  hostConnected(): void {
    if (this.teardownTimer !== undefined) {
      // Moved within the page: keep the running map.
      clearTimeout(this.teardownTimer);
      this.teardownTimer = undefined;
      return;
    }
    if (this.host.hasUpdated && !this.current) this.startWhenNear();
  }

  hostDisconnected(): void {
    this.teardownTimer = setTimeout(() => {
      this.teardownTimer = undefined;
      this.teardown();
    }, TEARDOWN_DELAY_MS);
  }

  /** With `loading="lazy"`, nothing heavy loads until the element is within a screen's height of the viewport. */
  startWhenNear(): void {
    if (this.host.loading === 'eager' || typeof IntersectionObserver === 'undefined') void this.start();
    else this.slot.whenNear(() => void this.start());
  }

  /** Starts again from nothing (the reader's Retry after the first dataset failed). */
  restart(): void {
    this.teardown();
    void this.start();
  }

  private teardown(): void {
    this.generation++;
    this.phase = 'poster';
    this.unannounced = false;
    this.slot.free();
    this.moves.kept = undefined;
    this.options.source.cancel();
    this.dropEngine();
  }

  /** MapLibre and deck.gl go, with both WebGL contexts; what the element shows of them goes too. */
  private dropEngine(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.current?.destroy();
    this.current = undefined;
    this.options.onHover(null, 0, 0);
    this.host.requestUpdate();
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    performance.mark('relations-map:start');
    this.phase = 'loading';
    this.failure = '';
    const webgl = probeWebGL2();
    this.webgl = webgl;
    this.host.requestUpdate();
    // The downloads start now; the dataset, much the smallest, lets the controls (the shell) paint while MapLibre
    // and the basemap are still on their way (and deck.gl after MapLibre, see ./engine-code).
    const enginePromise = this.code.load(webgl);
    const topologyPromise = loadTopology();
    // Awaited below; until then a rejection must not be reported as unhandled.
    topologyPromise.catch(() => {});
    const first = await this.options.source.loadFirst(stale);
    if (!first) return;
    const { result, source } = first;
    if (!result.ok) {
      this.phase = 'failed';
      this.options.source.report(source, result.problems);
      return;
    }
    this.options.source.accept(result.dataset);
    await this.host.updateComplete;
    performance.mark('relations-map:shell');
    let engineModule: EngineModule | undefined;
    try {
      this.topology = await topologyPromise;
      if (webgl && !stale()) this.styles.prepare(this.topology, result.dataset, this.host.resolvedTheme);
      // The static picture can be drawn now, long before MapLibre and deck.gl are ready.
      this.host.requestUpdate();
      engineModule = await enginePromise;
    } catch (error) {
      if (!stale()) this.reportEngineError('basemap', this.host.strings.basemapError, error);
      return;
    }
    if (stale()) return;
    if (!engineModule) {
      // No WebGL: the host draws the static picture (now with its countries) and the table; `ready` still fires.
      this.phase = 'ready';
      this.host.requestUpdate();
      await this.announceReady(false);
      return;
    }
    this.code.module = engineModule;
    performance.mark('relations-map:loaded');
    // The reader scrolled on while it loaded, or is flicking past: the picture stays, and the map is made when they
    // come back and stay.
    const lingered = await this.slot.lingered();
    if (stale()) return;
    if (!lingered) this.slot.deferred();
    if (!lingered || !this.slot.claim()) {
      // A picture until the reader comes back and stays, or the page's budget has room (./live-maps).
      this.phase = 'released';
      this.unannounced = true;
      this.host.requestUpdate();
      return;
    }
    this.createEngine(engineModule, undefined);
    performance.mark('relations-map:engine');
    await this.drawAndAnnounce(generation);
  }

  private createEngine(engineModule: EngineModule, view: MapView | undefined): void {
    const container = this.host.renderRoot.querySelector<HTMLElement>('.map');
    const dataset = this.options.source.dataset;
    const topology = this.topology;
    if (!container || !dataset || !topology) return;
    const style = this.styles.take(topology, dataset, this.host.resolvedTheme);
    const o = this.options;
    const engine = new engineModule.MapEngine(
      {
        ...engineSettings(this.host),
        container,
        style,
        deck: this.code.deck(),
        onDeckError: (error) => {
          this.code.forgetDeck();
          this.reportEngineError('layers', this.host.strings.layersError, error);
        },
        onHover: o.onHover,
        onClick: o.onClick,
        onResetView: o.onResetView,
        onContextLost: () => void this.recoverFromContextLoss(),
        onMoveEnd: (event) => {
          if (event.originalEvent) this.moves.readerMoved();
          o.onMoveEnd();
        },
      },
      view,
    );
    const initial = view ?? o.initialView();
    if (!view && initial) this.moves.viewMoved = true;
    if (initial) engine.moveTo(initial, { animate: false });
    else engine.fitBounds(o.framing(), { padding: o.padding(), animate: false });
    this.current = engine;
    this.moves.takePending();
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.current?.resize());
    this.resizeObserver.observe(container);
  }

  /**
   * A lost WebGL context (a GPU reset, too many contexts on the page, a test) is answered by building the engine
   * again: year, layers, selection and view are the element's own state and survive.
   */
  private async recoverFromContextLoss(): Promise<void> {
    const engine = this.current;
    if (!engine || !this.code.module || this.recovering) return;
    this.recovering = true;
    this.options.notify(this.host.strings.contextLost);
    const view = engine.view;
    const generation = this.generation;
    // Let the browser finish dispatching the loss before the old canvases go.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      if (generation !== this.generation || this.current !== engine) return;
      engine.destroy();
      this.current = undefined;
      this.createEngine(this.code.module, view);
      this.pushLayers();
      // createEngine() set it; TypeScript still narrows it to undefined from the line above.
      await (this.current as MapEngine | undefined)?.whenDrawn();
      if (this.generation === generation) this.options.notify('');
    } finally {
      this.recovering = false;
    }
  }

  /** `gestures`: a page's scroll passes over the map (`cooperative`), or the map takes it (`greedy`). */
  applyGestures(): void {
    this.current?.setCooperativeGestures(this.host.gestures !== 'greedy');
  }

  /** Hands deck.gl the layers of the element's state now. */
  pushLayers(): void {
    const layers = this.options.layers();
    if (this.current && layers) this.current.setLayers(layers);
  }

  /** A new dataset replaced the one on screen: its countries highlighted, its layers drawn, `ready` again. */
  async showReplaced(dataset: Dataset): Promise<void> {
    const engine = this.current;
    if (engine) {
      if (this.topology) engine.setCountries(countriesFromTopology(this.topology, highlightIds(dataset)));
      if (!this.options.initialView()) this.moves.resetView(true); // another region, perhaps: its framing
      await this.drawAndAnnounce(this.generation);
    } else if (!this.webgl) {
      await this.announceReady(false);
    } else if (this.phase === 'released') {
      // Its picture shows the new dataset now; the map, when it comes back, draws it and says `ready`.
      this.unannounced = true;
    }
  }

  /**
   * Gives the WebGL contexts back (the page's budget asks it): the engine goes through the same teardown as a removed
   * element, the view is kept, and the static picture of the same state takes the map's place. False when the map
   * is not drawn and settled (starting, recovering).
   */
  private release(): boolean {
    const engine = this.current;
    if (this.phase !== 'ready' || !engine || this.recovering) return false;
    this.generation++;
    this.moves.kept = engine.view;
    this.phase = 'released';
    this.dropEngine();
    dispatch(this.host, 'map-release', { year: this.host.year });
    return true;
  }

  /**
   * Back near the viewport: a live map again, from the kept view, announced with `map-restore`, or with `ready` when
   * it was never drawn or its dataset was replaced while it was released.
   */
  private async restore(): Promise<void> {
    if (this.phase !== 'released' || !this.code.module) return;
    if (!this.slot.claim()) return;
    const generation = ++this.generation;
    const event = this.unannounced ? 'ready' : 'map-restore';
    this.unannounced = false;
    this.phase = 'loading';
    this.host.requestUpdate();
    this.createEngine(this.code.module, this.moves.kept);
    await this.drawAndAnnounce(generation, event);
  }

  private async drawAndAnnounce(generation: number, event: 'ready' | 'map-restore' = 'ready'): Promise<void> {
    const engine = this.current;
    if (!engine || !this.options.source.dataset) return;
    this.pushLayers();
    await engine.whenDrawn();
    // deck.gl failed to load: the error was reported instead.
    if (this.phase === 'failed') return;
    if (generation !== this.generation || this.current !== engine) return;
    this.phase = 'ready';
    this.host.requestUpdate();
    this.slot.settled();
    performance.mark(`relations-map:${event}`);
    if (event === 'ready') await this.announceReady(true);
    else dispatch(this.host, 'map-restore', { year: this.host.year });
  }

  private async announceReady(webgl: boolean): Promise<void> {
    if (!webgl) await this.host.updateComplete;
    dispatch<ReadyDetail>(this.host, 'ready', { year: this.host.year!, webgl });
  }

  /** Resolves once the map has drawn its current state: basemap idle, deck.gl layers drawn. */
  async whenRendered(): Promise<void> {
    await this.host.updateComplete;
    await this.current?.whenDrawn();
  }

  /** MapLibre, deck.gl or the basemap failed to load: said on the map and in a `data-error` event. */
  private reportEngineError(source: 'basemap' | 'layers', message: string, error: unknown): void {
    this.phase = 'failed';
    this.failure = `${message}: ${error instanceof Error ? error.message : String(error)}`;
    this.host.requestUpdate();
    dispatch<DataErrorDetail>(this.host, 'data-error', {
      source,
      problems: [{ path: source, message: this.fatal }],
    });
  }
}
