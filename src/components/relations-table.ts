import { html, nothing, type TemplateResult } from 'lit';
import { MapLinkController, type MapLinkPort } from '../controllers/map-link';
import { flowsCsv } from '../data/csv';
import type { Dataset } from '../data/schema';
import { type Direction, latestYear } from '../data/selectors';
import { downloadFlowsCsv } from '../download';
import { type LayerToken, layerTokens } from '../layers/types';
import { sourceLinks } from '../text/source-links';
import { bindStrings, en, type Strings } from '../text/strings';
import {
  type EventRow,
  eventRows,
  type FlowColumn,
  flowRows,
  flowSortKey,
  type RelationRow,
  relationRows,
  type SortOrder,
  sortRows,
} from '../text/table';
import { FrameworkElement } from './framework-element';
import { relationsTableStyles } from './relations-table.styles';
import type { TimelineSelectDetail } from './relations-timeline';

type RelationColumn = 'pair' | 'status' | 'evidence';
type EventColumn = 'date' | 'event' | 'place' | 'category' | 'evidence';

interface SortState {
  flows?: SortOrder<FlowColumn>;
  relations?: SortOrder<RelationColumn>;
  events?: SortOrder<EventColumn>;
}

const relationKey = (r: RelationRow, c: RelationColumn): string => r[c];
const eventKey = (r: EventRow, c: EventColumn): string =>
  c === 'date' ? r.date : c === 'event' ? r.title : r[c];

/**
 * The map's figures as tables (trade flows, diplomatic relations, events) for the year on the map and the layers
 * that are on, each figure with its evidence and sources, alternatives beside the figure drawn; sortable columns;
 * CSV downloads; the dataset's method note beside the figures.
 *
 * Inside `<relations-map>` it is the table view. Anywhere on a page with `for="map-id"`, it follows that map.
 *
 * @fires timeline-select - The reader chose an event in the events table (bubbles, composed). A linked table shows
 *   it on its map instead. `detail: { id }`
 * @csspart table - Each table.
 * @csspart method - The note on how the figures were made.
 * @csspart downloads - The download buttons.
 */
export class RelationsTable extends FrameworkElement {
  static override properties = {
    for: { type: String, reflect: true },
    data: { attribute: false },
    year: { type: Number },
    layers: { attribute: false },
    direction: { type: String },
    strings: { attribute: false },
    locale: { type: String },
    theme: { type: String, reflect: true },
    _sort: { state: true },
  };

  /** The id of a `<relations-map>` to follow. */
  declare for: string | null;
  /** The dataset to tabulate; a linked table takes its map's. */
  declare data: Dataset | undefined;
  declare year: number | undefined;
  declare layers: ReadonlySet<LayerToken>;
  declare direction: Direction;
  declare strings: Strings;
  /** BCP 47 locale for numbers, dates and sorting. */
  declare locale: string;
  /**
   * `light` or `dark` gives the table its own panel colours, for a table outside a map (a linked table takes its
   * map's theme). Unset, it inherits the colours around it, as inside the map's table view.
   */
  declare theme: 'light' | 'dark' | undefined;
  declare private _sort: SortState;
  private readonly link: MapLinkController;

  constructor() {
    super();
    this.for = null;
    this.data = undefined;
    this.year = undefined;
    this.layers = new Set(layerTokens);
    this.direction = 'both';
    this.strings = en;
    this.locale = 'en';
    this.theme = undefined;
    this._sort = {};
    this.link = new MapLinkController(this, (map: MapLinkPort) => {
      this.data = map.data;
      this.year = map.year;
      this.layers = new Set(map.visibleLayers);
      this.direction = map.direction;
      this.strings = map.strings;
      this.locale = map.locale;
      this.theme = map.resolvedTheme;
    });
  }

  private get shownYear(): number | undefined {
    const d = this.data;
    if (!d) return undefined;
    return this.year !== undefined && d.years.some((y) => y.year === this.year) ? this.year : latestYear(d);
  }

