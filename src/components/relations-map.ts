import { html, nothing, type PropertyValues } from 'lit';
import { basemapThemes, paintForTheme } from '../basemap/style';
import { Announcer } from '../controllers/announcer';
import { DatasetSource } from '../controllers/dataset-source';
import { EdgeMarkersController } from '../controllers/edge-markers';
import { EnvironmentController } from '../controllers/environment';
import { LabelPlacer } from '../controllers/label-placer';
import { LayoutController } from '../controllers/layout';
import { MapLifecycle } from '../controllers/map-lifecycle';
import { type LinkableMap, MAP_LINK, type MapLinkPort, STATE_EVENT } from '../controllers/map-link';
import { ReaderActions } from '../controllers/reader-actions';
import { StateGuard } from '../controllers/state-guard';
import { StoryController } from '../controllers/story';
import { TooltipController } from '../controllers/tooltip';
import { UrlState } from '../controllers/url-state';
import { setBasePath } from '../data/files';
import type { Dataset } from '../data/schema';
import type { Selection } from '../data/selection';
import { type Direction, directions, latestYear, yearsOf } from '../data/selectors';
import { embedView, type SharedView } from '../data/share';
import { selectionAnchor, viewFromAttributes } from '../geo/framing';
import { buildLayers } from '../layers';
import { layerPalettes } from '../layers/colors';
import { widthScaleFor } from '../layers/scales';
import { FirstFrame } from '../picture/first-frame';
import { ImageDownload, type ImageType } from '../picture/image-download';
import { PictureSource } from '../picture/picture-source';
import { PrintPicture } from '../picture/print-picture';
import { detailsFor } from '../text/details';
import type { Strings } from '../text/strings';
import {
  type DeckOverlayHandle,
  type DisplayMode,
  dispatch,
  MAP_DEFAULTS,
  type MapLibreMapHandle,
  type Theme,
  type ViewChangeDetail,
} from '../types';
import { commaSeparated, FrameworkElement, spaceSeparated } from './framework-element';
import { ControlsPanel } from './parts/controls-panel';
import { renderFallback } from './parts/fallback';
import { renderMessages } from './parts/messages';
import { renderPoster } from './parts/poster';
import { renderSlider } from './parts/slider';
import { renderTableView } from './parts/table-view';
import { relationsMapStyles } from './relations-map.styles';
import './relations-details';
import type { ScaleMode } from './relations-legend';

const TRANSITION_MS = 600;

/** An HTMLElement to apps' type checkers even where they cannot resolve `LitElement` (the package bundles Lit). */
export interface RelationsMap extends HTMLElement {}

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
 * @fires step-change - The reader moved to a step of the story (the card, its keys, or a `<relations-story>`). `detail: { id, index }`
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
 * @csspart first-frame - The static picture shown over the map's box until the WebGL map has drawn.
 * @csspart fallback - The static picture and tables shown without WebGL.
 * @csspart details - The details panel.
 * @csspart message - Error and notice messages.
 * @csspart tooltip - The hover tooltip.
 * @csspart attribution - The attribution line.
 * @csspart table-view - The table view that replaces the map when `mode="table"`.
 * @csspart story-card - The step card of `mode="story"`: counter, title, text, sources, Previous / Next.
 * @csspart bar - The year bar over a medium map (or a wide one with its panel folded), with the button to the rest.
 * @csspart key - The key of what is drawn, always on the map.
 * @csspart drawer - The panel while it is a medium map's drawer (it is also `controls`).
 * @csspart edge-marker - A button at the map's edge naming an actor out of view ("United States →").
 * @cssproperty --relations-font - Font family of the element's text.
 * @cssproperty --relations-background - Background behind the map while it loads.
 * @cssproperty --relations-text - Text colour.
 * @cssproperty --relations-panel - Background of panels and the tooltip.
 * @cssproperty --relations-focus - Colour of the keyboard focus ring.
 * @cssproperty --relations-accent - Colour of the selected year.
 * @cssproperty --relations-on-accent - Colour of text on the accent colour (the pressed "Data table" button).
 * @cssproperty --relations-panel-solid - Opaque background of the static fallback and of the slider's stops.
 * @cssproperty --relations-link - Colour of links to sources in the details panel.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface above declares no member, only HTMLElement.
