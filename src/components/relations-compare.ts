import { html, nothing, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadTopology, type Topology } from '../basemap/topology';
import { measureLabel } from '../controllers/label-placer';
import { MapLinkController, type MapLinkPort } from '../controllers/map-link';
import { compareYears, parseCompare } from '../data/compare';
import { LastValue } from '../data/memo';
import type { Dataset } from '../data/schema';
import type { Direction } from '../data/selectors';
import { yearsOf } from '../data/selectors';
import { downloadBlob, downloadText } from '../download';
import { cssColor, layerPalettes } from '../layers/colors';
import { type LayerToken, layerTokens } from '../layers/types';
import { comparePictureInput } from '../picture/compare-pictures';
import { staticPicture } from '../picture/static-picture';
import { changeRows, changesCsv, relationChangeRows } from '../text/compare';
import { en, type Lang, type Strings, withDataset } from '../text/strings';
import { FrameworkElement } from './framework-element';
import { relationsCompareStyles } from './relations-compare.styles';

export interface CompareErrorDetail {
  /** The `compare` value refused. */
  compare: string;
  /** The dataset's years. */
  years: number[];
}

export interface YearSelectDetail {
  year: number;
}

/**
 * What changed between two years: every year of the dataset as a small static picture on one scale and one framing
 * (no WebGL), each a button that opens its year on the map, and the two years' drawn figures and relations side by
 * side with the change where one series over the same months allows it, else the reason, and a CSV of it.
 *
 * Anywhere on a page with `for="map-id"` it follows that map (its dataset, language, layers and theme), and a
 * picture opens its year there.
 *
 * @fires year-select - A picture was chosen and no map is linked: the page may show that year. `detail: { year }`
 * @fires compare-error - `compare` names a year the dataset does not have, or not two years. `detail: { compare, years }`
 * @csspart multiples - The list of small pictures.
 * @csspart table - Each table.
 * @csspart message - The message when `compare` is refused.
 */
export class RelationsCompare extends FrameworkElement {
  static override properties = {
    for: { type: String, reflect: true },
    compare: { type: String },
    data: { attribute: false },
    year: { type: Number },
    layers: { attribute: false },
    direction: { type: String },
    strings: { attribute: false },
    locale: { type: String },
    theme: { type: String, reflect: true },
    colors: { attribute: false },
    _topology: { state: true },
  };

  /** The id of a `<relations-map>` to follow. */
  declare for: string | null;
  /** The two years compared, `"2016 2021"` (any order); default: the dataset's first and last. */
  declare compare: string | undefined;
  /** The dataset; a linked element takes its map's. */
  declare data: Dataset | undefined;
  /** The year on the map: its picture is marked as pressed. */
  declare year: number | undefined;
  declare layers: ReadonlySet<LayerToken>;
  declare direction: Direction;
  declare strings: Strings;
  declare locale: string;
  /** `light` or `dark`: the pictures' colours and the panel's own. */
  declare theme: 'light' | 'dark' | undefined;
  /** The pictures' colours where `theme` is unset and the panel takes the colours around it (the map's view). */
  declare colors: 'light' | 'dark' | undefined;
  declare private _topology: Topology | undefined;
  private readonly link: MapLinkController;
  private refusedReported = '';
  /** The last picture drawn in each place: a year's, or the change's. */
  private readonly drawn = new Map<string, LastValue<string>>();

