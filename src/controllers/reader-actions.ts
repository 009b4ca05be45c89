import type { ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/schema';
import { type Selection, sameSelection } from '../data/selection';
import { type Direction, directions, latestYear, type YearStopView, yearStops } from '../data/selectors';
import type { StepState } from '../data/story';
import {
  type LayerToken,
  layerTokens,
  type PickedDatum,
  parseLayerTokens,
  serializeLayerTokens,
} from '../layers';
import { selectionFromPick } from '../layers/picking';
import { detailsFor } from '../text/details';
import type { Lang, Strings } from '../text/strings';
import type { DisplayMode, LayersChangeDetail, SelectionChangeDetail, YearChangeDetail } from '../types';
import { dispatch } from '../types';
import type { Announcer } from './announcer';
import type { MapLinkPort } from './map-link';

/** The map's state that the reader changes, and what the link port reads. */
export interface ReaderActionsHost extends ReactiveControllerHost, HTMLElement {
  year: number | undefined;
  layers: string | null;
  direction: Direction;
  selection: Selection | null;
  mode: DisplayMode;
  readonly shownData: Dataset | undefined;
  readonly strings: Strings;
  readonly locale: string;
  readonly resolvedTheme: 'light' | 'dark';
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ReaderActionsOptions {
  text(): Lang;
  /** Brings a place into the map's view. */
  goTo(center: [number, number]): void;
  /** Shows a story step (a `<relations-story>` asks for it as the reader scrolls). */
  showStep(state: StepState): void;
  /** Keeps what a selection is about in view, beside its details rather than under them. */
  reveal(selection: Selection): void;
}

/**
 * The reader's changes (from the built-in controls, linked controls, the map and the keyboard): each is applied to
 * the host, announced, and fired as the public event. The page's own changes (setting a property) fire nothing.
 * This is also the map's link port: what linked controls read and call.
 */
export class ReaderActions implements MapLinkPort {
  constructor(
    private readonly host: ReaderActionsHost,
    private readonly announcer: Announcer,
    private readonly options: ReaderActionsOptions,
  ) {}

  private text(): Lang {
    return this.options.text();
  }

  get year() {
    return this.host.year;
  }
  get direction() {
    return this.host.direction;
  }
  get data() {
    return this.host.shownData;
  }
  get strings() {
    return this.host.strings;
  }
  get locale() {
    return this.host.locale;
  }
  get resolvedTheme() {
    return this.host.resolvedTheme;
  }

  /** The years with their labels and captions: the slider's stops. */
  get yearStops(): YearStopView[] {
    return yearStops(this.host.shownData);
  }

  private parsedLayers: { value: string | null; layers: ReadonlySet<LayerToken> } | undefined;

  /** The same set while `layers` is unchanged: the toggles, legend and table re-render only when it changes. */
  get visibleLayers(): ReadonlySet<LayerToken> {
    const value = this.host.layers;
    if (this.parsedLayers?.value !== value)
      this.parsedLayers = { value, layers: parseLayerTokens(value).layers };
    return this.parsedLayers.layers;
  }

  /** Applied, then announced with `year-change` once the element has taken it (a refused year fires nothing). */
  setYear(year: number): void {
    const host = this.host;
    if (year === host.year) return;
    const before = host.year;
    host.year = year;
    void host.updateComplete.then(() => {
      if (host.year === year && before !== year) dispatch<YearChangeDetail>(host, 'year-change', { year });
    });
  }

  setLayers(layers: ReadonlySet<LayerToken>): void {
    this.host.layers = serializeLayerTokens(layers);
    dispatch<LayersChangeDetail>(this.host, 'layers-change', {
      layers: layerTokens.filter((t) => layers.has(t)),
    });
  }

  setDirection(direction: Direction): void {
    if (directions.includes(direction)) this.host.direction = direction;
  }

  select(selection: Selection | null): void {
    const host = this.host;
    if (sameSelection(selection, host.selection)) return;
    host.selection = selection;
    const dataset = host.shownData;
    const view =
      dataset && selection
        ? detailsFor(dataset, selection, host.year ?? latestYear(dataset), this.text())
        : undefined;
    if (view) this.announcer.say(`${view.title}. ${view.subtitle}`);
    dispatch<SelectionChangeDetail>(host, 'selection-change', selection ? { ...selection } : null);
  }

  /** A click on the map: the feature under it, else its country, opens its details; nothing clears them. */
  mapClick(picked: PickedDatum | null, countryId: string | undefined): void {
    const dataset = this.host.shownData;
    if (!dataset) return;
    const selection = selectionFromPick(dataset, picked, countryId);
    if (selection) this.openDetails(selection, true);
    else this.select(null);
  }

  /** Where focus was when details opened: closing them returns it there (the list, a button, the map). */
  private returnFocus: HTMLElement | undefined;

  /** Selects, and with `moveFocus` puts focus on the details so keyboard readers land on them. */
  openDetails(selection: Selection, moveFocus: boolean): void {
    if (!this.host.selection) this.returnFocus = deepActiveElement();
    this.select(selection);
    void this.host.updateComplete.then(() => {
      this.options.reveal(selection);
      if (moveFocus) this.host.renderRoot.querySelector<HTMLElement>('relations-details')?.focus();
    });
  }

  /**
   * An event chosen in the timeline or the table: the map (leaving the table view), its details with focus on them,
   * and its place in view when it has one on the map.
   */
  showEvent(id: string): void {
    const event = this.host.shownData?.events.find((e) => e.id === id);
    if (!event) return;
    this.setMode('map');
    this.openDetails({ kind: 'event', id }, true);
    const place = event.place;
    if (place?.lon !== undefined && place.lat !== undefined) {
      const center: [number, number] = [place.lon, place.lat];
      // After the details have rendered, so the view makes room for them.
      void this.host.updateComplete.then(() => this.options.goTo(center));
    }
  }

  showStep(state: StepState): void {
    this.options.showStep(state);
  }

  /** Clears the selection and puts focus back where it was when the details opened, else on `fallback`. */
  closeDetails(fallback: HTMLElement | undefined): void {
    const back = this.returnFocus;
    this.returnFocus = undefined;
    this.select(null);
    (back?.isConnected ? back : fallback)?.focus();
  }

  /** Switches between map, table and comparison, moving focus to what was opened so keyboard users land on it. */
  setMode(mode: DisplayMode): void {
    const host = this.host;
    if (mode === host.mode) return;
    host.mode = mode;
    const s = host.strings;
    this.announcer.say(mode === 'table' ? s.tableView : mode === 'compare' ? s.compareView : s.mapLabel);
    void host.updateComplete.then(() => {
      const target =
        mode === 'map'
          ? host.renderRoot.querySelector<HTMLElement>('.view-switch')
          : host.renderRoot.querySelector<HTMLElement>(`#${mode}-view-title`);
      target?.focus();
    });
  }
}

/** The focused element, looking into shadow roots (the map's own controls live in one). */
function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : undefined;
}