export class RelationsMap extends FrameworkElement implements LinkableMap {
  static override properties = {
    year: { type: Number, reflect: true },
    layers: { type: String, reflect: true, fromValue: spaceSeparated },
    direction: { type: String, reflect: true },
    src: { type: String },
    theme: { type: String, reflect: true },
    scale: { type: String, reflect: true },
    gestures: { type: String },
    noControls: { type: Boolean, attribute: 'no-controls', reflect: true },
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    center: { type: String, fromValue: commaSeparated },
    zoom: { type: Number },
    loading: { type: String },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    lang: { type: String },
    mode: { type: String, reflect: true },
    step: { type: String, reflect: true },
    basePath: { type: String, attribute: 'base-path' },
    embedScript: { type: String, attribute: 'embed-script' },
    selection: { attribute: false },
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
  /** `map` (default), `table` (the figures as sortable tables) or `story` (the dataset's story, step by step). */
  declare mode: DisplayMode;
  /** The id of the story step shown: its year, layers, pick and view. */
  declare step: string | undefined;
  /** The folder of the package's files where an app's bundler did not copy them; for the whole page (`setBasePath`). */
  declare basePath: string | undefined;
  /** The library file's public URL on this site, for the share box's embed code (needed where an app bundles it). */
  declare embedScript: string | undefined;

  private readonly env = new EnvironmentController(this);
  private readonly layout = new LayoutController(this);
  private readonly announcer = new Announcer(this);
  private readonly tooltip = new TooltipController(this);
  private readonly actions = new ReaderActions(this, this.announcer, {
    text: () => this.env.text,
    goTo: (center) => this.lifecycle.moves.goTo(center, this.env.reducedMotion),
    showStep: (state) => this.story.apply(state, true),
    reveal: (sel) =>
      this.lifecycle.moves.reveal(this.data && selectionAnchor(this.data, sel), this.env.reducedMotion),
  });
  private readonly url = new UrlState(this);
  private readonly guard = new StateGuard(this, this.actions, this.announcer);
  private readonly source: DatasetSource = new DatasetSource(this, {
    adopt: (dataset) => this.guard.adopt(dataset),
    replaced: (dataset): Promise<void> => this.lifecycle.showReplaced(dataset),
  });
  private readonly lifecycle: MapLifecycle = new MapLifecycle(this, {
    source: this.source,
    layers: () => this.layerSpecs(),
    initialView: () => viewFromAttributes(this.center, this.zoom),
    padding: () => this.layout.padding(this.story.rightPanelOpen, !this.noControls),
    notify: (text) => this.guard.say(text),
    onHover: (picked, x, y) => this.tooltip.show(this.data, picked, x, y, this.env.text),
    onClick: (picked, countryId) => this.actions.mapClick(picked, countryId),
    onResetView: () => this.resetView(),
    onMoveEnd: () => this.onMoveEnd(),
  });
  private readonly story: StoryController = new StoryController(this, {
    text: () => this.env.text,
    announce: (text) => this.announcer.say(text),
    notify: (text) => this.guard.say(text),
    show: (target) => this.lifecycle.moves.show(target, this.env.reducedMotion),
  });
  private readonly edges: EdgeMarkersController = new EdgeMarkersController(this, {
    engine: () => this.lifecycle.engine,
    planned: () => this.pictures.plannedView(),
    padding: () => this.layout.padding(this.story.rightPanelOpen, !this.noControls),
    show: (target) => this.lifecycle.moves.show(target, this.env.reducedMotion),
  });
  private readonly labels = new LabelPlacer(this, {
    engine: () => this.lifecycle.engine,
    redraw: () => this.lifecycle.pushLayers(),
    beforePlace: () => this.edges.update(),
  });
  private readonly pictures = new PictureSource(this, this.lifecycle, () =>
    this.data ? { ...this.drawnState(this.data), emphasis: this.story.emphasis } : undefined,
  );
  private readonly firstFrame = new FirstFrame(this, this.pictures, this.labels, this.edges, this.env);
  private readonly print = new PrintPicture(this, this.pictures);
  private readonly image = new ImageDownload({
    host: this,
    pictures: this.pictures,
    engine: () => this.lifecycle.engine,
    state: () => this.data && { ...this.drawnState(this.data), strings: this.strings, locale: this.locale },
    notify: (text) => this.guard.say(text),
  });
  private readonly panel = new ControlsPanel(this, {
    actions: this.actions,
    slider: (compact) => renderSlider(this.actions, compact),
    layout: this.layout,
    downloadImage: (type) => void this.image.download(type),
    sharedView: () => this.sharedView(),
    embedView: () => embedView(this.sharedView(), this.clientHeight, this.lifecycle.moves.viewMoved),
    urlKey: this.url.key,
    announce: (text) => this.announcer.say(text),
    story: this.story,
  });

  constructor() {
    super();
    Object.assign(this, MAP_DEFAULTS);
    this.addEventListener('keydown', this.onHostKeyDown);
  }

  /** The link port that linked controls (`for="map-id"`) read and call: internal, not part of the API. */
  get [MAP_LINK](): MapLinkPort {
    return this.actions;
  }

  /** The dataset on screen. Setting it validates first; an invalid one is refused with `data-error`. */
  get data(): Dataset | undefined {
    return this.source.dataset;
  }

  set data(value: unknown) {
    // No dataset yet: the start takes this value instead of the default dataset, even if that is on its way.
    if (!this.source.dataset && this.lifecycle.loading && !this.lifecycle.fatal) this.source.queue(value);
    else void this.source.set(value);
  }

  /** The dataset's years, the stops of the slider. */
  get years(): readonly number[] {
    return this.data ? yearsOf(this.data) : [];
  }

  /** The MapLibre map, for power users; undefined until the map has started. */
  get map(): MapLibreMapHandle | undefined {
    return this.lifecycle.engine?.map;
  }

  /** The deck.gl overlay (a MapLibreOverlay), for power users; undefined until deck.gl has arrived (it has by `ready`). */
  get deck(): DeckOverlayHandle | undefined {
    return this.lifecycle.engine?.overlay;
  }

  /** The interface strings in the element's language (English, or Malay for `ms`). */
  get strings(): Strings {
    return this.env.text.t;
  }

  /**
   * The locale for numbers, dates and the interface language: the element's `lang`, the nearest one above it, the
   * page's, or English.
   */
  get locale(): string {
    return this.env.locale;
  }

  /** The theme in effect: `auto` resolved to the reader's system setting. */
  get resolvedTheme(): 'light' | 'dark' {
    return this.env.resolveTheme(this.theme);
  }

  /** Returns the map to the story's framing. */
  resetView(): void {
    this.lifecycle.moves.resetView(this.env.reducedMotion);
  }

  /** Moves the map to a view; without animation when the reader prefers reduced motion. */
  flyTo(view: { center: [number, number]; zoom?: number }): void {
    this.lifecycle.moves.flyTo(view, this.env.reducedMotion);
  }

  /** Resolves once the map has drawn its current state (a change just made included): labels placed, all drawn. */
  async whenRendered(): Promise<void> {
    await this.updateComplete;
    await this.labels.settled();
    return this.lifecycle.whenRendered();
  }

  /**
   * The view with the dataset's title and year, a key of what is drawn, its sources and attribution: a PNG cut to the
   * part no panel covers, or (`type: 'image/svg+xml'`) an SVG of the map's box drawn from the data. Rejects when the
   * map has not started (the SVG: before the dataset and basemap are in) or the browser cannot encode it.
   */
  exportImage(options: { type?: ImageType } = {}): Promise<Blob> {
    return this.image.export(options.type);
  }

  protected override firstUpdated(): void {
    this.url.apply();
    this.lifecycle.startWhenNear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('basePath') && this.basePath) setBasePath(this.basePath);
    this.guard.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // `data` and `resolvedTheme` are requested by the controllers that own them, so the map is read untyped.
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    if (['year', 'layers', 'direction', 'step', 'mode', 'data', 'lang', 'theme', 'resolvedTheme'].some(has)) {
      this.dispatchEvent(new CustomEvent(STATE_EVENT, { bubbles: true, composed: true }));
      if (this.data) this.url.write(this.sharedView());
    }
    if (has('src')) this.source.srcChanged();
    const engine = this.lifecycle.engine;
    if (!engine) return;
    if (has('theme') || has('resolvedTheme'))
      engine.setBasemapPaint(paintForTheme(basemapThemes[this.resolvedTheme]));
    // `selection` too: a story step's pick stands out and the rest fades.
    if (['year', 'layers', 'direction', 'theme', 'scale', 'resolvedTheme', 'selection'].some(has))
      this.lifecycle.pushLayers();
    if (has('gestures')) this.lifecycle.applyGestures();
  }

