import { html, nothing, type PropertyValues } from 'lit';
import { landInView } from '../../basemap/land-in-view';
import { basemapThemes, paintForTheme } from '../../basemap/style';
import type { DatasetSource } from '../../controllers/dataset-source';
import type { PlannedView } from '../../controllers/edge-markers';
import { EdgeMarkersController, type EdgeMarkersHost } from '../../controllers/edge-markers';
import type { EnvironmentController } from '../../controllers/environment';
import { LabelPlacer, type LabelPlacerHost } from '../../controllers/label-placer';
import type { LayoutController } from '../../controllers/layout';
import { MapLifecycle, type MapLifecycleHost } from '../../controllers/map-lifecycle';
import { STATE_EVENT } from '../../controllers/map-link';
import type { ReaderActions } from '../../controllers/reader-actions';
import type { StoryController } from '../../controllers/story';
import { TooltipController } from '../../controllers/tooltip';
import type { UrlState } from '../../controllers/url-state';
import type { FlowChange } from '../../data/compare';
import type { Dataset } from '../../data/schema';
import type { Selection } from '../../data/selection';
import { type Direction, directions, latestYear } from '../../data/selectors';
import { embedView, type SharedView } from '../../data/share';
import {
  boundsFromAttribute,
  type CameraTarget,
  datasetBounds,
  selectionAnchor,
  viewFromAttributes,
} from '../../geo/framing';
import { boundsInView } from '../../geo/mercator';
import { buildLayers } from '../../layers';
import { layerPalettes } from '../../layers/colors';
import { widthScaleFor } from '../../layers/scales';
import type { PickedDatum } from '../../layers/types';
import { changeLabel } from '../../text/compare';
import { detailsFor } from '../../text/details';
import { yearHeadline } from '../../text/summary';
import { type DisplayMode, dispatch, type ViewChangeDetail } from '../../types';
import type { ScaleMode } from '../relations-legend';

const TRANSITION_MS = 600;

export interface MapFeatureHost extends MapLifecycleHost, LabelPlacerHost, EdgeMarkersHost {
  direction: Direction;
  scale: ScaleMode;
  mode: DisplayMode;
  compare: string | undefined;
  step: string | undefined;
  selection: Selection | null;
  noControls: boolean;
  center: string | undefined;
  zoom: number | undefined;
  bounds: string | undefined;
  readonly locale: string;
}

/** The element's other parts that the map works with. */
export interface MapFeatureParts {
  source: DatasetSource;
  actions: ReaderActions;
  env: EnvironmentController;
  layout: LayoutController;
  url: UrlState;
  story(): StoryController;
  /** Until the map exists, the view the static picture plans for it. */
  planned(): PlannedView | undefined;
  notify(text: string): void;
}

/**
 * The WebGL map and what lives on it: its lifecycle and camera, the capitals' labels, the markers at its edge and
 * the hover tooltip, and the layers drawn from the element's state. The root tells it what changed.
 */
export class MapFeature {
  readonly lifecycle: MapLifecycle;
  readonly labels: LabelPlacer;
  readonly edges: EdgeMarkersController;
  readonly tooltip: TooltipController;
  /** A pointer is down on the element. */
  private pressed = false;

  constructor(
    private readonly host: MapFeatureHost,
    private readonly parts: MapFeatureParts,
  ) {
    const { env, actions } = parts;
    this.tooltip = new TooltipController(host);
    this.lifecycle = new MapLifecycle(host, {
      source: parts.source,
      layers: () => this.layerSpecs(),
      initialView: () => viewFromAttributes(host.center, host.zoom),
      framing: () => boundsFromAttribute(host.bounds, datasetBounds(host.shownData)),
      padding: () => this.padding(),
      notify: parts.notify,
      onHover: (picked, x, y) => this.hover(picked, x, y),
      onClick: (picked, countryId) => actions.mapClick(picked, countryId),
      onResetView: () => this.moves.resetView(env.reducedMotion),
      onMoveEnd: () => this.moved(),
      inUse: () => this.pressed || host.mode === 'story' || host.matches(':focus-within'),
    });
    // A gesture in progress keeps the map live (see ./live-maps): the pointer may come up outside the element.
    host.addEventListener('pointerdown', () => {
      this.pressed = true;
      const up = () => {
        this.pressed = false;
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
      };
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
    });
    this.edges = new EdgeMarkersController(host, {
      engine: () => this.lifecycle.engine,
      planned: parts.planned,
      padding: () => this.padding(),
      show: (target) => this.show(target),
      focusLabel: (project) => this.labels.focusLabel(project),
      landInView: (code, project, view, centreLon) => {
        const { topology } = this.lifecycle;
        const data = this.host.shownData;
        return !!topology && !!data && landInView(topology, data, code, project, view, centreLon);
      },
    });
    this.labels = new LabelPlacer(host, {
      engine: () => this.lifecycle.engine,
      redraw: () => this.lifecycle.pushLayers(),
      beforePlace: () => this.edges.update(),
      places: () => this.parts.story().emphasis.places,
    });
  }