  constructor() {
    super();
    this.for = null;
    this.compare = undefined;
    this.data = undefined;
    this.year = undefined;
    this.layers = new Set(layerTokens);
    this.direction = 'both';
    this.strings = en;
    this.locale = 'en';
    this.theme = undefined;
    this.colors = undefined;
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

  override connectedCallback(): void {
    super.connectedCallback();
    // The basemap the map draws too: fetched once per page, so a linked map's download serves both.
    loadTopology().then(
      (topology) => {
        this._topology = topology;
      },
      () => {
        this._topology = undefined;
      },
    );
  }

  /** The pictures' colours: `theme`, else the map's (`colors`), else light. */
  private get pictureTheme(): 'light' | 'dark' {
    return this.theme ?? this.colors ?? 'light';
  }

  /** The two years compared, or the refusal of `compare`. */
  get comparedYears(): [number, number] | undefined {
    if (!this.data) return undefined;
    const answer = compareYears(this.data, parseCompare(this.compare));
    return 'years' in answer ? answer.years : undefined;
  }

  /** The comparison as CSV (what the download button saves). */
  csv(): string {
    const years = this.comparedYears;
    return this.data && years ? changesCsv(this.data, years, this.textLang()) : '';
  }

  private textLang(): Lang {
    const lang = { t: this.strings, locale: this.locale };
    return this.data ? withDataset(lang, this.data) : lang;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('compare') && !changed.has('data')) return;
    const d = this.data;
    if (!d || this.comparedYears || !this.compare) return;
    // Said once per refused value, not on every render of it.
    if (this.refusedReported === this.compare) return;
    this.refusedReported = this.compare;
    this.dispatchEvent(
      new CustomEvent<CompareErrorDetail>('compare-error', {
        detail: { compare: this.compare, years: yearsOf(d) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private open(year: number): void {
    const map = this.link.map();
    if (map) map.setYear(year);
    else
      this.dispatchEvent(
        new CustomEvent<YearSelectDetail>('year-select', { detail: { year }, bubbles: true, composed: true }),
      );
  }

  /** What one picture is drawn from: a year's, or (`change`) what changed between two years. */
  private pictureInput(
    dataset: Dataset,
    topology: Topology,
    year: number,
    change?: { years: [number, number]; title: string },
  ) {
    const look = {
      layers: this.layers,
      direction: this.direction,
      theme: this.pictureTheme,
      lang: this.textLang(),
    };
    return comparePictureInput(dataset, topology, year, { ...look, measure: measureLabel }, change);
  }

  /** A picture as SVG markup, made again only when what it shows changed (a linked map re-renders this often). */
  private picture(
    dataset: Dataset,
    topology: Topology,
    year: number,
    change?: { years: [number, number]; title: string },
  ): string {
    const slot = change ? 'change' : String(year);
    const memo = this.drawn.get(slot) ?? new LastValue<string>();
    this.drawn.set(slot, memo);
    const key = [
      year,
      change?.years,
      change?.title,
      this.pictureTheme,
      this.direction,
      this.locale,
      [...this.layers],
    ];
    return memo.get(dataset, key.join('|'), () =>
      staticPicture(
        this.pictureInput(dataset, topology, year, change),
        change ? 'change-picture' : 'multiple',
      ),
    );
  }

  /**
   * The comparison as a picture that stands alone: the change map with its title, key, sources and attribution, and
   * every year's small picture. A PNG at twice its pixels, or an SVG. Rejects before the dataset and the basemap are
   * in, or when `compare` is refused.
   */
  async exportImage(options: { type?: 'image/png' | 'image/svg+xml' } = {}): Promise<Blob> {
    const dataset = this.data;
    const years = this.comparedYears;
    const topology = this._topology ?? (await loadTopology());
    if (!dataset || !years)
      throw new Error('relations-compare: nothing to export (no dataset, or no two years)');
    const lang = this.textLang();
    const t = lang.t.compare;
    const title = lang.t.compare.imageTitle(dataset.title, String(years[0]), String(years[1]));
    const change = this.pictureInput(dataset, topology, years[1], { years, title });
    const multiples = dataset.years.map(({ year, label }) => ({
      input: this.pictureInput(dataset, topology, year),
      caption: `${year} ${label}`,
    }));
    // The standalone picture's code (key, sources, PNG) comes when asked for, as the map's own downloads do.
    const { comparePicture, svgToPng } = await import('../picture/compare-export');
    const picture = comparePicture(
      change,
      multiples,
      { strings: lang.t, locale: lang.locale, heading: t.multiples },
      { theme: this.pictureTheme },
    );
    if (options.type === 'image/svg+xml') return new Blob([picture.svg], { type: 'image/svg+xml' });
    return svgToPng(picture.svg, picture.width, picture.height);
  }

  private async downloadImage(type: 'image/png' | 'image/svg+xml', years: [number, number]): Promise<void> {
    const d = this.data;
    if (!d) return;
    const blob = await this.exportImage({ type }).catch((error: unknown) => {
      console.warn('relations-compare: the picture could not be made', error);
    });
    if (blob)
      downloadBlob(blob, `${d.id}-change-${years[0]}-${years[1]}.${type === 'image/png' ? 'png' : 'svg'}`);
  }

  /** The change itself, drawn: one arc per pair as thick as the change, its colour the way it went. */
  private changeMap(dataset: Dataset, years: [number, number]) {
    const topology = this._topology;
    const t = this.strings.compare;
    const [a, b] = years.map(String) as [string, string];
    const palette = layerPalettes[this.pictureTheme].change;
    const key = (['up', 'down', 'notCompared', 'oneYear'] as const).map(
      (k) =>
        html`<li><span class="swatch" style=${styleMap({ background: cssColor(palette[k]) })}></span>${t.changeKey[k]}</li>`,
    );
    return html`<figure class="change-map" part="change-map" aria-labelledby="change-map-title">
      <h3 id="change-map-title">${t.changeMap(a, b)}</h3>
      <div class="picture">
        ${topology ? unsafeHTML(this.picture(dataset, topology, years[1], { years, title: t.changeMap(a, b) })) : nothing}
      </div>
      <figcaption><ul class="change-key">${key}</ul><p>${t.changeKey.width}</p></figcaption>
    </figure>`;
  }

  private multiples(dataset: Dataset) {
    const topology = this._topology;
    const t = this.strings.compare;
    return html`<h3 id="multiples-title">${t.multiples}</h3>
      <ol class="multiples" part="multiples" aria-labelledby="multiples-title">
        ${dataset.years.map(
          ({ year, label }) => html`<li>
            <button
              type="button"
              data-year=${year}
              aria-pressed=${this.year === year ? 'true' : 'false'}
              aria-label=${t.openYear(String(year), label)}
              @click=${() => this.open(year)}
            >
              <span class="picture">${topology ? unsafeHTML(this.picture(dataset, topology, year)) : nothing}</span>
              <span class="caption"><strong>${year}</strong> ${label}</span>
            </button>
          </li>`,
        )}
      </ol>`;
  }

  private tables(dataset: Dataset, years: [number, number]) {
    const lang = this.textLang();
    const { t } = lang;
    const [a, b] = years.map(String) as [string, string];
    const rows = changeRows(dataset, years, lang);
    const relations = relationChangeRows(dataset, years, lang);
    return html`<div class="tables">
        <table part="table" data-table="changes">
          <caption>${t.compare.flowsCaption(a, b)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.columns.pair}</th>
              <th scope="col">${t.columns.direction}</th>
              <th scope="col">${a}</th>
              <th scope="col">${b}</th>
              <th scope="col">${t.compare.change}</th>
              <th scope="col">${t.compare.inWords}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr data-key=${r.key} data-compared=${String(r.compared)}>
                <th scope="row">${r.subject}</th>
                <td>${r.role}</td>
                <td>${r.values[0]}</td>
                <td>${r.values[1]}</td>
                <td class="change">${r.label}</td>
                <td>${r.words}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <table part="table" data-table="relations">
          <caption>${t.compare.relationsCaption(a, b)}</caption>
          <tbody>
            ${relations.map(
              (r) =>
                html`<tr data-partner=${r.partner} data-changed=${String(r.changed)}><td>${r.sentence}</td></tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="downloads">
        <button type="button" class="download" @click=${() => this.download(years)}>${t.compare.csv}</button>
        <button type="button" class="download" @click=${() => void this.downloadImage('image/png', years)}>${t.compare.png}</button>
        <button type="button" class="download" @click=${() => void this.downloadImage('image/svg+xml', years)}>${t.compare.svg}</button>
      </div>`;
  }

  private download(years: [number, number]): void {
    const d = this.data;
    if (d) downloadText(this.csv(), `${d.id}-change-${years[0]}-${years[1]}.csv`, 'text/csv;charset=utf-8');
  }

  protected override render() {
    const dataset = this.data;
    if (!dataset) return nothing;
    const t = this.strings.compare;
    const years = this.comparedYears;
    return html`<section aria-labelledby="compare-title">
      <h2 id="compare-title">${years ? t.title(String(years[0]), String(years[1])) : t.multiples}</h2>
      ${
        years
          ? html`<p class="rule">${t.rule}</p>`
          : html`<p class="message" part="message" role="alert">
            ${t.refused(this.compare ?? '', yearsOf(dataset).join(', '))}
          </p>`
      }
      ${years ? this.changeMap(dataset, years) : nothing} ${this.multiples(dataset)}
      ${years ? this.tables(dataset, years) : nothing}
    </section>`;
  }

  static override styles = relationsCompareStyles;
}

customElements.get('relations-compare') ?? customElements.define('relations-compare', RelationsCompare);

declare global {
  interface HTMLElementTagNameMap {
    'relations-compare': RelationsCompare;
  }
}
