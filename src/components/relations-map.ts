import { css, html, LitElement, nothing, type PropertyValues, unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import datasetUrl from '../../datasets/dprk-relations.json?url';
import {
  type BasemapColors,
  basemapThemes,
  buildBasemapStyle,
  countriesFromTopology,
  paintForTheme,
} from '../basemap/style';
import { loadTopology } from '../basemap/topology';
import { type Description, describePicked } from '../data/describe';
import { acceptDataset, type LoadResult, loadDataset } from '../data/load';
import type { Dataset } from '../data/schema';
import { type Direction, directions, latestYear, maxDrawnValue, yearsOf } from '../data/selectors';
import type { Problem } from '../data/validate';
import type { MapEngine } from '../engine/map-engine';
import { probeWebGL2 } from '../engine/webgl';
import { buildLayers, type LayerToken, type PickedDatum, parseLayerTokens, type ViewState } from '../layers';
import { layerPalettes } from '../layers/colors';
import { sqrtWidthScale } from '../layers/scales';
import { en } from '../strings';

export type Theme = 'light' | 'dark' | 'auto';

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

/** The story's framing: Pyongyang, Beijing and South-East Asia down to Jakarta. */
const STORY_BOUNDS: [[number, number], [number, number]] = [
  [94, -9],
  [130, 43],
];
const TEARDOWN_DELAY_MS = 100;
const TRANSITION_MS = 600;

/**
 * An embeddable map of North Korea's relations and trade with South-East Asia and China, drawn offline with
 * MapLibre and deck.gl.
 *
 * @fires ready - A dataset has been drawn: the basemap is idle and deck.gl has drawn its layers. Again after each new dataset. `detail: { year, webgl }`
 * @fires data-error - A dataset (from `src` or `data`) failed to load or validate. `detail: { source, problems }`
 * @fires year-change - The reader changed the year. `detail: { year }`
 * @fires layers-change - The reader changed the visible layers. `detail: { layers }`
 * @slot title - A title shown above the map.
 * @csspart frame - The element's outer box.
 * @csspart map - The map's box.
 * @csspart message - Error and notice messages.
 * @csspart tooltip - The hover tooltip.
 * @csspart attribution - The attribution line.
 * @cssproperty --relations-font - Font family of the element's text.
 * @cssproperty --relations-background - Background behind the map while it loads.
 * @cssproperty --relations-text - Text colour.
 * @cssproperty --relations-panel - Background of panels and the tooltip.
 */
export class RelationsMap extends LitElement {
  static override properties = {
    year: { type: Number, reflect: true },
    layers: { type: String, reflect: true },
    direction: { type: String, reflect: true },
    src: { type: String },
    theme: { type: String, reflect: true },
    _dataset: { state: true },
    _notice: { state: true },
    _dataError: { state: true },
    _fatal: { state: true },
    _loading: { state: true },
    _tooltip: { state: true },
    _systemDark: { state: true },
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

  declare private _dataset: Dataset | undefined;
  declare private _notice: string;
  declare private _dataError: DataErrorDetail | undefined;
  declare private _fatal: string;
  declare private _loading: boolean;
  declare private _tooltip: { text: Description; x: number; y: number } | undefined;
  declare private _systemDark: boolean;

  private engine: MapEngine | undefined;
  private generation = 0;
  private teardownTimer: ReturnType<typeof setTimeout> | undefined;
  private loadAbort: AbortController | undefined;
  private pendingData: { value: unknown } | undefined;
  private darkQuery: MediaQueryList | undefined;
  private motionQuery: MediaQueryList | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private readonly strings = en;

  constructor() {
    super();
    this.year = undefined;
    this.layers = null;
    this.direction = 'both';
    this.src = undefined;
    this.theme = 'auto';
    this._dataset = undefined;
    this._notice = '';
    this._dataError = undefined;
    this._fatal = '';
    this._loading = true;
    this._tooltip = undefined;
    this._systemDark = false;
  }

  /** The dataset on screen. Setting it validates first; an invalid one is refused with `data-error`. */
  get data(): Dataset | undefined {
    return this._dataset;
  }

  set data(value: unknown) {
    if (!this.engine && this._loading) {
      // The map has not started yet: keep the value and let start() take it instead of the default dataset.
      this.pendingData = { value };
      if (this.isConnected && this.hasUpdated) void this.applyResult(acceptDataset(value), 'data');
      return;
    }
    void this.applyResult(acceptDataset(value), 'data');
  }

  /** The dataset's years, the stops of the slider. */
  get years(): readonly number[] {
    return this._dataset ? yearsOf(this._dataset) : [];
  }

  /** The MapLibre map, for power users; undefined until the map has started. */
  get map(): MapEngine['map'] | undefined {
    return this.engine?.map;
  }

  /** The deck.gl overlay (a MapLibreOverlay), for power users. */
  get deck(): MapEngine['overlay'] | undefined {
    return this.engine?.overlay;
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
    if (this.hasUpdated && !this.engine) void this.start();
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
    this.loadAbort?.abort();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.engine?.destroy();
    this.engine = undefined;
    this._loading = true;
    this._tooltip = undefined;
  }

  protected override firstUpdated(): void {
    void this.start();
  }

  private get resolvedTheme(): 'light' | 'dark' {
    if (this.theme === 'light' || this.theme === 'dark') return this.theme;
    return this._systemDark ? 'dark' : 'light';
  }

  private get basemapColors(): BasemapColors {
    return basemapThemes[this.resolvedTheme];
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    this._loading = true;
    if (!probeWebGL2()) {
      this._fatal = this.strings.noWebgl;
      const result = await this.loadInitialDataset();
      if (generation !== this.generation) return;
      if (result.ok) this.setDataset(result.dataset);
      else this.reportDataError(this.initialSourceName(), result.problems);
      this._loading = false;
      await this.updateComplete;
      this.dispatch<ReadyDetail>('ready', { year: this.year ?? 0, webgl: false });
      return;
    }
    let engineModule: typeof import('../engine/map-engine');
    let topology: Awaited<ReturnType<typeof loadTopology>>;
    let result: LoadResult;
    try {
      [engineModule, topology, result] = await Promise.all([
        import('../engine/map-engine'),
        loadTopology(),
        this.loadInitialDataset(),
      ]);
    } catch (error) {
      if (generation !== this.generation) return;
      this._loading = false;
      this._fatal = `${this.strings.basemapError}: ${error instanceof Error ? error.message : String(error)}`;
      this.dispatch<DataErrorDetail>('data-error', {
        source: 'basemap',
        problems: [{ path: 'basemap', message: this._fatal }],
      });
      return;
    }
    if (generation !== this.generation) return;
    if (!result.ok) {
      this._loading = false;
      this.reportDataError(this.initialSourceName(), result.problems);
      return;
    }
    this.setDataset(result.dataset);
    await this.updateComplete;
    if (generation !== this.generation) return;

    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container) return;
    const dataset = result.dataset;
    const style = buildBasemapStyle(topology, {
      colors: this.basemapColors,
      ...this.highlightIds(dataset),
    });
    const engine = new engineModule.MapEngine({
      container,
      style,
      center: [112, 18],
      zoom: 2.5,
      maxPixelRatio: 2,
      cooperativeGestures: false,
      locale: {},
      onHover: this.onHover,
      onClick: () => {},
      onContextLost: () => {
        this._notice = this.strings.contextLost;
      },
      onContextRestored: () => {
        this._notice = '';
      },
      onMoveEnd: () => {},
    });
    engine.map.fitBounds(STORY_BOUNDS, { padding: 16, animate: false });
    this.engine = engine;
    this.resizeObserver = new ResizeObserver(() => this.engine?.resize());
    this.resizeObserver.observe(container);
    this.topology = topology;
    await this.drawAndAnnounce(generation);
  }

  private topology: Awaited<ReturnType<typeof loadTopology>> | undefined;

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

  private loadInitialDataset(): Promise<LoadResult> {
    if (this.pendingData) {
      const { value } = this.pendingData;
      this.pendingData = undefined;
      return Promise.resolve(acceptDataset(value));
    }
    this.loadAbort?.abort();
    this.loadAbort = new AbortController();
    return loadDataset(this.src ?? datasetUrl, { signal: this.loadAbort.signal });
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
      if (countries && this.topology)
        countries.setData(countriesFromTopology(this.topology, this.highlightIds(result.dataset)));
      await this.drawAndAnnounce(this.generation);
    }
  }

  private setDataset(dataset: Dataset): void {
    const years = yearsOf(dataset);
    this._dataError = undefined;
    if (this.year === undefined || !years.includes(this.year)) {
      if (this.year !== undefined) this.refuseYear(this.year, years);
      this.year = latestYear(dataset);
    }
    this._dataset = dataset;
  }

  private reportDataError(source: string, problems: Problem[]): void {
    this._dataError = { source, problems };
    console.warn(`relations-map: ${source}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.dispatch<DataErrorDetail>('data-error', { source, problems });
  }

  private async drawAndAnnounce(generation: number): Promise<void> {
    const engine = this.engine;
    if (!engine || !this._dataset) return;
    this.pushLayers();
    await engine.whenDrawn();
    if (generation !== this.generation || this.engine !== engine) return;
    this._loading = false;
    this.dispatch<ReadyDetail>('ready', { year: this.year!, webgl: true });
  }

  private refuseYear(year: number, years: readonly number[]): void {
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
        this._notice = '';
      }
    }
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
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.engine) return;
    // Private state keys are not part of PropertyValues<this>, so the map is read untyped.
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    if (has('theme') || has('_systemDark')) {
      this.engine.setBasemapPaint(paintForTheme(this.basemapColors));
    }
    if (['year', 'layers', 'direction', 'theme', '_systemDark'].some(has)) {
      this.pushLayers();
    }
  }

  private viewState(dataset: Dataset): ViewState {
    return {
      year: this.year ?? latestYear(dataset),
      layers: parseLayerTokens(this.layers).layers,
      direction: directions.includes(this.direction) ? this.direction : 'both',
      palette: layerPalettes[this.resolvedTheme],
      widthScale: sqrtWidthScale(maxDrawnValue(dataset)),
      transitionMs: this.motionQuery?.matches ? 0 : TRANSITION_MS,
      noFigureText: this.strings.noFigure,
    };
  }

  private pushLayers(): void {
    if (!this.engine || !this._dataset) return;
    this.engine.setLayers(buildLayers(this._dataset, this.viewState(this._dataset)));
  }

  private onHover = (picked: PickedDatum | null, x: number, y: number) => {
    if (!picked || !this._dataset) {
      this._tooltip = undefined;
      return;
    }
    this._tooltip = { text: describePicked(this._dataset, picked, this.strings.noFigure), x, y };
  };

  /** The visible layer tokens, parsed. */
  get visibleLayers(): ReadonlySet<LayerToken> {
    return parseLayerTokens(this.layers).layers;
  }

  private dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private retry = () => {
    this._dataError = undefined;
    this._fatal = '';
    if (this.engine && this.src) {
      void loadDataset(this.src).then((r) => this.applyResult(r, this.src!));
    } else {
      this.teardown();
      void this.start();
    }
  };

  protected override render() {
    const s = this.strings;
    const tooltip = this._tooltip;
    const dataset = this._dataset;
    return html`
      <div class="frame" part="frame" data-theme=${this.resolvedTheme}>
        <slot name="title"></slot>
        <div class="map" part="map" role="region" aria-label=${s.mapLabel}></div>
        ${this._loading && !this._fatal ? html`<div class="loading" role="status">${s.loading}</div>` : nothing}
        ${this._fatal ? html`<div class="message fatal" part="message" role="alert">${this._fatal}</div>` : nothing}
        ${this._dataError ? this.renderDataError(this._dataError) : nothing}
        ${this._notice ? html`<div class="message notice" part="message" role="status">${this._notice}</div>` : nothing}
        ${
          tooltip
            ? html`<div class="tooltip" part="tooltip" role="tooltip" style="left:${tooltip.x + 12}px;top:${tooltip.y + 12}px">
                <strong>${tooltip.text.title}</strong>
                ${tooltip.text.lines.map((line) => html`<div>${line}</div>`)}
              </div>`
            : nothing
        }
        <div class="attribution" part="attribution">
          ${s.attributionBasemap} · ${s.attributionData}: ${dataset ? dataset.title : '…'} · ${s.attributionStory}
        </div>
      </div>
    `;
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
      :host {
        display: block;
        position: relative;
        height: 480px;
        min-height: 240px;
        font-family: var(--relations-font, system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
        color: var(--relations-text, #1f2937);
        --_panel: var(--relations-panel, rgba(255, 255, 255, 0.94));
        --_background: var(--relations-background, #dbe7f0);
      }
      :host([hidden]) {
        display: none;
      }
      .frame {
        position: relative;
        width: 100%;
        height: 100%;
        overflow: hidden;
        background: var(--_background);
      }
      .frame[data-theme='dark'] {
        color: var(--relations-text, #f3f4f6);
        --_panel: var(--relations-panel, rgba(17, 24, 39, 0.94));
        --_background: var(--relations-background, #0f1a24);
      }
      .map {
        position: absolute;
        inset: 0;
      }
      .loading,
      .message,
      .tooltip,
      .attribution {
        position: absolute;
        background: var(--_panel);
        border-radius: 4px;
        font-size: 13px;
        line-height: 1.4;
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
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);
        z-index: 3;
      }
      .attribution {
        right: 0;
        bottom: 0;
        padding: 2px 6px;
        font-size: 11px;
        border-radius: 4px 0 0 0;
        max-width: 100%;
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