  /** What is under the pointer, on the WebGL map or its picture: the tooltip says it. */
  hover(picked: PickedDatum | null, x: number, y: number): void {
    this.tooltip.show(this.host.shownData, picked, x, y, this.parts.env.text);
  }

  /** A click on the picture before the WebGL map exists: the same details as a click on the map. */
  click(picked: PickedDatum | null): void {
    this.parts.actions.mapClick(picked, undefined);
  }

  /** Where the map looks, and the camera's moves. */
  get moves() {
    return this.lifecycle.moves;
  }

  /** The room the panels, the bar and the key take from the map. */
  padding() {
    return this.parts.layout.padding(this.parts.story().rightPanelOpen, !this.host.noControls);
  }

  /** Moves the camera to a point or a box, in the part no panel covers (a jump under reduced motion). */
  show(target: CameraTarget): void {
    this.moves.show(target, this.parts.env.reducedMotion);
  }

  /** Brings what the reader picked into view, if it is not there. */
  reveal(selection: Selection): void {
    const dataset = this.host.shownData;
    this.moves.reveal(dataset && selectionAnchor(dataset, selection), this.parts.env.reducedMotion);
  }

  /** What is drawn: the map's layers, the static picture and the exported image all follow it. */
  drawnState(dataset: Dataset) {
    const host = this.host;
    const year = host.year ?? latestYear(dataset);
    const direction: Direction = directions.includes(host.direction) ? host.direction : 'both';
    const palette = layerPalettes[host.resolvedTheme];
    const widthScale = widthScaleFor(dataset, year, host.scale);
    // A story step comparing two years: trade is drawn as what changed, each arc labelled in the reader's words.
    const years = this.parts.story().comparison;
    const lang = this.parts.env.text;
    const compare = years && { years, label: (c: FlowChange) => changeLabel(c, years, lang) };
    return {
      dataset,
      year,
      layers: this.parts.actions.visibleLayers,
      direction,
      palette,
      widthScale,
      compare,
    };
  }

  /** The MapLibre map and the deck.gl overlay, for power users: null while the map is released (./live-maps). */
  handles() {
    const engine = this.lifecycle.engine;
    const released = this.lifecycle.phase === 'released';
    return { map: released ? null : engine?.map, deck: released ? null : engine?.overlay };
  }

  /** What the element says over the map about its start and its dataset (the notice is the guard's). */
  status() {
    const { source } = this.parts;
    const { started, loading, fatal } = this.lifecycle;
    const retry = () => {
      // The dataset again if one is on screen, else the whole start.
      source.clearError();
      if (source.dataset) void source.reload();
      else this.lifecycle.restart();
    };
    return { started, loading, fatal, dataError: source.error, keptDataset: !!source.dataset, retry };
  }

  /** What the element's frame draws from: the dataset and year, whether WebGL and the built-in controls are on. */
  frameState() {
    const { shownData: dataset, strings, locale, mode } = this.host;
    const { webgl, started } = this.lifecycle;
    const year = dataset ? (this.host.year ?? latestYear(dataset)) : 0;
    const table = dataset && { ...this.drawnState(dataset), strings, locale };
    const controls = !!dataset && webgl && !this.host.noControls;
    // The table and compare views lie over the map: it is inert, with no key, markers or tooltip of its own.
    const covered = mode === 'table' || mode === 'compare';
    return { dataset, year, webgl, started, table, mapShown: mode === 'map', covered, controls };
  }