  /** The trade figures of the year shown, or of every year, as CSV. */
  csv(scope: 'year' | 'all' = 'year'): string {
    const d = this.data;
    if (!d) return '';
    return flowsCsv(d, scope === 'year' ? this.shownYear : undefined);
  }

  /** A linked table shows the event on its map; any other says which event was chosen, for its page or map. */
  private showEvent(id: string): void {
    const map = this.link.map();
    if (map) map.showEvent(id);
    else
      this.dispatchEvent(
        new CustomEvent<TimelineSelectDetail>('timeline-select', {
          detail: { id },
          bubbles: true,
          composed: true,
        }),
      );
  }

  private download(scope: 'year' | 'all'): void {
    const d = this.data;
    if (!d) return;
    downloadFlowsCsv(d, scope === 'year' ? this.shownYear : undefined);
  }

  private sortBy<K extends keyof SortState>(table: K, column: NonNullable<SortState[K]>['column']): void {
    const current = this._sort[table];
    const direction =
      current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
    this._sort = { ...this._sort, [table]: { column, direction } };
  }

  private header<K extends keyof SortState>(
    table: K,
    column: NonNullable<SortState[K]>['column'] | undefined,
    label: string,
  ): TemplateResult {
    const wrap = label.length > 9 ? 'wrap' : '';
    if (!column) return html`<th scope="col" class=${wrap}>${label}</th>`;
    const order = this._sort[table];
    const sorted = order?.column === column ? order.direction : undefined;
    return html`<th scope="col" class=${wrap} aria-sort=${sorted ?? 'none'}>
      <button type="button" class="sort" data-column=${column} @click=${() => this.sortBy(table, column)}>
        ${label}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  /**
   * One table: caption, a header row (a sort button in each sortable column's header) and the rows, or a line saying
   * there is nothing for the year.
   */
  private table<K extends keyof SortState>(
    name: K,
    caption: string,
    columns: Array<[NonNullable<SortState[K]>['column'] | undefined, string]>,
    rows: TemplateResult[],
  ): TemplateResult {
    return html`<table class="data-table" part="table" data-table=${name}>
      <caption>${caption}</caption>
      <thead>
        <tr>${columns.map(([column, label]) => this.header(name, column, label))}</tr>
      </thead>
      <tbody>
        ${rows}
        ${rows.length === 0 ? html`<tr><td colspan=${columns.length}>${this.strings.noRows}</td></tr>` : nothing}
      </tbody>
    </table>`;
  }

  private flowsTable(dataset: Dataset, year: number): TemplateResult {
    // A table on its own (no map linked) has the interface's table: the dataset's names go into its headers.
    const t = bindStrings(this.strings, dataset);
    const c = t.columns;
    const lang = { t, locale: this.locale };
    const rows = sortRows(
      flowRows(dataset, year, lang, this.direction),
      this._sort.flows,
      flowSortKey,
      this.locale,
    );
    return this.table(
      'flows',
      t.tradeTableCaption(String(year)),
      [
        ['pair', c.pair],
        ['direction', c.direction],
        ['value', c.value],
        [undefined, t.shareColumn],
        [undefined, c.original],
        ['period', c.period],
        ['series', c.series],
        ['evidence', c.evidence],
        [undefined, c.sources],
        [undefined, c.alternatives],
      ],
      rows.map(
        (r) => html`<tr class=${r.shown ? 'shown' : ''} data-id=${r.id}>
          <th scope="row">${r.pair}</th>
          <td>${r.direction}</td>
          <td class="number" data-value=${Number.isNaN(r.valueUsd) ? '' : String(r.valueUsd)}>
            ${r.value}${r.note ? html`<div class="note">${r.note}</div>` : nothing}
          </td>
          <td class="share" data-share=${r.share}>
            ${r.share}${r.shareNote ? html`<div class="note">${r.shareNote}</div>` : nothing}
          </td>
          <td>${r.original}</td>
          <td>${r.period}</td>
          <td>${r.series}</td>
          <td>${r.evidence}</td>
          <td class="sources">${sourceLinks(r.sources)}</td>
          <td>
            ${r.alternatives.map(
              (a) =>
                html`<div class="alternative">${a.value} · ${a.series} · ${a.evidence} (${a.sources})</div>`,
            )}
          </td>
        </tr>`,
      ),
    );
  }

  private relationsTable(dataset: Dataset, year: number): TemplateResult {
    const t = this.strings;
    const c = t.columns;
    const lang = { t, locale: this.locale };
    const rows = sortRows(relationRows(dataset, year, lang), this._sort.relations, relationKey, this.locale);
    return this.table(
      'relations',
      t.relationsTableCaption(String(year)),
      [
        ['pair', c.pair],
        ['status', c.status],
        [undefined, c.embassies],
        [undefined, c.summary],
        ['evidence', c.evidence],
        [undefined, c.sources],
      ],
      rows.map(
        (r) => html`<tr data-id=${r.id}>
          <th scope="row">${r.pair}</th>
          <td>${r.status}</td>
          <td>${r.embassies}</td>
          <td>${r.summary}</td>
          <td>${r.evidence}</td>
          <td class="sources">${sourceLinks(r.sources)}</td>
        </tr>`,
      ),
    );
  }

  private eventsTable(dataset: Dataset, year: number): TemplateResult {
    const t = this.strings;
    const c = t.columns;
    const lang = { t, locale: this.locale };
    const rows = sortRows(eventRows(dataset, year, lang), this._sort.events, eventKey, this.locale);
    return this.table(
      'events',
      t.eventsTableCaption(String(year)),
      [
        ['date', c.date],
        ['event', c.event],
        ['place', c.place],
        ['category', c.category],
        ['evidence', c.evidence],
        [undefined, c.sources],
      ],
      rows.map(
        (r) => html`<tr data-id=${r.id}>
          <td><time datetime=${r.date}>${r.dateText}</time></td>
          <th scope="row">
            <button type="button" class="open-event" data-event=${r.id} @click=${() => this.showEvent(r.id)}>
              ${r.title}
            </button>
          </th>
          <td>${r.place}</td>
          <td>${r.category}</td>
          <td>${r.evidence}</td>
          <td class="sources">${sourceLinks(r.sources)}</td>
        </tr>`,
      ),
    );
  }

  protected override render() {
    const dataset = this.data;
    const year = this.shownYear;
    if (!dataset || year === undefined) return nothing;
    const t = this.strings;
    const layers = this.layers;
    const someHidden = !layers.has('trade') || !layers.has('relations') || !layers.has('events');
    return html`
      <div class="layout">
        <aside class="side">
          <section class="method" part="method" aria-labelledby="method-title">
            <h3 id="method-title">${t.aboutFigures}</h3>
            <p>${dataset.method}</p>
            ${dataset.changes ? html`<p class="changes"><strong>${t.dataChanges}:</strong> ${dataset.changes}</p>` : nothing}
          </section>
          <section class="downloads" part="downloads" aria-labelledby="downloads-title">
            <h3 id="downloads-title">${t.downloads}</h3>
            <button type="button" data-download="year" @click=${() => this.download('year')}>
              ${t.csvYear(String(year))}
            </button>
            <button type="button" data-download="all" @click=${() => this.download('all')}>${t.csvAll}</button>
          </section>
        </aside>
        <div class="tables">
          ${layers.has('trade') ? this.flowsTable(dataset, year) : nothing}
          ${layers.has('relations') ? this.relationsTable(dataset, year) : nothing}
          ${layers.has('events') ? this.eventsTable(dataset, year) : nothing}
          ${someHidden ? html`<p class="hidden-note">${t.hiddenLayers}</p>` : nothing}
        </div>
      </div>
    `;
  }

  static override styles = relationsTableStyles;
}

customElements.get('relations-table') ?? customElements.define('relations-table', RelationsTable);

declare global {
  interface HTMLElementTagNameMap {
    'relations-table': RelationsTable;
  }
}
