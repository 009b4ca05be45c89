import { html, nothing, type PropertyValues } from 'lit';
import { Announcer } from '../controllers/announcer';
import { DatasetSource } from '../controllers/dataset-source';
import { EnvironmentController } from '../controllers/environment';
import { LayoutController } from '../controllers/layout';
import { type LinkableMap, MAP_LINK, type MapLinkPort } from '../controllers/map-link';
import { ReaderActions } from '../controllers/reader-actions';
import { StateGuard } from '../controllers/state-guard';
import { StoryController } from '../controllers/story';
import { UrlState } from '../controllers/url-state';
import { setBasePath } from '../data/files';
import type { Dataset } from '../data/schema';
import type { Selection } from '../data/selection';
import { type Direction, yearsOf } from '../data/selectors';
import type { StepState } from '../data/story';
import type { CameraTarget } from '../geo/framing';
import type { ImageType } from '../picture/image-download';
import { creditLine, type Strings } from '../text/strings';
import {
  type DeckOverlayHandle,
  type DisplayMode,
  MAP_DEFAULTS,
  type MapLibreMapHandle,
  type Theme,
} from '../types';
import { EscapeKey } from './features/escape-key';
import { MapFeature } from './features/map';
import { PictureFeature } from './features/picture';
import { commaSeparated, FrameworkElement, spaceSeparated } from './framework-element';
import { renderCoveringView } from './parts/compare-view';
import { ControlsPanel } from './parts/controls-panel';
import { renderDetails } from './parts/details';
import { renderFallback } from './parts/fallback';
import { renderMessages } from './parts/messages';
import { renderPoster } from './parts/poster';
import { renderSlider } from './parts/slider';
import type { ScaleMode } from './relations-legend';
import { relationsMapStyles } from './relations-map.styles';

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
 * @fires map-release - The map, out of view, gave its WebGL contexts back to the page's budget and shows its picture; `map` and `deck` are null until `map-restore`. `detail: { year }`
 * @fires map-restore - The map, back near the viewport, is live again with the state the reader left (`map` and `deck` are new objects). `detail: { year }`
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
 * @csspart compare-view - The compare view over the map when `mode="compare"`: every year's picture and what changed.
 * @csspart story-card - The step card of `mode="story"`: counter, title, text, sources, Previous / Next.
 * @csspart bar - The year bar over a medium map (or a wide one with its panel folded), with the button to the rest.
 * @csspart key - The key of what is drawn, always on the map.
 * @csspart headline - The map's one-line headline from the data (the story's relation that year); a slotted `title` replaces it.
 * @csspart drawer - The panel while it is a medium map's drawer (it is also `controls`).
 * @csspart edge-marker - A button at the map's edge naming an actor out of view ("United States →").
 * @cssproperty --relations-height - The element's height beside or under its panels (560px); a phone's grows with it.
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
    bounds: { type: String, fromValue: commaSeparated },
    loading: { type: String },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    lang: { type: String },
    mode: { type: String, reflect: true },
    step: { type: String, reflect: true },
    compare: { type: String, reflect: true },
    basePath: { type: String, attribute: 'base-path' },
    embedScript: { type: String, attribute: 'embed-script' },
    selection: { attribute: false },
  };

  /** The year shown; one of the dataset's years. Default: the latest. */
  declare year: number | undefined;
  /** Space-separated layer tokens (`trade relations events labels`); absent means all, empty means none. */
  declare layers: string | null;
  /** Which trade arcs to draw: `both`, `exports` or `imports` (the focus country's, as the dataset tells them). */
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
  /** The box the map frames at its start (unless `center` is given) and on reset: `west,south,east,north`. */
  declare bounds: string | undefined;
  /** `lazy` (default): start when the element nears the viewport. `eager`: start at once. */
  declare loading: 'lazy' | 'eager';
  /** Keep year, layers and view in the page URL, so a link reopens the same view. */
  declare syncUrl: boolean;
  /** Language (BCP 47) of the interface, numbers, dates and the dataset's text; default: the page's, else English. */
  declare lang: string;
  /** `map` (default), `table` (the figures as tables), `story` (the dataset's story) or `compare` (what changed, every year). */
  declare mode: DisplayMode;
  /** The two years `mode="compare"` compares, `2016 2021`; default: the dataset's first and last. */
  declare compare: string | undefined;
  /** The id of the story step shown: its year, layers, pick and view. */
  declare step: string | undefined;
  /** The folder of the package's files where an app's bundler did not copy them; for the whole page (`setBasePath`). */
  declare basePath: string | undefined;
  /** The library file's public URL on this site, for the share box's embed code (needed where an app bundles it). */
  declare embedScript: string | undefined;

  private readonly env = new EnvironmentController(this);
  private readonly layout = new LayoutController(this);
  private readonly announcer = new Announcer(this);
  private readonly url = new UrlState(this);
  /** What the element's parts ask of one another, named once. */
  private readonly parts = {
    env: this.env,
    layout: this.layout,
    url: this.url,
    text: () => this.env.text,
    announce: (text: string) => this.announcer.say(text),
    notify: (text: string) => this.guard.say(text),
    show: (target: CameraTarget) => this.view.show(target),
    goTo: (center: [number, number]) => this.view.moves.goTo(center, this.env.reducedMotion),
    showStep: (state: StepState) => this.story.apply(state, true),
    reveal: (selection: Selection) => this.view.reveal(selection),
    story: () => this.story,
    planned: () => this.picture.source.plannedView(),
  };
  private readonly actions = new ReaderActions(this, this.announcer, this.parts);
  private readonly guard = new StateGuard(this, this.actions, this.announcer);
  private readonly source: DatasetSource = new DatasetSource(this, {
    adopt: (dataset) => this.guard.adopt(dataset),
    replaced: (dataset) => this.view.lifecycle.showReplaced(dataset),
  });
  private readonly story: StoryController = new StoryController(this, this.parts);
  private readonly view: MapFeature = new MapFeature(this, {
    ...this.parts,
    source: this.source,
    actions: this.actions,
  });
  private readonly picture: PictureFeature = new PictureFeature(this, this.view, this.parts);
  private readonly panel = new ControlsPanel(this, {
    ...this.parts,
    actions: this.actions,
    slider: (compact) => renderSlider(this.actions, compact),
    downloadImage: (type) => this.picture.download(type),
    share: this.view,
    urlKey: this.url.key,
    story: this.story,
  });

  constructor() {
    super();
    Object.assign(this, MAP_DEFAULTS);
    const { story, actions, layout } = this;
    new EscapeKey(this, { story, actions, layout, mapFocus: () => this.map?.getCanvas() });
  }

  /** The link port that linked controls (`for="map-id"`) read and call: internal, not part of the API. */
  get [MAP_LINK](): MapLinkPort {
    return this.actions;
  }

  /** The dataset as given (`shownData` is it in the reader's language). Setting it validates first; an invalid one is refused with `data-error`. */
  get data(): Dataset | undefined {
    return this.source.dataset;
  }

  set data(value: unknown) {
    const { loading, fatal } = this.view.lifecycle;
    // No dataset yet: the start takes this value instead of the default dataset, even if that is on its way.
    if (!this.source.dataset && loading && !fatal) this.source.queue(value);
    else void this.source.set(value);
  }

  /** The dataset in the reader's language: what the element's parts draw and say. */
  get shownData(): Dataset | undefined {
    return this.env.shown(this.source.dataset);
  }

  /** The dataset's years, the stops of the slider. */
  get years(): readonly number[] {
    return this.data ? yearsOf(this.data) : [];
  }

  /** The MapLibre map, for power users; undefined until the map has started, null while released (`map-release`). */
  get map(): MapLibreMapHandle | null | undefined {
    return this.view.handles().map;
  }

  /** The deck.gl overlay (a MapLibreOverlay), for power users; undefined until deck.gl has arrived (it has by `ready`); null while released. */
  get deck(): DeckOverlayHandle | null | undefined {
    return this.view.handles().deck;
  }

  /** The interface strings in the element's language (English, or Malay for `ms`). */
  get strings(): Strings {
    return this.env.text.t;
  }

  /** The locale of numbers, dates, the interface and the dataset's text: `lang` here, above, the page's, or English. */
  get locale(): string {
    return this.env.locale;
  }

  /** The theme in effect: `auto` resolved to the reader's system setting. */
  get resolvedTheme(): 'light' | 'dark' {
    return this.env.resolveTheme(this.theme);
  }

  /** Returns the map to its framing: `bounds`, else the story's. */
  resetView(): void {
    this.view.moves.resetView(this.env.reducedMotion);
  }

  /** Moves the map to a view; without animation when the reader prefers reduced motion. */
  flyTo(view: { center: [number, number]; zoom?: number }): void {
    this.view.moves.flyTo(view, this.env.reducedMotion);
  }

  /** Resolves once the map has drawn its current state (a change just made included): labels placed, all drawn. */
  async whenRendered(): Promise<void> {
    await this.updateComplete;
    await this.view.labels.settled();
    return this.view.lifecycle.whenRendered();
  }

  /**
   * The view, with its title, year, key, sources and credits: a PNG of what no panel covers, or an SVG drawn from the
   * data. Rejects before the map has started (the SVG: its dataset and basemap) or if the browser cannot encode it.
   */
  exportImage(options: { type?: ImageType } = {}): Promise<Blob> {
    return this.picture.export(options.type);
  }

  protected override firstUpdated(): void {
    this.url.apply();
    this.view.lifecycle.startWhenNear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('basePath') && this.basePath) setBasePath(this.basePath);
    this.guard.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.source.srcChanged();
    this.view.update(changed);
  }

  protected override render() {
    const { dataset, year, webgl, started, table, covered, controls } = this.view.frameState();
    const details = this.view.details(this.story.hidesDetails);
    return html`
      <div
        class="frame"
        part="frame"
        data-theme=${this.resolvedTheme}
        data-layout=${this.layout.layout}
        data-panel=${this.layout.panelState(controls)}
      >
        <slot name="title">${this.view.headline()}</slot>
        ${controls && dataset && this.layout.panelBeside ? this.panel.render(dataset, year, this.env.text) : nothing}
        <div class="stage">
          <div class="map" part="map" role="region" aria-label=${this.strings.mapLabel} ?inert=${covered || this.picture.firstFrame.shown}></div>
          ${this.picture.firstFrame.render(this.strings)}
          <div class="edges" ?hidden=${covered}></div>
          ${controls ? this.panel.renderBar(this.env.text) : nothing}
          <div class="stage-foot">
            ${dataset && webgl && !covered ? this.panel.renderKey(dataset, year, this.env.text, this.view.labels.unplaced) : nothing}
            <div class="attribution" part="attribution">
              ${creditLine(this.strings, dataset ? dataset.title : '…')}
            </div>
          </div>
          ${this.view.tooltip.render(covered || !!details)}
        </div>
        ${started ? nothing : renderPoster(this.strings, this.locale, this.source.builtInNext, this.year)}
        ${renderMessages({ ...this.view.status(), notice: this.guard.notice, picture: this.picture.firstFrame.shown }, this.strings)}
        ${table && !webgl ? renderFallback({ ...table, picture: this.picture.source.fallback(), slider: this.noControls ? nothing : renderSlider(this.actions) }) : nothing}
        ${controls && dataset && !this.layout.panelBeside ? this.panel.render(dataset, year, this.env.text) : nothing}
        ${table && webgl ? renderCoveringView(this.mode, { ...table, compare: this.compare, theme: this.resolvedTheme }, this.actions) : nothing}
        ${details ? renderDetails(details, this.strings, () => this.actions.closeDetails(this.map?.getCanvas()), this.layout.layout === 'narrow') : nothing}
        ${webgl ? this.story.render() : nothing}
        ${this.announcer.render()} ${this.picture.print.render()}
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