  /** What is drawn: the map's layers and the exported image both follow it. */
  private drawnState(dataset: Dataset) {
    const year = this.year ?? latestYear(dataset);
    const direction: Direction = directions.includes(this.direction) ? this.direction : 'both';
    const palette = layerPalettes[this.resolvedTheme];
    const widthScale = widthScaleFor(dataset, year, this.scale);
    return { dataset, year, layers: this.actions.visibleLayers, direction, palette, widthScale };
  }

  private layerSpecs() {
    const dataset = this.data;
    if (!dataset) return undefined;
    return buildLayers(dataset, {
      ...this.drawnState(dataset),
      transitionMs: this.env.reducedMotion ? 0 : TRANSITION_MS,
      emphasis: this.story.emphasis,
      labelPlacement: this.labels.placement,
    });
  }

  private sharedView(): SharedView {
    const view = this.lifecycle.engine?.view;
    const { year, layers, direction, step, mode } = this;
    return { year, layers, direction, step, mode, center: view?.center, zoom: view?.zoom };
  }

  private onMoveEnd(): void {
    const engine = this.lifecycle.engine;
    if (!engine || this.lifecycle.loading) return;
    if (this.data) this.url.write(this.sharedView());
    dispatch<ViewChangeDetail>(this, 'view-change', engine.view);
  }

