import { formatEventDate, formatNumber, formatPeriod, formatUsd } from '../data/format';
import type { Dataset, Flow } from '../data/schema';
import {
  actorIndex,
  type Direction,
  eventsForYear,
  type FlowRole,
  flowRole,
  gapsForYear,
  pairKey,
  relationsForYear,
} from '../data/selectors';
import { formatShare, shareOfRecordedTrade } from '../data/shares';
import { type SourceRef, sourcePublishers, sourceRefs } from '../data/sources';
import { embassiesText } from './details';
import { flowPair } from './flow-names';
import { english, type Lang, withDataset } from './strings';

export interface AlternativeFigure {
  id: string;
  value: string;
  series: string;
  evidence: string;
  sources: string;
}

/**
 * One row per pair, direction and year: the figure drawn on the map, with the other published figures for the same
 * pair and direction beside it. A pair with no figure is a row too, saying so, never a zero.
 */
export interface FlowRow {
  id: string;
  pair: string;
  /** The partner's name (the pair's other side from the focus country): what sorting by pair orders by. */
  partner: string;
  role: FlowRole;
  direction: string;
  /** NaN for "no reported figure", so sorting can keep those rows last. */
  valueUsd: number;
  value: string;
  original: string;
  period: string;
  series: string;
  evidence: string;
  /** The figure's share of the focus country's recorded trade, or why there is none (`shareNote`). */
  share: string;
  shareNote?: string;
  shown: boolean;
  sources: SourceRef[];
  /** The sources as one line of text, for the static fallback and sorting. */
  sourcesText: string;
  alternatives: AlternativeFigure[];
  /** Why a figure is missing, on "no reported figure" rows. */
  note?: string;
}

export interface RelationRow {
  id: string;
  pair: string;
  status: string;
  embassies: string;
  summary: string;
  evidence: string;
  sources: SourceRef[];
  sourcesText: string;
}

export interface EventRow {
  id: string;
  /** ISO date, for sorting. */
  date: string;
  dateText: string;
  title: string;
  place: string;
  category: string;
  evidence: string;
  sources: SourceRef[];
  sourcesText: string;
}

function roleAllowed(role: FlowRole, direction: Direction): boolean {
  return direction === 'both' || role === direction;
}