  /** The details of what the reader chose, unless the story tells it (a step's pick is told by the step's own words). */
  details(storyTellsIt: boolean) {
    const { dataset, year, mapShown } = this.frameState();
    const selection = this.host.selection;
    return dataset && selection && mapShown && !storyTellsIt
      ? detailsFor(dataset, selection, year, this.parts.env.text)
      : undefined;
  }

  /**
   * The map's headline: the story's relation that year, from the data (the first words of the alt text too), unless
   * the page slots its own title or the dataset names no relation.
   */
  headline() {
    const dataset = this.host.shownData;
    // A narrow map in a box the page fixed (a sticky story map, a thumbnail) leaves the words to the page.
    const boxed = this.parts.layout.layout === 'narrow' && this.parts.layout.boxed;
    // A comparison is of two years: one year's headline would say the opposite of half of it.
    const compared = this.host.mode === 'compare';
    if (!dataset || boxed || compared || this.host.querySelector(':scope > [slot="title"]')) return nothing;
    const text = yearHeadline(dataset, this.host.year ?? latestYear(dataset), this.parts.env.text);
    return text ? html`<p class="headline" part="headline">${text}</p>` : nothing;
  }

  /** The year, layers, direction, step, mode and view, as a link or the URL keeps them. */
  sharedView(): SharedView {
    const engine = this.lifecycle.engine;
    const view = engine?.view;
    const { year, layers, direction, step, mode, compare } = this.host;
    const bounds = engine && boundsInView(engine.view, engine.size, this.padding());
    return { year, layers, direction, step, mode, compare, center: view?.center, zoom: view?.zoom, bounds };
  }

  /** The view for the embed code: the part of the map the reader saw, if they moved it (see `embedView`). */
  embedView(): SharedView {
    return embedView(this.sharedView(), this.moves.viewMoved);
  }

  /**
   * The element's properties changed: linked controls and the URL hear of it, and the map follows. (`data` and
   * `resolvedTheme` are requested by the parts that own them, so the map of changes is read by name.)
   */
  update(changed: PropertyValues): void {
    const has = (key: string) => changed.has(key);
    if (
      [
        'year',
        'layers',
        'direction',
        'step',
        'mode',
        'compare',
        'data',
        'lang',
        'theme',
        'resolvedTheme',
      ].some(has)
    ) {
      this.host.dispatchEvent(new CustomEvent(STATE_EVENT, { bubbles: true, composed: true }));
      if (this.host.shownData) this.parts.url.write(this.sharedView());
    }
    // A panel or the table takes the tooltip's place: what it said would come back stale when they close.
    if (has('selection') || has('mode')) this.tooltip.hide();
    // Details closed: the view they moved to show their subject goes back.
    if (has('selection') && !this.host.selection) this.moves.returnFromReveal(this.parts.env.reducedMotion);
    const engine = this.lifecycle.engine;
    if (!engine) return;
    if (has('theme') || has('resolvedTheme'))
      engine.setBasemapPaint(paintForTheme(basemapThemes[this.host.resolvedTheme]));
    // `selection` too: a story step's pick stands out and the rest fades.
    if (['year', 'layers', 'direction', 'theme', 'scale', 'resolvedTheme', 'selection', 'step'].some(has))
      this.lifecycle.pushLayers();
    if (has('gestures')) this.lifecycle.applyGestures();
  }

  private layerSpecs() {
    const dataset = this.host.shownData;
    if (!dataset) return undefined;
    return buildLayers(dataset, {
      ...this.drawnState(dataset),
      transitionMs: this.parts.env.reducedMotion ? 0 : TRANSITION_MS,
      emphasis: this.parts.story().emphasis,
      labelPlacement: this.labels.placement,
    });
  }

  private moved(): void {
    const engine = this.lifecycle.engine;
    if (!engine || this.lifecycle.loading) return;
    if (this.host.shownData) this.parts.url.write(this.sharedView());
    dispatch<ViewChangeDetail>(this.host, 'view-change', engine.view);
  }
}