  /** Closes the details, focus going back where it came from, else to the map. */
  private closeDetails = () => this.actions.closeDetails(this.map?.getCanvas());

  private onHostKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (this.mode === 'story') this.story.close();
    else if (this.selection) this.closeDetails();
    else if (this.layout.drawerOpen) this.layout.closePanel();
    else if (this.mode === 'table') this.actions.setMode('map');
  };

  protected override render() {
    const s = this.strings;
    const dataset = this.data;
    const { webgl, started } = this.lifecycle;
    const year = dataset ? (this.year ?? latestYear(dataset)) : 0;
    const table = dataset && { ...this.drawnState(dataset), strings: s, locale: this.locale };
    // The details of what the reader chose (a story's pick is told by the step's own words); the tooltip gives way.
    const details =
      dataset && this.selection && this.mode === 'map' && !this.story.hidesDetails
        ? detailsFor(dataset, this.selection, year, this.env.text)
        : undefined;
    return html`
      <div
        class="frame"
        part="frame"
        data-theme=${this.resolvedTheme}
        data-layout=${this.layout.layout}
        data-panel=${this.layout.panelState(!this.noControls && webgl && !!dataset)}
      >
        <slot name="title"></slot>
        <div class="stage">
          <div class="map" part="map" role="region" aria-label=${s.mapLabel} ?inert=${this.mode === 'table' || this.firstFrame.shown}></div>
          ${this.firstFrame.render(s)}
          <div class="edges" ?hidden=${this.mode === 'table'}></div>
          ${dataset && webgl && !this.noControls ? this.panel.renderBar(this.env.text) : nothing}
          <div class="stage-foot">
            ${dataset && webgl && this.mode !== 'table' ? this.panel.renderKey(dataset, year, this.env.text, this.labels.unplaced) : nothing}
            <div class="attribution" part="attribution">
              ${s.attributionBasemap} · ${s.attributionData}: ${dataset ? dataset.title : '…'} · ${s.attributionStory}
            </div>
          </div>
          ${this.mode !== 'table' && !details ? this.tooltip.render() : nothing}
        </div>
        ${started ? nothing : renderPoster(s, this.locale, this.source.builtInNext, this.year)}
        ${renderMessages({ ...this.lifecycle.status(), notice: this.guard.notice, picture: this.firstFrame.shown }, s)}
        ${
          table && !webgl
            ? renderFallback({
                ...table,
                picture: this.pictures.fallback(),
                slider: this.noControls ? nothing : renderSlider(this.actions),
              })
            : nothing
        }
        ${dataset && webgl && !this.noControls ? this.panel.render(dataset, year, this.env.text) : nothing}
        ${table && webgl && this.mode === 'table' ? renderTableView(table, this.actions) : nothing}
        ${
          details
            ? html`<relations-details
                class="panel details"
                part="details"
                .view=${details}
                .closeLabel=${s.closeDetails}
                .sourcesLabel=${s.sources}
                @details-close=${this.closeDetails}
              ></relations-details>`
            : nothing
        }
        ${webgl ? this.story.render() : nothing}
        ${this.announcer.render()} ${this.print.render()}
      </div>
    `;
  }

  static override styles = relationsMapStyles;
}

customElements.get('relations-map') ?? customElements.define('relations-map', RelationsMap);

declare global {
  interface HTMLElementTagNameMap {
    'relations-map': RelationsMap;
  }
}