/** Every figure of a year, grouped as the map draws them, then the gaps as "no reported figure". */
export function flowRows(
  dataset: Dataset,
  year: number,
  given: Lang = english,
  direction: Direction = 'both',
): FlowRow[] {
  const lang = withDataset(given, dataset);
  const { t, locale } = lang;
  const actors = actorIndex(dataset);
  const partnerName = (a: string, b: string) => {
    const code = a === dataset.focus ? b : a;
    return actors.get(code)?.name ?? code;
  };
  const groups = new Map<string, Flow[]>();
  for (const f of dataset.flows) {
    if (f.year !== year) continue;
    const role = flowRole(f, dataset.focus);
    if (!roleAllowed(role, direction)) continue;
    // Directed flows keep their direction in the key; totals are one per pair.
    const key = role === 'total' ? `total|${pairKey(f.from, f.to)}` : `${role}|${f.from}|${f.to}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const rows: FlowRow[] = [];
  for (const group of groups.values()) {
    const primary = group.find((f) => f.default) ?? group[0]!;
    const role = flowRole(primary, dataset.focus);
    rows.push({
      id: primary.id,
      pair: flowPair(dataset, primary, lang),
      partner: partnerName(primary.from, primary.to),
      role,
      direction: t.role[role],
      valueUsd: primary.valueUsd,
      value: formatUsd(primary.valueUsd, locale),
      // As the source gave it: in its own currency, or the US dollar figure a source reported (a derived one was
      // never published).
      original: primary.original
        ? `${formatNumber(primary.original.value, locale)} ${primary.original.currency}`
        : primary.evidence === 'reported'
          ? `${formatNumber(primary.valueUsd, locale)} USD`
          : '',
      period: primary.period ? formatPeriod(primary.period, locale) : String(primary.year),
      series: primary.series,
      evidence: t.evidenceNames[primary.evidence],
      ...shareCells(dataset, primary, lang),
      shown: primary.default,
      sources: sourceRefs(dataset, primary.sources, locale),
      sourcesText: sourcePublishers(dataset, primary.sources),
      alternatives: group
        .filter((f) => f !== primary)
        .map((f) => ({
          id: f.id,
          value: formatUsd(f.valueUsd, locale),
          series: f.series,
          evidence: t.evidenceNames[f.evidence],
          sources: sourcePublishers(dataset, f.sources),
        })),
    });
  }
  rows.sort((a, b) => Number(b.shown) - Number(a.shown) || b.valueUsd - a.valueUsd);
  for (const gap of gapsForYear(dataset, year)) {
    if (gap.about === 'relations') continue;
    const role: FlowRole = gap.about === 'trade' ? 'total' : gap.about;
    if (gap.about !== 'trade' && !roleAllowed(role, direction)) continue;
    rows.push({
      id: gap.id,
      pair: gap.between.map((code) => actors.get(code)?.name ?? code).join(' – '),
      partner: partnerName(gap.between[0], gap.between[1]),
      role,
      direction: gap.about === 'trade' ? t.trade : t.role[role],
      valueUsd: Number.NaN,
      value: t.noFigure,
      original: '',
      period: String(year),
      series: '',
      evidence: '',
      share: '',
      note: gap.reason,
      shown: false,
      sources: sourceRefs(dataset, gap.sources, locale),
      sourcesText: sourcePublishers(dataset, gap.sources),
      alternatives: [],
    });
  }
  return rows;
}

/**
 * The share column: the percentage alone (the series is in its own column), or a dash and the reason in a few
 * words (the details say it in full).
 */
function shareCells(dataset: Dataset, flow: Flow, lang: Lang): { share: string; shareNote?: string } {
  const answer = shareOfRecordedTrade(dataset, flow);
  // Each cell says its base: a total's share is of all trade, an export's of exports, an import's of imports.
  if (answer.kind === 'share')
    return { share: lang.t.shareOfBase(formatShare(answer.fraction, lang.locale), answer.role) };
  return { share: '–', shareNote: lang.t.noShareShort[answer.reason] };
}

export function relationRows(dataset: Dataset, year: number, lang: Lang = english): RelationRow[] {
  const { t, locale } = lang;
  const actors = actorIndex(dataset);
  const name = (code: string) => actors.get(code)?.name ?? code;
  return relationsForYear(dataset, year).map((r) => ({
    id: r.id,
    pair: r.between.map(name).join(' – '),
    status: t.statusNames[r.status],
    embassies: embassiesText(actors, r, t),
    summary: r.summary,
    evidence: t.evidenceNames[r.evidence],
    sources: sourceRefs(dataset, r.sources, locale),
    sourcesText: sourcePublishers(dataset, r.sources),
  }));
}

export function eventRows(dataset: Dataset, year: number, lang: Lang = english): EventRow[] {
  const { t, locale } = lang;
  return eventsForYear(dataset, year).map((e) => ({
    id: e.id,
    date: e.date,
    dateText: formatEventDate(e, locale),
    title: e.title,
    place: e.place?.name ?? '',
    // The event's own kind (sanctions, legal …): finer than the map's four colours, which the legend names.
    category: t.eventKindNames[e.kind],
    evidence: t.evidenceNames[e.evidence],
    sources: sourceRefs(dataset, e.sources, locale),
    sourcesText: sourcePublishers(dataset, e.sources),
  }));
}

export type FlowColumn = 'pair' | 'direction' | 'value' | 'period' | 'series' | 'evidence';

/** What each column of the trade table sorts by: pairs by the partner, so one partner's rows stay together. */
export const flowSortKey = (r: FlowRow, c: FlowColumn): string | number =>
  c === 'value' ? r.valueUsd : c === 'pair' ? r.partner : c === 'direction' ? r.direction : r[c];

export type SortDirection = 'ascending' | 'descending';
export interface SortOrder<K extends string> {
  column: K;
  direction: SortDirection;
}

/**
 * Rows sorted by one column: numbers as numbers, text in the reader's locale. Missing values (NaN, empty text)
 * stay last in both directions, so "no reported figure" never sorts as the smallest figure.
 */
export function sortRows<R, K extends string>(
  rows: readonly R[],
  order: SortOrder<K> | undefined,
  key: (row: R, column: K) => string | number,
  locale = 'en',
): R[] {
  if (!order) return [...rows];
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = order.direction === 'ascending' ? 1 : -1;
  const missing = (v: string | number) => (typeof v === 'number' ? Number.isNaN(v) : v === '');
  return rows
    .map((row, index) => ({ row, index, value: key(row, order.column) }))
    .sort((a, b) => {
      const ma = missing(a.value);
      const mb = missing(b.value);
      if (ma || mb) return ma === mb ? a.index - b.index : ma ? 1 : -1;
      const c =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((x) => x.row);
}
