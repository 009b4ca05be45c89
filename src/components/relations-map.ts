import { css, html, LitElement, nothing, type PropertyValues, svg, unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import datasetUrl from '../../datasets/dprk-relations.json?url';
import { staticMapModel } from '../basemap/static-map';
import {
  type BasemapColors,
  basemapThemes,
  buildBasemapStyle,
  countriesFromTopology,
  paintForTheme,
} from '../basemap/style';
import { loadTopology } from '../basemap/topology';
import { type Description, describePicked } from '../data/describe';
import {
  detailsFor,
  type SelectableGroup,
  type Selection,
  selectableItems,
  selectionExists,
} from '../data/details';
import { acceptDataset, type LoadResult, loadDataset } from '../data/load';
import type { Dataset } from '../data/schema';
import {
  type Direction,
  directions,
  flowsForYear,
  latestYear,
  maxDrawnValue,
  relationsForYear,
  yearsOf,
} from '../data/selectors';
import { embedSnippet, permalink, type SharedView } from '../data/share';
import type { Problem } from '../data/validate';
import type { MapEngine } from '../engine/map-engine';

type EngineModule = typeof import('../engine/map-engine');
type DeckModule = typeof import('../engine/deck-overlay');

type Topology = Awaited<ReturnType<typeof loadTopology>>;

import { decorateSnapshot, type ImageKey } from '../engine/snapshot';
import { probeWebGL2 } from '../engine/webgl';
import {
  buildLayers,
  type LayerToken,
  layerTokens,
  type PickedDatum,
  parseLayerTokens,
  serializeLayerTokens,
  type ViewState,
} from '../layers';
import { cssColor, layerPalettes } from '../layers/colors';
import { defaultWidthScale, legendStops, sqrtWidthScale } from '../layers/scales';
import { type Lang, langFor, type Strings } from '../strings';
import { darkThemeProperties, lightThemeProperties } from '../theme';
import { type LinkableMap, STATE_EVENT } from './link';
import './relations-details';
import './relations-layer-toggles';
import type { DirectionInputDetail, LayersInputDetail } from './relations-layer-toggles';
import './relations-legend';
import './relations-table';
import { downloadBlob, downloadFlowsCsv } from '../download';
import type { LegendModel, ScaleMode } from './relations-legend';
import './relations-year-slider';
import type { YearInputDetail, YearStopView } from './relations-year-slider';

export type Theme = 'light' | 'dark' | 'auto';
/** What the element shows: the map, or its figures as tables. */
export type DisplayMode = 'map' | 'table';

export interface ReadyDetail {
  year: number;
  webgl: boolean;
}
export interface DataErrorDetail {
  /** Where the dataset came from: a URL, or "data" for the property. */
  source: string;
  problems: Problem[];
}
export interface YearChangeDetail {
  year: number;
}
export interface LayersChangeDetail {
  layers: LayerToken[];
}
export type SelectionChangeDetail = Selection | null;
export interface ViewChangeDetail {
  center: [number, number];
  zoom: number;
}

/** The story's framing: Pyongyang, Beijing and South-East Asia down to Jakarta. */
const STORY_BOUNDS: [[number, number], [number, number]] = [
  [94, -9],
  [130, 43],
];
const TEARDOWN_DELAY_MS = 100;
/** The module that defines the element, for the embed snippet: the library file, or the site's own bundle. */
const MODULE_URL = import.meta.url;
const SIDE_PANEL_WIDTH = 300;
/** Below this width the controls move under the map instead of beside it. */
const NARROW_WIDTH = 640;
const TRANSITION_MS = 600;

/**
 * An embeddable map of North Korea's relations and trade with South-East Asia and China, drawn offline with
 * MapLibre and deck.gl.
 *
 * @fires ready - A dataset has been drawn: the basemap is idle and deck.gl has drawn its layers. Again after each new dataset. `detail: { year, webgl }`
 * @fires data-error - A dataset (from `src` or `data`) failed to load or validate. `detail: { source, problems }`
 * @fires year-change - The reader changed the year (not fired when the page sets `year`). `detail: { year }`
 * @fires layers-change - The reader changed the visible layers. `detail: { layers }`
 * @fires selection-change - The reader selected a country, flow, relation or event, or cleared the selection. `detail: { kind, id } | null`
 * @fires view-change - A pan or zoom ended. `detail: { center, zoom }`
 * @fires relations-state - The year, layers, direction or dataset changed, however they changed; linked controls follow it.
 * @slot title - A title shown above the map.
 * @slot legend - Replaces the built-in legend.
 * @slot fallback - Shown above the static picture when the browser has no WebGL.
 * @slot poster - Shown until a lazy map starts.
 * @csspart frame - The element's outer box.
 * @csspart map - The map's box.
 * @csspart controls - The panel with the year slider and layer toggles.
 * @csspart legend - The legend panel.
 * @csspart poster - The placeholder shown until a lazy map starts.
 * @csspart fallback - The static picture and tables shown without WebGL.
 * @csspart details - The details panel.
 * @csspart message - Error and notice messages.
 * @csspart tooltip - The hover tooltip.
 * @csspart attribution - The attribution line.
 * @csspart table-view - The table view that replaces the map when `mode="table"`.
 * @cssproperty --relations-font - Font family of the element's text.
 * @cssproperty --relations-background - Background behind the map while it loads.
 * @cssproperty --relations-text - Text colour.
 * @cssproperty --relations-panel - Background of panels and the tooltip.
 * @cssproperty --relations-focus - Colour of the keyboard focus ring.
 * @cssproperty --relations-accent - Colour of the selected year.
 * @cssproperty --relations-panel-solid - Opaque background of the static fallback and of the slider's stops.
 * @cssproperty --relations-link - Colour of links to sources in the details panel.
 */
export class RelationsMap extends LitElement implements LinkableMap {
  static override properties = {
    year: { type: Number, reflect: true },
    layers: { type: String, reflect: true },
    direction: { type: String, reflect: true },
    src: { type: String },
    theme: { type: String, reflect: true },
    scale: { type: String, reflect: true },
    gestures: { type: String },
    noControls: { type: Boolean, attribute: 'no-controls', reflect: true },
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    center: { type: String },
    zoom: { type: Number },
    loading: { type: String },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    lang: { type: String },
    mode: { type: String, reflect: true },
    _started: { state: true },
    selection: { attribute: false },
    _dataset: { state: true },
    _notice: { state: true },
    _dataError: { state: true },
    _fatal: { state: true },
    _loading: { state: true },
    _tooltip: { state: true },
    _systemDark: { state: true },
    _announcement: { state: true },
    _webgl: { state: true },
  };

  /** The year shown; one of the dataset's years. Default: the latest. */
  declare year: number | undefined;
  /** Space-separated layer tokens (`trade relations events labels`); absent means all, empty means none. */
  declare layers: string | null;
  /** Which trade arcs to draw: `both`, `exports` (DPRK exports) or `imports` (DPRK imports). */
  declare direction: Direction;
  /** URL of a dataset; default: the built-in dataset. */
  declare src: string | undefined;
  /** `light`, `dark`, or `auto` to follow the reader's system. */
  declare theme: Theme;
  /** Arc widths: `locked` (one scale for every year, the default) or `year` (rescaled to the year shown). */
  declare scale: ScaleMode;
  /** `cooperative` (default: in an article, scrolling the page is not captured) or `greedy` (a full-page map). */
  declare gestures: 'cooperative' | 'greedy';
  /** Hides the built-in slider, toggles and legend, for pages that bring their own. */
  declare noControls: boolean;
  /** The selected country, flow, relation or event, or null. */
  declare selection: Selection | null;

  declare private _dataset: Dataset | undefined;
  declare private _notice: string;
  declare private _dataError: DataErrorDetail | undefined;
  declare private _fatal: string;
  declare private _loading: boolean;
  declare private _tooltip: { text: Description; x: number; y: number } | undefined;
  declare private _systemDark: boolean;
  declare private _announcement: string;
  declare private _webgl: boolean;
  /** How long a dataset download may take before it fails with a message (milliseconds). */
  declare loadTimeout: number;
  /** The initial view's centre, `lon,lat`; default: the story's framing. */
  declare center: string | undefined;
  /** The initial view's zoom, used with `center`. */
  declare zoom: number | undefined;
  /** `lazy` (default): start when the element nears the viewport. `eager`: start at once. */
  declare loading: 'lazy' | 'eager';
  /** Keep year, layers and view in the page URL, so a link reopens the same view. */
  declare syncUrl: boolean;
  /** Language of numbers and dates (BCP 47); default: the nearest `lang` in the page, else English. */
  declare lang: string;
  /** `map` (default) or `table`: the same figures as sortable tables, with downloads and the method note. */
  declare mode: DisplayMode;
  declare private _started: boolean;

  private engine: MapEngine | undefined;
  private engineModule: EngineModule | undefined;
  private deckModule: Promise<DeckModule> | undefined;
  private topology: Topology | undefined;
  private recovering = false;
  private noticeFresh = false;
  /** The `src` whose dataset is on screen, so a later change of `src` is noticed. */
  private loadedSrc: string | undefined;
  private generation = 0;
  private teardownTimer: ReturnType<typeof setTimeout> | undefined;
  private loadAbort: AbortController | undefined;
  private pendingData: { value: unknown } | undefined;
  private darkQuery: MediaQueryList | undefined;
  private motionQuery: MediaQueryList | undefined;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.year = undefined;
    this.layers = null;
    this.direction = 'both';
    this.src = undefined;
    this.theme = 'auto';
    this.scale = 'locked';
    this.gestures = 'cooperative';
    this.noControls = false;
    this.selection = null;
    this._dataset = undefined;
    this._notice = '';
    this._dataError = undefined;
    this._fatal = '';
    this._loading = true;
    this._tooltip = undefined;
    this._systemDark = false;
    this._announcement = '';
    this._webgl = true;
    this.loadTimeout = 20_000;
    this.center = undefined;
    this.zoom = undefined;
    this.loading = 'lazy';
    this.syncUrl = false;
    this._started = false;
    this.mode = 'map';
    this.addEventListener('keydown', this.onHostKeyDown);
  }

  /** The dataset on screen. Setting it validates first; an invalid one is refused with `data-error`. */
  get data(): Dataset | undefined {
    return this._dataset;
  }

  set data(value: unknown) {
    if (!this._dataset && this._loading && !this._fatal) {
      // No dataset yet: start() takes this value instead of the default dataset, even if that is on its way.
      this.pendingData = { value };
      return;
    }
    void acceptDataset(value).then((result) => this.applyResult(result, 'data'));
  }

  /** The dataset's years, the stops of the slider. */
  get years(): readonly number[] {
    return this._dataset ? yearsOf(this._dataset) : [];
  }

  /** The years with their labels and captions. */
  get yearStops(): YearStopView[] {
    return this._dataset?.years.map(({ year, label, caption }) => ({ year, label, caption })) ?? [];
  }

  /** The MapLibre map, for power users; undefined until the map has started. */
  get map(): MapEngine['map'] | undefined {
    return this.engine?.map;
  }

  /** The deck.gl overlay (a MapLibreOverlay), for power users; undefined until deck.gl has arrived (it has by `ready`). */
  get deck(): MapEngine['overlay'] | undefined {
    return this.engine?.overlay;
  }

  /** The interface strings in the element's language (English, or Malay for `ms`). */
  get strings(): Strings {
    return this.text.t;
  }

  private langCache: Lang | undefined;
  private get text(): Lang {
    const locale = this.locale;
    if (this.langCache?.locale !== locale) this.langCache = langFor(locale);
    return this.langCache;
  }

  /** The visible layer tokens, parsed. */
  get visibleLayers(): ReadonlySet<LayerToken> {
    return parseLayerTokens(this.layers).layers;
  }

  /** Returns the map to the story's framing. */
  resetView(): void {
    this.engine?.map.fitBounds(STORY_BOUNDS, {
      padding: this.framePadding(),
      animate: !this.motionQuery?.matches,
    });
  }

  /** The view from the `center` and `zoom` attributes, when they are valid. */
  private initialView(): { center: [number, number]; zoom: number } | undefined {
    const parts = (this.center ?? '').split(',').map((v) => Number(v.trim()));
    if (parts.length !== 2 || parts.some((v) => !Number.isFinite(v))) {
      if (this.center)
        console.warn(`relations-map: center "${this.center}" is not "lon,lat"; using the story's framing`);
      return undefined;
    }
    const [lon, lat] = parts as [number, number];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 85) return undefined;
    const zoom = typeof this.zoom === 'number' && Number.isFinite(this.zoom) ? this.zoom : 3;
    return { center: [lon, lat], zoom };
  }

  private onMoveEnd = () => {
    const engine = this.engine;
    if (!engine || this._loading) return;
    const detail = engine.view;
    this.writeUrlState();
    this.dispatch<ViewChangeDetail>('view-change', detail);
  };

  /** URL parameter names; with an id, each map's parameters carry it, so several maps share one URL. */
  private urlKey(name: string): string {
    return this.id ? `${this.id}.${name}` : name;
  }

  private applyUrlState(): void {
    if (!this.syncUrl) return;
    const params = new URL(location.href).searchParams;
    const year = params.get(this.urlKey('year'));
    if (year && /^\d{4}$/.test(year)) this.year = Number(year);
    const layers = params.get(this.urlKey('layers'));
    if (layers !== null) this.layers = layers;
    const view = params.get(this.urlKey('view'))?.split(',').map(Number);
    if (view && view.length === 3 && view.every(Number.isFinite)) {
      this.center = `${view[0]},${view[1]}`;
      this.zoom = view[2];
    }
  }

  private writeUrlState(): void {
    if (!this.syncUrl || !this._dataset) return;
    const url = new URL(location.href);
    const params = url.searchParams;
    if (this.year !== undefined) params.set(this.urlKey('year'), String(this.year));
    if (this.layers === null) params.delete(this.urlKey('layers'));
    else params.set(this.urlKey('layers'), this.layers);
    const view = this.engine?.view;
    if (view) {
      params.set(
        this.urlKey('view'),
        `${view.center[0].toFixed(3)},${view.center[1].toFixed(3)},${view.zoom.toFixed(2)}`,
      );
    }
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  /** Room for the built-in panel, so the story's framing is not hidden behind it. */
  private framePadding(): { top: number; bottom: number; left: number; right: number } {
    const width = this.clientWidth;
    const height = this.clientHeight;
    if (this.noControls) return { top: 16, bottom: 24, left: 16, right: 16 };
    if (width <= NARROW_WIDTH) return { top: 16, bottom: Math.round(height * 0.45), left: 16, right: 16 };
    return { top: 16, bottom: 24, left: SIDE_PANEL_WIDTH + 20, right: 50 };
  }

  /** Moves the map to a view; without animation when the reader prefers reduced motion. */
  flyTo(view: { center: [number, number]; zoom?: number }): void {
    const map = this.engine?.map;
    if (!map) return;
    const target = { center: view.center, ...(view.zoom === undefined ? {} : { zoom: view.zoom }) };
    if (this.motionQuery?.matches) map.jumpTo(target);
    else map.flyTo(target);
  }

  /** A year change made by the reader: applied, then announced with `year-change`. */
  setYearFromUser(year: number): void {
    if (year === this.year) return;
    const before = this.year;
    this.year = year;
    void this.updateComplete.then(() => {
      if (this.year === year && before !== year) this.dispatch<YearChangeDetail>('year-change', { year });
    });
  }

  /** A layer change made by the reader: applied, then announced with `layers-change`. */
  setLayersFromUser(layers: ReadonlySet<LayerToken>): void {
    this.layers = serializeLayerTokens(layers);
    this.dispatch<LayersChangeDetail>('layers-change', { layers: layerTokens.filter((t) => layers.has(t)) });
  }

  setDirectionFromUser(direction: Direction): void {
    if (directions.includes(direction)) this.direction = direction;
  }

  /** A selection made by the reader: applied, then announced with `selection-change`. */
  selectFromUser(selection: Selection | null): void {
    const same =
      selection === this.selection ||
      (selection &&
        this.selection &&
        selection.kind === this.selection.kind &&
        selection.id === this.selection.id);
    if (same) return;
    this.selection = selection;
    const dataset = this._dataset;
    const view =
      dataset && selection
        ? detailsFor(dataset, selection, this.year ?? latestYear(dataset), this.text)
        : undefined;
    if (view) this._announcement = `${view.title}. ${view.subtitle}`;
    this.dispatch<SelectionChangeDetail>('selection-change', selection ? { ...selection } : null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
    this._systemDark = this.darkQuery.matches;
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    if (this.teardownTimer !== undefined) {
      // Moved within the page: keep the running map.
      clearTimeout(this.teardownTimer);
      this.teardownTimer = undefined;
      return;
    }
    if (this.hasUpdated && !this.engine) this.startWhenNear();
  }

  private visibility: IntersectionObserver | undefined;

  /** With `loading="lazy"`, nothing heavy loads until the element is within a screen's height of the viewport. */
  private startWhenNear(): void {
    this.visibility?.disconnect();
    if (this.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      void this.start();
      return;
    }
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.visibility?.disconnect();
        this.visibility = undefined;
        void this.start();
      },
      { rootMargin: '100% 0px' },
    );
    this.visibility.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
    this.teardownTimer = setTimeout(() => {
      this.teardownTimer = undefined;
      this.teardown();
    }, TEARDOWN_DELAY_MS);
  }

  private onSchemeChange = (event: MediaQueryListEvent) => {
    this._systemDark = event.matches;
  };

  private teardown(): void {
    this.generation++;
    this.visibility?.disconnect();
    this.visibility = undefined;
    this._started = false;
    this.loadAbort?.abort();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.engine?.destroy();
    this.engine = undefined;
    this._loading = true;
    this._tooltip = undefined;
  }

  protected override firstUpdated(): void {
    this.applyUrlState();
    this.startWhenNear();
  }

  private canonicalLocale: { tag: string; locale: string } | undefined;

  /**
   * The locale for numbers, dates and the interface language: the element's `lang`, the nearest one above it, the
   * page's, or English.
   */
  get locale(): string {
    const tag =
      this.lang ||
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang;
    if (this.canonicalLocale?.tag === tag) return this.canonicalLocale.locale;
    let locale = 'en';
    try {
      locale = tag ? (Intl.getCanonicalLocales(tag)[0] ?? 'en') : 'en';
    } catch {
      // An invalid tag falls back to English.
    }
    this.canonicalLocale = { tag, locale };
    return locale;
  }

  /** The theme in effect: `auto` resolved to the reader's system setting. */
  get resolvedTheme(): 'light' | 'dark' {
    if (this.theme === 'light' || this.theme === 'dark') return this.theme;
    return this._systemDark ? 'dark' : 'light';
  }

  private get basemapColors(): BasemapColors {
    return basemapThemes[this.resolvedTheme];
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    performance.mark('relations-map:start');
    this._started = true;
    this._loading = true;
    this._fatal = '';
    const webgl = probeWebGL2();
    this._webgl = webgl;
    let sourceName = this.initialSourceName();
    // The downloads start now; the dataset, much the smallest, lets the controls (the shell) paint while MapLibre
    // and the basemap are still on their way. deck.gl, as much code again as MapLibre, is fetched once MapLibre is
    // in: fetched together, they compete for the same CPU and the map, which takes longest to complete, starts
    // later; the map needs deck.gl only once its basemap has loaded.
    const enginePromise: Promise<EngineModule | undefined> = webgl
      ? import('../engine/map-engine')
      : Promise.resolve(undefined);
    // A failed deck.gl download is reported by the engine, which waits for it; a failed MapLibre one below.
    enginePromise.then((engine) => engine && this.loadDeck()).catch(() => {});
    const topologyPromise = loadTopology();
    // Awaited below; until then a rejection must not be reported as unhandled.
    topologyPromise.catch(() => {});
    let result = await this.loadInitialDataset();
    if (generation !== this.generation) return;
    // The page set `data` while the default dataset was downloading: the page's wins (the latest, if several).
    while (this.pendingData) {
      const { value } = this.pendingData;
      this.pendingData = undefined;
      result = await acceptDataset(value);
      sourceName = 'data';
    }
    if (generation !== this.generation) return;
    if (!result.ok) {
      this._loading = false;
      this.reportDataError(sourceName, result.problems);
      return;
    }
    this.setDataset(result.dataset);
    this.loadedSrc = sourceName === 'data' ? undefined : this.src;
    await this.updateComplete;
    performance.mark('relations-map:shell');
    let engineModule: EngineModule | undefined;
    try {
      this.topology = await topologyPromise;
      // Converting the basemap to GeoJSON takes a good part of a frame budget: done while MapLibre and deck.gl are
      // still downloading, not after.
      if (webgl && generation === this.generation) this.prepareStyle(result.dataset);
      engineModule = await enginePromise;
    } catch (error) {
      if (generation !== this.generation) return;
      this.reportEngineError('basemap', this.strings.basemapError, error);
      return;
    }
    if (generation !== this.generation) return;
    if (!engineModule) {
      // No WebGL: the static picture (now with its countries) and the table are drawn by render(); the page still
      // hears `ready`.
      this._loading = false;
      this.requestUpdate();
      await this.updateComplete;
      this.dispatch<ReadyDetail>('ready', { year: this.year!, webgl: false });
      return;
    }
    this.engineModule = engineModule;
    performance.mark('relations-map:loaded');
    this.createEngine(engineModule, undefined);
    performance.mark('relations-map:engine');
    await this.drawAndAnnounce(generation);
  }

  private loadDeck(): Promise<DeckModule> {
    this.deckModule ??= import('../engine/deck-overlay');
    return this.deckModule;
  }

  private preparedStyle:
    | { dataset: Dataset; theme: string; style: ReturnType<typeof buildBasemapStyle> }
    | undefined;

  private prepareStyle(dataset: Dataset): void {
    if (!this.topology) return;
    this.preparedStyle = {
      dataset,
      theme: this.resolvedTheme,
      style: buildBasemapStyle(this.topology, { colors: this.basemapColors, ...this.highlightIds(dataset) }),
    };
  }

  /** The style made while the engine downloaded, if it still fits the dataset and theme; used once. */
  private takePreparedStyle(dataset: Dataset): ReturnType<typeof buildBasemapStyle> | undefined {
    const prepared = this.preparedStyle;
    this.preparedStyle = undefined;
    return prepared && prepared.dataset === dataset && prepared.theme === this.resolvedTheme
      ? prepared.style
      : undefined;
  }

  private createEngine(
    engineModule: EngineModule,
    view: { center: [number, number]; zoom: number } | undefined,
  ): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    const dataset = this._dataset;
    if (!container || !dataset || !this.topology) return;
    const engine = new engineModule.MapEngine(
      {
        container,
        style:
          this.takePreparedStyle(dataset) ??
          buildBasemapStyle(this.topology, {
            colors: this.basemapColors,
            ...this.highlightIds(dataset),
          }),
        center: [112, 18],
        zoom: 2.5,
        maxPixelRatio: 2,
        cooperativeGestures: this.gestures !== 'greedy',
        locale: this.strings.mapControls,
        deck: this.loadDeck(),
        onDeckError: (error) => {
          // A later start (the element removed from the page and added again) tries the download again.
          this.deckModule = undefined;
          this.reportEngineError('layers', this.strings.layersError, error);
        },
        resetLabel: this.strings.resetView,
        onHover: this.onHover,
        onClick: this.onMapClick,
        onResetView: () => this.resetView(),
        onContextLost: () => void this.recoverFromContextLoss(),
        onContextRestored: () => {},
        onMoveEnd: this.onMoveEnd,
      },
      view,
    );
    const initial = view ?? this.initialView();
    if (initial) engine.map.jumpTo(initial);
    else engine.map.fitBounds(STORY_BOUNDS, { padding: this.framePadding(), animate: false });
    this.engine = engine;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.engine?.resize());
    this.resizeObserver.observe(container);
  }

  /**
   * A lost WebGL context (a GPU reset, too many contexts on the page, a test) is answered by building the engine
   * again: year, layers, selection and view are the element's own state and survive.
   */
  private async recoverFromContextLoss(): Promise<void> {
    const engine = this.engine;
    if (!engine || !this.engineModule || this.recovering) return;
    this.recovering = true;
    this._notice = this.strings.contextLost;
    const view = engine.view;
    const generation = this.generation;
    // Let the browser finish dispatching the loss before the old canvases go.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      if (generation !== this.generation || this.engine !== engine) return;
      engine.destroy();
      this.engine = undefined;
      this.createEngine(this.engineModule, view);
      this.pushLayers();
      // createEngine() set it; TypeScript still narrows it to undefined from the line above.
      await (this.engine as MapEngine | undefined)?.whenDrawn();
      if (this.generation === generation) this._notice = '';
    } finally {
      this.recovering = false;
    }
  }

  private highlightIds(dataset: Dataset): { partnerIds: string[]; focusId: string | undefined } {
    const partnerIds = dataset.actors
      .filter((a) => a.role === 'partner' && a.isoNumeric)
      .map((a) => a.isoNumeric!);
    const focusId = dataset.actors.find((a) => a.code === dataset.focus)?.isoNumeric;
    return { partnerIds, focusId };
  }

  private initialSourceName(): string {
    if (this.pendingData) return 'data';
    return this.src ?? datasetUrl;
  }

  private async loadInitialDataset(): Promise<LoadResult> {
    if (this.pendingData) {
      const { value } = this.pendingData;
      this.pendingData = undefined;
      return acceptDataset(value);
    }
    this.loadAbort?.abort();
    this.loadAbort = new AbortController();
    return loadDataset(this.src ?? datasetUrl, {
      signal: this.loadAbort.signal,
      timeoutMs: this.loadTimeout,
    });
  }

  /** `src` changed after the first dataset: load the new one; the old one stays on screen if it fails. */
  private async reloadSrc(): Promise<void> {
    const src = this.src ?? datasetUrl;
    this.loadAbort?.abort();
    const abort = new AbortController();
    this.loadAbort = abort;
    const result = await loadDataset(src, {
      signal: abort.signal,
      timeoutMs: this.loadTimeout,
    });
    if (abort.signal.aborted) return;
    this.loadedSrc = this.src;
    await this.applyResult(result, src);
  }

  private async applyResult(result: LoadResult, source: string): Promise<void> {
    if (!result.ok) {
      this.reportDataError(source, result.problems);
      return;
    }
    this.setDataset(result.dataset);
    if (this.engine) {
      const countries = this.engine.map.getSource('countries') as
        | { setData(data: ReturnType<typeof countriesFromTopology>): void }
        | undefined;
      if (countries && this.topology) {
        countries.setData(countriesFromTopology(this.topology, this.highlightIds(result.dataset)));
      }
      await this.drawAndAnnounce(this.generation);
    } else if (!this._webgl) {
      await this.updateComplete;
      this.dispatch<ReadyDetail>('ready', { year: this.year!, webgl: false });
    }
  }

  private setDataset(dataset: Dataset): void {
    const years = yearsOf(dataset);
    this._dataError = undefined;
    if (this.year === undefined || !years.includes(this.year)) {
      if (this.year !== undefined) this.refuseYear(this.year, years);
      this.year = latestYear(dataset);
    }
    if (this.selection && !selectionExists(dataset, this.selection)) this.selection = null;
    this._dataset = dataset;
  }

  private reportDataError(source: string, problems: Problem[]): void {
    this._dataError = { source, problems };
    console.warn(`relations-map: ${source}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.dispatch<DataErrorDetail>('data-error', { source, problems });
  }

  /** MapLibre, deck.gl or the basemap failed to load: said on the map and in a `data-error` event. */
  private reportEngineError(source: 'basemap' | 'layers', message: string, error: unknown): void {
    this._loading = false;
    this._fatal = `${message}: ${error instanceof Error ? error.message : String(error)}`;
    this.dispatch<DataErrorDetail>('data-error', {
      source,
      problems: [{ path: source, message: this._fatal }],
    });
  }

  private async drawAndAnnounce(generation: number): Promise<void> {
    const engine = this.engine;
    if (!engine || !this._dataset) return;
    this.pushLayers();
    await engine.whenDrawn();
    // deck.gl failed to load: the error was reported instead.
    if (this._fatal) return;
    if (generation !== this.generation || this.engine !== engine) return;
    this._loading = false;
    performance.mark('relations-map:ready');
    this.dispatch<ReadyDetail>('ready', { year: this.year!, webgl: true });
  }

  /** Resolves once the map has drawn its current state: basemap idle, deck.gl layers drawn. */
  async whenRendered(): Promise<void> {
    await this.updateComplete;
    await this.engine?.whenDrawn();
  }

  private refuseYear(year: number, years: readonly number[]): void {
    this.noticeFresh = true;
    this._notice = this.strings.yearRefused(String(year), years.join(', '));
    console.warn(`relations-map: ${this._notice}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('year') && this._dataset && this.year !== undefined) {
      const years = yearsOf(this._dataset);
      if (!years.includes(this.year)) {
        const previous = changed.get('year') as number | undefined;
        this.refuseYear(this.year, years);
        this.year = previous !== undefined && years.includes(previous) ? previous : latestYear(this._dataset);
      } else if (changed.get('year') !== undefined) {
        // A year the reader or page chose clears an old notice; the fallback year that came with one keeps it.
        if (!this.noticeFresh) this._notice = '';
        this.followSelectionToYear(this._dataset, this.year);
        const stop = this._dataset.years.find((y) => y.year === this.year);
        this._announcement = stop ? `${stop.year}: ${stop.label}` : String(this.year);
      }
    }
    this.noticeFresh = false;
    if (changed.has('layers')) {
      const { unknown } = parseLayerTokens(this.layers);
      if (unknown.length > 0) {
        console.warn(`relations-map: unknown layer token(s) ignored: ${unknown.join(', ')}`);
      }
    }
    if (changed.has('direction') && !directions.includes(this.direction)) {
      console.warn(`relations-map: unknown direction "${this.direction}"; use ${directions.join(', ')}`);
      this.direction = 'both';
    }
    if (changed.has('scale') && this.scale !== 'locked' && this.scale !== 'year') this.scale = 'locked';
  }

  /** A flow or relation belongs to one year: after a year change, show the same pair's one, or nothing. */
  private followSelectionToYear(dataset: Dataset, year: number): void {
    const sel = this.selection;
    if (!sel || sel.kind === 'actor') return;
    let next: Selection | null = null;
    if (sel.kind === 'flow') {
      const flow = dataset.flows.find((f) => f.id === sel.id);
      const match =
        flow &&
        flowsForYear(dataset, year).find(
          (f) => f.from === flow.from && f.to === flow.to && f.type === flow.type,
        );
      if (match) next = { kind: 'flow', id: match.id };
    } else if (sel.kind === 'relation') {
      const relation = dataset.relations.find((r) => r.id === sel.id);
      const match =
        relation && relationsForYear(dataset, year).find((r) => r.between.join() === relation.between.join());
      if (match) next = { kind: 'relation', id: match.id };
    }
    this.selectFromUser(next);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.placeTooltip();
    // Private state keys are not part of PropertyValues<this>, so the map is read untyped.
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    if (['year', 'layers', 'direction', '_dataset', 'lang', 'theme', '_systemDark'].some(has)) {
      this.dispatchEvent(new CustomEvent(STATE_EVENT, { bubbles: true, composed: true }));
      this.writeUrlState();
    }
    if (has('src') && this._dataset && this.src !== this.loadedSrc) void this.reloadSrc();
    if (!this.engine) return;
    if (has('theme') || has('_systemDark')) {
      this.engine.setBasemapPaint(paintForTheme(this.basemapColors));
    }
    if (['year', 'layers', 'direction', 'theme', 'scale', '_systemDark'].some(has)) {
      this.pushLayers();
    }
    if (has('gestures')) {
      const gestures = this.engine.map.cooperativeGestures;
      if (this.gestures === 'greedy') gestures.disable();
      else gestures.enable();
    }
  }

  private widthScale(dataset: Dataset) {
    const year = this.year ?? latestYear(dataset);
    const max =
      this.scale === 'year'
        ? Math.max(0, ...flowsForYear(dataset, year).map((f) => f.valueUsd))
        : maxDrawnValue(dataset);
    return sqrtWidthScale(max);
  }

  private viewState(dataset: Dataset): ViewState {
    return {
      year: this.year ?? latestYear(dataset),
      layers: this.visibleLayers,
      direction: directions.includes(this.direction) ? this.direction : 'both',
      palette: layerPalettes[this.resolvedTheme],
      widthScale: this.widthScale(dataset),
      transitionMs: this.motionQuery?.matches ? 0 : TRANSITION_MS,
      noFigureText: this.strings.noFigure,
    };
  }

  private pushLayers(): void {
    if (!this.engine || !this._dataset) return;
    this.engine.setLayers(buildLayers(this._dataset, this.viewState(this._dataset)));
  }

  /**
   * Positioned through CSSOM after render: a strict Content-Security-Policy blocks style attributes, and a
   * template binding (styleMap included) writes one on first render. Kept inside the element's box.
   */
  private placeTooltip(): void {
    const el = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const tip = this._tooltip;
    if (!el || !tip) return;
    const maxX = this.clientWidth - el.offsetWidth - 4;
    const maxY = this.clientHeight - el.offsetHeight - 4;
    el.style.left = `${Math.max(4, Math.min(tip.x + 12, maxX))}px`;
    el.style.top = `${Math.max(4, Math.min(tip.y + 12, maxY))}px`;
  }

  private onHover = (picked: PickedDatum | null, x: number, y: number) => {
    if (!picked || !this._dataset) {
      this._tooltip = undefined;
      return;
    }
    this._tooltip = { text: describePicked(this._dataset, picked, this.text), x, y };
  };

  private onMapClick = (picked: PickedDatum | null, countryId: string | undefined) => {
    const dataset = this._dataset;
    if (!dataset) return;
    let selection: Selection | null = null;
    if (picked) {
      switch (picked.kind) {
        case 'flow':
          selection = { kind: 'flow', id: picked.flow.id };
          break;
        case 'actor':
          selection = { kind: 'actor', id: picked.actor.code };
          break;
        case 'relation':
        case 'embassy':
          selection = { kind: 'relation', id: picked.relation.id };
          break;
        case 'event':
          selection = { kind: 'event', id: picked.events[0]!.id };
          break;
      }
    } else if (countryId) {
      const actor = dataset.actors.find((a) => a.isoNumeric === countryId);
      if (actor) selection = { kind: 'actor', id: actor.code };
    }
    if (selection) this.openDetails(selection, true);
    else this.selectFromUser(null);
  };

  private onHostKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (this.selection) {
      this.selectFromUser(null);
      this.engine?.map.getCanvas().focus();
    } else if (this.mode === 'table') this.setModeFromUser('map');
  };

  private dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private retry = () => {
    this._dataError = undefined;
    if (this._dataset) void this.reloadSrc();
    else {
      this.teardown();
      void this.start();
    }
  };

  private legendCache: { dataset: Dataset; key: string; model: LegendModel } | undefined;

  /** The same object while nothing it shows changed, so the legend does not re-render on every hover. */
  private legendModel(dataset: Dataset): LegendModel {
    const layers = this.visibleLayers;
    const key = [this.resolvedTheme, this.scale, this.year, this.locale, [...layers].join()].join('|');
    const cached = this.legendCache;
    if (cached && cached.dataset === dataset && cached.key === key) return cached.model;
    const scale = this.widthScale(dataset);
    const model: LegendModel = {
      palette: layerPalettes[this.resolvedTheme],
      stops: legendStops(scale),
      minWidth: defaultWidthScale.minWidth,
      scaleMode: this.scale,
      year: this.year ?? latestYear(dataset),
      locale: this.locale,
      showTrade: layers.has('trade'),
      showRelations: layers.has('relations'),
      showEvents: layers.has('events'),
      strings: this.strings,
    };
    this.legendCache = { dataset, key, model };
    return model;
  }

  private renderSlider() {
    const s = this.strings;
    return html`<relations-year-slider
      .stops=${this.yearStops}
      .value=${this.year}
      .label=${s.year}
      .playLabel=${s.play}
      .pauseLabel=${s.pause}
      @year-input=${(e: CustomEvent<YearInputDetail>) => this.setYearFromUser(e.detail.year)}
    ></relations-year-slider>`;
  }

  private renderTable(dataset: Dataset) {
    return html`<relations-table
      .data=${dataset}
      .year=${this.year}
      .layers=${this.visibleLayers}
      .direction=${directions.includes(this.direction) ? this.direction : 'both'}
      .strings=${this.strings}
      .locale=${this.locale}
    ></relations-table>`;
  }

  /** The table view: the same figures as the map, over the map, with the controls still beside it. */
  private renderTableView(dataset: Dataset) {
    const s = this.strings;
    const year = this.year ?? latestYear(dataset);
    return html`<section class="panel table-view" part="table-view" aria-labelledby="table-view-title">
      <header>
        <h2 id="table-view-title" tabindex="-1">${s.tableLabel(String(year))}</h2>
        <button type="button" class="to-map" @click=${() => this.setModeFromUser('map')}>${s.mapView}</button>
      </header>
      ${this.renderTable(dataset)}
    </section>`;
  }

  /** Switches between map and table, moving focus to what was opened so keyboard users land on it. */
  setModeFromUser(mode: DisplayMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this._announcement = mode === 'table' ? this.strings.tableView : this.strings.mapLabel;
    void this.updateComplete.then(() => {
      const target =
        mode === 'table'
          ? this.renderRoot.querySelector<HTMLElement>('#table-view-title')
          : this.renderRoot.querySelector<HTMLElement>('.view-switch');
      target?.focus();
    });
  }

  private renderDownloads() {
    const s = this.strings;
    const dataset = this._dataset;
    if (!dataset) return nothing;
    const year = this.year ?? latestYear(dataset);
    return html`<details class="downloads">
      <summary>${s.downloads}</summary>
      <div class="download-buttons">
        <button type="button" data-download="png" @click=${() => void this.downloadImage()}>${s.png}</button>
        <button
          type="button"
          data-download="year"
          @click=${() => downloadFlowsCsv(dataset, year)}
        >${s.csvYear(String(year))}</button>
        <button
          type="button"
          data-download="all"
          @click=${() => downloadFlowsCsv(dataset)}
        >${s.csvAll}</button>
      </div>
    </details>`;
  }

  /** The keys of the image's legend: what is on the map now, in the element's language and theme. */
  private imageKeys(): ImageKey[] {
    const s = this.strings;
    const p = layerPalettes[this.resolvedTheme];
    const layers = this.visibleLayers;
    const keys: ImageKey[] = [];
    if (layers.has('trade')) {
      const roles =
        this.direction === 'both' ? (['exports', 'imports', 'total'] as const) : ([this.direction] as const);
      for (const role of roles)
        keys.push({ color: cssColor(p.flow[role]), label: s.role[role], shape: 'line' });
    }
    if (layers.has('relations')) {
      keys.push({ color: cssColor(p.status.full), label: s.statusNames.full, shape: 'line' });
      keys.push({ color: cssColor(p.status.downgraded), label: s.statusNames.downgraded, shape: 'dashed' });
      keys.push({ color: cssColor(p.status.severed), label: s.statusNames.severed, shape: 'dotted' });
    }
    if (layers.has('events')) {
      for (const c of ['diplomatic', 'economic', 'security', 'context'] as const)
        keys.push({ color: cssColor(p.event[c]), label: s.categoryNames[c], shape: 'dot' });
    }
    return keys;
  }

  /**
   * A PNG of the map as it is now (basemap, arcs, markers, labels) with a legend and the attribution drawn in, at
   * the canvas's pixel size. Rejects when the map has not started or the browser cannot encode the image.
   */
  async exportImage(): Promise<Blob> {
    const engine = this.engine;
    const dataset = this._dataset;
    if (!engine || !dataset) throw new Error('relations-map: the map has not been drawn yet');
    await this.whenRendered();
    const canvas = engine.snapshot();
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const style = frame ? getComputedStyle(frame) : undefined;
    const s = this.strings;
    decorateSnapshot(canvas, engine.map.getCanvas().clientWidth, {
      title: `${dataset.years.find((y) => y.year === this.year)?.label ?? ''} ${this.year ?? ''}`.trim(),
      keys: this.imageKeys(),
      attribution: `${s.attributionBasemap} · ${s.attributionData}: ${dataset.title} · ${s.attributionStory}`,
      panel: this.resolvedTheme === 'dark' ? 'rgba(17, 24, 39, 0.92)' : 'rgba(255, 255, 255, 0.92)',
      text: this.resolvedTheme === 'dark' ? '#f3f4f6' : '#1f2937',
      font: style?.fontFamily || 'sans-serif',
    });
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(s.pngFailed))), 'image/png'),
    );
  }

  private async downloadImage(): Promise<void> {
    const dataset = this._dataset;
    try {
      downloadBlob(await this.exportImage(), `${dataset?.id ?? 'relations-map'}-${this.year ?? ''}.png`);
    } catch (error) {
      this._notice = `${this.strings.pngFailed}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  protected override render() {
    const s = this.strings;
    const tooltip = this._tooltip;
    const dataset = this._dataset;
    const details =
      dataset && this.selection
        ? detailsFor(dataset, this.selection, this.year ?? latestYear(dataset), this.text)
        : undefined;
    return html`
      <div class="frame" part="frame" data-theme=${this.resolvedTheme}>
        <slot name="title"></slot>
        <div class="map" part="map" role="region" aria-label=${s.mapLabel} ?inert=${this.mode === 'table'}></div>
        ${
          this._started
            ? nothing
            : html`<div class="poster" part="poster"><slot name="poster"><p>${s.poster}</p></slot></div>`
        }
        ${this._started && this._loading && !this._fatal ? html`<div class="loading" role="status">${s.loading}</div>` : nothing}
        ${this._fatal ? html`<div class="message fatal" part="message" role="alert">${this._fatal}</div>` : nothing}
        ${this._dataError ? this.renderDataError(this._dataError) : nothing}
        ${this._notice ? html`<div class="message notice" part="message" role="status">${this._notice}</div>` : nothing}
        ${dataset && !this._webgl ? this.renderFallback(dataset) : nothing}
        ${
          dataset && this._webgl && !this.noControls
            ? html`<div class="panel controls" part="controls">
                ${this.renderSlider()}
                <relations-layer-toggles
                  .layers=${this.visibleLayers}
                  .direction=${this.direction}
                  .legend=${s.layersLegend}
                  .names=${s.layerNames}
                  .directions=${s.directionNames}
                  .directionLabel=${s.tradeDirection}
                  @layers-input=${(e: CustomEvent<LayersInputDetail>) => this.setLayersFromUser(new Set(e.detail.layers))}
                  @direction-input=${(e: CustomEvent<DirectionInputDetail>) => this.setDirectionFromUser(e.detail.direction)}
                ></relations-layer-toggles>
                <div class="actions">
                  <button
                    type="button"
                    class="view-switch"
                    aria-pressed=${this.mode === 'table' ? 'true' : 'false'}
                    @click=${() => this.setModeFromUser(this.mode === 'table' ? 'map' : 'table')}
                  >${s.tableView}</button>
                </div>
                ${this.renderPicker(dataset)}
                <details class="about">
                  <summary>${s.aboutFigures}</summary>
                  <p>${dataset.method}</p>
                  <p>${s.keyboardHelp}</p>
                </details>
                ${this.renderDownloads()}
                ${this.renderShare()}
                <details class="legend-box" open>
                  <summary>${s.legend}</summary>
                  <slot name="legend"><relations-legend
                    part="legend"
                    .model=${this.legendModel(dataset)}
                    @scale-input=${(e: CustomEvent<{ mode: ScaleMode }>) => {
                      this.scale = e.detail.mode;
                    }}
                  ></relations-legend></slot>
                </details>
              </div>`
            : nothing
        }
        ${dataset && this._webgl && this.mode === 'table' ? this.renderTableView(dataset) : nothing}
        ${
          details && this.mode === 'map'
            ? html`<relations-details
                class="panel details"
                part="details"
                .view=${details}
                .closeLabel=${s.closeDetails}
                .sourcesLabel=${s.sources}
                @details-close=${() => {
                  this.selectFromUser(null);
                  this.engine?.map.getCanvas().focus();
                }}
              ></relations-details>`
            : nothing
        }
        ${
          tooltip && this.mode === 'map'
            ? html`<div class="tooltip" part="tooltip" role="tooltip">
                <strong>${tooltip.text.title}</strong>
                ${tooltip.text.lines.map((line) => html`<div>${line}</div>`)}
              </div>`
            : nothing
        }
        <div class="visually-hidden" aria-live="polite">${this._announcement}</div>
        <div class="attribution" part="attribution">
          ${s.attributionBasemap} · ${s.attributionData}: ${dataset ? dataset.title : '…'} · ${s.attributionStory}
        </div>
      </div>
    `;
  }

  /**
   * Without WebGL: a one-line explanation, a static SVG picture of the year's flows (same data, same projection)
   * and the figures as a real table. The year can still be changed.
   */
  private renderFallback(dataset: Dataset) {
    const year = this.year ?? latestYear(dataset);
    const palette = layerPalettes[this.resolvedTheme];
    const colors = this.basemapColors;
    const countries = this.topology
      ? countriesFromTopology(this.topology, this.highlightIds(dataset))
      : undefined;
    const model = staticMapModel(dataset, year, countries, {
      width: 800,
      height: 560,
      bounds: STORY_BOUNDS,
      widthScale: sqrtWidthScale(maxDrawnValue(dataset), { minWidth: 1.5, maxWidth: 14 }),
    });
    const fill = { focus: colors.focus, partner: colors.partner, other: colors.land };
    return html`<div class="fallback" part="fallback">
      <p class="fallback-note" role="note">${this.strings.noWebgl}</p>
      <slot name="fallback"></slot>
      ${this.noControls ? nothing : this.renderSlider()}
      <svg class="static-map" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-label=${this.strings.staticMapLabel(String(year))}>
        <rect width=${model.width} height=${model.height} fill=${colors.ocean}></rect>
        ${model.countries.map((c) => svg`<path d=${c.d} fill=${fill[c.role]} stroke=${colors.coast} stroke-width="0.5"></path>`)}
        ${model.arcs.map(
          (a) =>
            svg`<path d=${a.d} fill="none" stroke=${cssColor(palette.flow[a.role])} stroke-width=${a.width} stroke-linecap="round"><title>${a.title}</title></path>`,
        )}
        ${model.capitals.map(
          (
            c,
          ) => svg`<circle cx=${c.x} cy=${c.y} r=${c.focus ? 6 : 4} fill=${cssColor(c.focus ? palette.focusCapital : palette.capital)} stroke="#fff"></circle>
            <text x=${c.x + 7} y=${c.y + 4} font-size="13" fill=${cssColor(palette.label)} stroke=${cssColor(palette.labelHalo)} stroke-width="3" paint-order="stroke">${c.name}</text>`,
        )}
      </svg>
      ${this.renderTable(dataset)}
    </div>`;
  }

  /** A keyboard route to every country, flow, relation and event: choosing one opens its details. */
  private renderPicker(dataset: Dataset) {
    const year = this.year ?? latestYear(dataset);
    const current = this.selection ? `${this.selection.kind}:${this.selection.id}` : '';
    // Until a reader reaches the list (pointer over it, or focus), only its first line is rendered: a year switch
    // then does not rewrite some fifty options nobody is looking at. Focus and pointer arrive before any key or click.
    const full = this.pickerActive || this.selection !== null;
    const activate = () => {
      if (this.pickerActive) return;
      this.pickerActive = true;
      this.requestUpdate();
    };
    return html`<label class="picker">
      <span>${this.strings.showDetails}</span>
      <select
        @focus=${activate}
        @pointerenter=${activate}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          const [kind, ...rest] = value.split(':');
          if (!value) this.selectFromUser(null);
          // Focus stays on the list: arrow keys on a closed select change it, and each change must not jump away.
          else this.openDetails({ kind: kind as Selection['kind'], id: rest.join(':') }, false);
        }}
      >
        <option value="" ?selected=${current === ''}>${this.strings.nothingSelected}</option>
        ${(full ? this.pickerGroups(dataset, year) : []).map(
          (group) => html`<optgroup label=${group.label}>
            ${group.items.map((item) => {
              const value = `${item.selection.kind}:${item.selection.id}`;
              return html`<option value=${value} ?selected=${value === current}>${item.label}</option>`;
            })}
          </optgroup>`,
        )}
      </select>
    </label>`;
  }

  private sharedView(): SharedView {
    const view = this.engine?.view;
    return {
      year: this.year,
      layers: this.layers,
      direction: this.direction,
      center: view?.center,
      zoom: view?.zoom,
    };
  }

  /** Permalink and embed code for the current view, computed when the reader opens the box. */
  private renderShare() {
    const s = this.strings;
    const copy = (e: Event) => {
      const field = (e.target as HTMLElement).closest('label')?.querySelector('textarea');
      if (!field) return;
      field.select();
      void navigator.clipboard?.writeText(field.value).catch(() => {});
    };
    // The link and the code are worked out only while the box is open: not on every year switch or hover.
    const open = this.shareOpen;
    return html`<details
      class="share"
      @toggle=${(e: Event) => {
        this.shareOpen = (e.target as HTMLDetailsElement).open;
        if (this.shareOpen) this.requestUpdate();
      }}
    >
      <summary>${s.share}</summary>
      <label
        >${s.permalink}
        <textarea readonly rows="2" .value=${open ? permalink(location.href, (n) => this.urlKey(n), this.sharedView()) : ''}></textarea>
        <button type="button" @click=${copy}>${s.copy}</button></label
      >
      <label
        >${s.embedCode}
        <textarea readonly rows="4" .value=${open ? embedSnippet(MODULE_URL, this.sharedView()) : ''}></textarea>
        <button type="button" @click=${copy}>${s.copy}</button></label
      >
    </details>`;
  }

  private shareOpen = false;
  private pickerActive = false;
  private pickerCache:
    | { dataset: Dataset; locale: string; byYear: Map<number, SelectableGroup[]> }
    | undefined;

  /**
   * The picker's options change with the dataset, year and locale only, not with each hover's re-render; each
   * year's are kept, so switching back and forth does not rebuild them.
   */
  private pickerGroups(dataset: Dataset, year: number): SelectableGroup[] {
    const locale = this.locale;
    let c = this.pickerCache;
    if (!c || c.dataset !== dataset || c.locale !== locale) {
      c = { dataset, locale, byYear: new Map() };
      this.pickerCache = c;
    }
    let groups = c.byYear.get(year);
    if (!groups) {
      groups = selectableItems(dataset, year, this.text);
      c.byYear.set(year, groups);
    }
    return groups;
  }

  private openDetails(selection: Selection, moveFocus: boolean): void {
    this.selectFromUser(selection);
    if (moveFocus)
      void this.updateComplete.then(() => this.renderRoot.querySelector('relations-details')?.focus());
  }

  private renderDataError(error: DataErrorDetail) {
    return html`<div class="message error" part="message" role="alert">
      <strong>${this.strings.dataErrorTitle}</strong> (${error.source})
      <ul>
        ${error.problems.slice(0, 8).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      </ul>
      ${this._dataset ? html`<p>${this.strings.dataErrorKeep}</p>` : nothing}
      <button type="button" @click=${this.retry}>${this.strings.retry}</button>
    </div>`;
  }

  static override styles = [
    unsafeCSS(maplibreCss),
    css`
      /* Defaults live on :host so that a page's own --relations-* values, set on the element, win in both themes. */
      :host {
        display: block;
        position: relative;
        height: 560px;
        min-height: 320px;
        --relations-font: system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
        ${lightThemeProperties}
        font-family: var(--relations-font);
        color: var(--relations-text);
      }
      :host([theme='dark']) {
        ${darkThemeProperties}
      }
      @media (prefers-color-scheme: dark) {
        :host([theme='auto']) {
          ${darkThemeProperties}
        }
      }
      :host([hidden]) {
        display: none;
      }
      .frame {
        position: relative;
        width: 100%;
        height: 100%;
        overflow: hidden;
        background: var(--relations-background);
        container-type: size;
      }
      .map {
        position: absolute;
        inset: 0;
      }
      .map:focus-within .maplibregl-canvas:focus-visible {
        outline: 3px solid var(--relations-focus, #2563eb);
        outline-offset: -3px;
      }
      .panel,
      .loading,
      .message,
      .tooltip,
      .attribution {
        position: absolute;
        background: var(--relations-panel);
        border-radius: 6px;
        font-size: 13px;
        line-height: 1.4;
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
      }
      .controls {
        left: 10px;
        top: 10px;
        width: ${unsafeCSS(SIDE_PANEL_WIDTH)}px;
        max-height: calc(100% - 46px);
        overflow: auto;
        padding: 8px 12px;
        display: flex;
        flex-direction: column;
        gap: 8px;
        z-index: 2;
        box-sizing: border-box;
      }
      .picker {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 13px;
        font-weight: 700;
      }
      .picker select {
        font: inherit;
        font-weight: 400;
        max-width: 100%;
      }
      .picker select:focus-visible {
        outline: 3px solid var(--relations-focus, #2563eb);
      }
      .share summary {
        cursor: pointer;
        font-weight: 700;
        font-size: 13px;
      }
      .share label {
        display: block;
        font-size: 12px;
        margin-top: 4px;
      }
      .share textarea {
        display: block;
        width: 100%;
        box-sizing: border-box;
        font: 11px ui-monospace, monospace;
        resize: vertical;
      }
      .share summary:focus-visible,
      .share button:focus-visible,
      .share textarea:focus-visible {
        outline: 3px solid var(--relations-focus, #2563eb);
      }
      .actions {
        display: flex;
        gap: 6px;
      }
      .actions button,
      .download-buttons button,
      .table-view .to-map {
        font: inherit;
        font-size: 13px;
        color: inherit;
        background: var(--relations-panel-solid, #fff);
        border: 1px solid currentColor;
        border-radius: 4px;
        padding: 3px 8px;
        cursor: pointer;
      }
      .actions button[aria-pressed='true'] {
        background: var(--relations-accent, #b91c1c);
        border-color: var(--relations-accent, #b91c1c);
        color: #fff;
      }
      .actions button:focus-visible,
      .download-buttons button:focus-visible,
      .table-view .to-map:focus-visible,
      .downloads summary:focus-visible,
      .table-view h2:focus-visible {
        outline: 3px solid var(--relations-focus, #2563eb);
        outline-offset: 2px;
      }
      .about p {
        margin: 4px 0;
        font-size: 12px;
      }
      .about summary:focus-visible {
        outline: 3px solid var(--relations-focus, #2563eb);
        outline-offset: 2px;
      }
      .about summary,
      .downloads summary {
        cursor: pointer;
        font-weight: 700;
        font-size: 13px;
      }
      .download-buttons {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 4px;
        margin-top: 4px;
      }
      .table-view {
        left: ${unsafeCSS(SIDE_PANEL_WIDTH + 20)}px;
        right: 10px;
        top: 10px;
        bottom: 26px;
        overflow: auto;
        padding: 10px 14px;
        z-index: 3;
        background: var(--relations-panel-solid, #fff);
        box-sizing: border-box;
      }
      .table-view header {
        display: flex;
        justify-content: space-between;
        align-items: flex-start;
        gap: 12px;
        margin-bottom: 8px;
      }
      .table-view h2 {
        font-size: 16px;
        margin: 0;
      }
      .legend-box summary {
        cursor: pointer;
        font-weight: 700;
        font-size: 13px;
      }
      .legend-box summary:focus-visible {
        outline: 3px solid var(--relations-focus, #2563eb);
      }
      .legend-box relations-legend {
        margin-top: 4px;
      }
      .details {
        right: 10px;
        top: 10px;
        bottom: 26px;
        width: min(340px, calc(100% - 20px));
        padding: 10px 12px;
        overflow: auto;
        z-index: 3;
        box-sizing: border-box;
      }
      @container (max-width: ${unsafeCSS(NARROW_WIDTH)}px) {
        .controls {
          top: auto;
          bottom: 22px;
          width: calc(100% - 20px);
          max-height: 45%;
        }
        .legend-box:not([open]) + * {
          display: none;
        }
        .table-view {
          left: 10px;
          bottom: calc(45% + 30px);
        }
      }
      .loading {
        left: 50%;
        top: 50%;
        transform: translate(-50%, -50%);
        padding: 8px 12px;
      }
      .message {
        left: 12px;
        right: 12px;
        top: 12px;
        padding: 10px 12px;
        max-height: 60%;
        overflow: auto;
        border-left: 4px solid #b45309;
        z-index: 4;
      }
      .message.error,
      .message.fatal {
        border-left-color: #b91c1c;
      }
      .message ul {
        margin: 6px 0;
        padding-left: 18px;
      }
      .tooltip {
        pointer-events: none;
        max-width: 320px;
        padding: 8px 10px;
        z-index: 5;
      }
      .attribution {
        right: 0;
        bottom: 0;
        padding: 2px 6px;
        font-size: 11px;
        border-radius: 4px 0 0 0;
        max-width: 100%;
        box-shadow: none;
      }
      .poster {
        position: absolute;
        inset: 0;
        display: flex;
        align-items: center;
        justify-content: center;
        text-align: center;
        padding: 16px;
      }
      .fallback {
        position: absolute;
        inset: 0 0 22px 0;
        overflow: auto;
        padding: 10px 12px;
        background: var(--relations-panel-solid, #fff);
        display: flex;
        flex-direction: column;
        gap: 10px;
      }
      .fallback-note {
        margin: 0;
        font-weight: 700;
      }
      .static-map {
        width: 100%;
        height: auto;
        max-height: 70%;
        flex: none;
      }
      .data-table {
        border-collapse: collapse;
        font-size: 12px;
        width: 100%;
      }
      .data-table caption {
        text-align: left;
        font-weight: 700;
        font-size: 13px;
        padding: 4px 0;
      }
      .data-table th,
      .data-table td {
        border-bottom: 1px solid rgba(127, 127, 127, 0.35);
        padding: 3px 6px;
        text-align: left;
        vertical-align: top;
      }
      .data-table tr.shown th,
      .data-table tr.shown td {
        font-weight: 700;
      }
      .visually-hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .maplibregl-ctrl button.relations-reset-view {
        font-size: 18px;
        color: #111827;
      }
    `,
  ];
}

customElements.get('relations-map') ?? customElements.define('relations-map', RelationsMap);

declare global {
  interface HTMLElementTagNameMap {
    'relations-map': RelationsMap;
  }
}
