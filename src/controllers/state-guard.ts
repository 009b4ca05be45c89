import type { PropertyValues, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/schema';
import { followSelectionToYear, type Selection, selectionExists } from '../data/selection';
import { type Direction, directions, latestYear, yearsOf } from '../data/selectors';
import { parseLayerTokens } from '../layers';
import type { Strings } from '../text/strings';
import { yearSummary } from '../text/summary';
import type { Announcer } from './announcer';
import type { ReaderActions } from './reader-actions';

export interface StateGuardHost extends ReactiveControllerHost, HTMLElement {
  year: number | undefined;
  layers: string | null;
  direction: Direction;
  scale: 'locked' | 'year';
  selection: Selection | null;
  readonly shownData: Dataset | undefined;
  readonly strings: Strings;
  readonly locale: string;
}

/**
 * Keeps the element's state valid for its dataset, whoever set it: a year that does not exist is refused with a
 * notice (the previous year, or the latest, stays); an unknown layer token or direction is said in the console; a
 * selection follows the year or is cleared. Also holds the notice shown over the map.
 */
export class StateGuard {
  /** A notice over the map: a refused year, a lost context, a failed export. */
  notice = '';
  /** The notice came with this update's fallback year, so the year change must not clear it. */
  private fresh = false;

  constructor(
    private readonly host: StateGuardHost,
    private readonly actions: ReaderActions,
    private readonly announcer: Announcer,
  ) {}

  /** Shows a notice over the map (empty: none). */
  say(text: string): void {
    this.notice = text;
    this.host.requestUpdate();
  }

  /** A new dataset: the year and selection fitted to it before it is shown. */
  adopt(dataset: Dataset): void {
    const host = this.host;
    const years = yearsOf(dataset);
    if (host.year === undefined || !years.includes(host.year)) {
      if (host.year !== undefined) this.refuseYear(host.year, years);
      host.year = latestYear(dataset);
    }
    if (host.selection && !selectionExists(dataset, host.selection)) host.selection = null;
  }

  private refuseYear(year: number, years: readonly number[]): void {
    this.fresh = true;
    this.say(this.host.strings.yearRefused(String(year), years.join(', ')));
    console.warn(`relations-map: ${this.notice}`);
  }

  /** Called from the host's `willUpdate`, with its changed properties. */
  willUpdate(changed: PropertyValues): void {
    const host = this.host;
    const dataset = host.shownData;
    if (changed.has('year') && dataset && host.year !== undefined) {
      const years = yearsOf(dataset);
      if (!years.includes(host.year)) {
        const previous = changed.get('year') as number | undefined;
        this.refuseYear(host.year, years);
        host.year = previous !== undefined && years.includes(previous) ? previous : latestYear(dataset);
      } else if (changed.get('year') !== undefined) {
        // A year the reader or page chose clears an old notice; the fallback year that came with one keeps it.
        if (!this.fresh) this.notice = '';
        // A selection set with the year (a story step, a page) belongs to it; an older one follows the year.
        if (!changed.has('selection'))
          this.actions.select(followSelectionToYear(dataset, host.selection, host.year));
        // A step says itself, once; its year is part of it.
        const stop = dataset.years.find((y) => y.year === host.year);
        // The year's label, then the year in words from the data: what the map now shows, for who cannot see it.
        if (!changed.has('step')) {
          const said = yearSummary(dataset, host.year, { t: host.strings, locale: host.locale });
          this.announcer.say(`${stop ? `${stop.year}: ${stop.label}` : String(host.year)}. ${said}`);
        }
      }
    }
    this.fresh = false;
    if (changed.has('layers')) {
      const { unknown } = parseLayerTokens(host.layers);
      if (unknown.length > 0)
        console.warn(`relations-map: unknown layer token(s) ignored: ${unknown.join(', ')}`);
    }
    if (changed.has('direction') && !directions.includes(host.direction)) {
      console.warn(`relations-map: unknown direction "${host.direction}"; use ${directions.join(', ')}`);
      host.direction = 'both';
    }
    if (changed.has('scale') && host.scale !== 'locked' && host.scale !== 'year') host.scale = 'locked';
  }
}
