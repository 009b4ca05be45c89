import {
  compareFlows,
  compareRelations,
  coverage,
  type FlowChange,
  type RelationChange,
} from '../data/compare';
import { csvField } from '../data/csv';
import { formatPeriod, formatUsd } from '../data/format';
import type { Dataset, Flow } from '../data/schema';
import { actorIndex } from '../data/selectors';
import { flowPair } from './flow-names';
import { english, type Lang, withDataset } from './strings';

function percent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'never',
  }).format(ratio);
}

function months(flow: Flow, lang: Lang): string {
  return coverage(flow) === 'year' || !flow.period
    ? lang.t.wholeYear
    : formatPeriod(flow.period, lang.locale);
}

function figureOf(change: FlowChange): Flow {
  return change.kind === 'only-b' ? change.b : change.a;
}

/** What the change is about: "North Korea (DPRK) → China", "Trade between North Korea (DPRK) and Thailand". */
export function changeSubject(dataset: Dataset, change: FlowChange, lang: Lang = english): string {
  return flowPair(dataset, figureOf(change), withDataset(lang, dataset));
}

/**
 * The change in words, the same in the tooltip, the details, the table and what a screen reader hears: the size
 * and way of a change of one series, or why two figures are not set against each other, or which year lacks one.
 */
export function changeWords(
  dataset: Dataset,
  change: FlowChange,
  years: readonly [number, number],
  given: Lang = english,
): string {
  const lang = withDataset(given, dataset);
  const [yearA, yearB] = years.map(String) as [string, string];
  switch (change.kind) {
    case 'compared': {
      const way = change.changeUsd > 0 ? 'up' : change.changeUsd < 0 ? 'down' : 'same';
      const share = change.ratio === undefined ? '' : percent(change.ratio, lang.locale);
      const amount = formatUsd(Math.abs(change.changeUsd), lang.locale);
      return lang.t.changeCompared(way, share, amount, yearA, yearB, change.a.series);
    }
    case 'not-compared':
      return lang.t.changeNotCompared(
        [
          { year: yearA, series: change.a.series, months: months(change.a, lang) },
          { year: yearB, series: change.b.series, months: months(change.b, lang) },
        ],
        change.reasons,
      );
    case 'only-a':
      return lang.t.changeOnly(yearA, yearB);
    case 'only-b':
      return lang.t.changeOnly(yearB, yearA);
  }
}

/** "North Korea (DPRK) → China: down 98% from 2016 to 2021 ($2.58B less), KOTRA figures". */
export function changeSentence(
  dataset: Dataset,
  change: FlowChange,
  years: readonly [number, number],
  lang: Lang = english,
): string {
  return `${changeSubject(dataset, change, lang)}: ${changeWords(dataset, change, years, lang)}`;
}

/**
 * A change as short as a label on an arc or a table cell: a signed percentage ("−94%"), a signed amount where the
 * first figure was zero, else what the change is not.
 */
export function changeLabel(
  change: FlowChange,
  years: readonly [number, number],
  lang: Lang = english,
): string {
  const { t, locale } = lang;
  switch (change.kind) {
    case 'compared': {
      if (change.changeUsd === 0) return t.changeShort.same;
      const sign = change.changeUsd > 0 ? '+' : '−';
      if (change.ratio !== undefined) return `${sign}${percent(change.ratio, locale)}`;
      return `${sign}${formatUsd(Math.abs(change.changeUsd), locale)}`;
    }
    case 'not-compared':
      return t.changeShort.notCompared;
    case 'only-a':
      return t.changeShort.onlyIn(String(years[0]));
    case 'only-b':
      return t.changeShort.onlyIn(String(years[1]));
  }
}

/** "Malaysia: full relations → severed", or the one year's status when the other year has none. */
export function relationChangeSentence(
  dataset: Dataset,
  change: RelationChange,
  years: readonly [number, number],
  given: Lang = english,
): string {
  const { t } = withDataset(given, dataset);
  const name = actorIndex(dataset).get(change.partner)?.name ?? change.partner;
  const status = (r: RelationChange['a']) => (r ? t.statusNames[r.status] : '');
  const words =
    change.kind === 'changed'
      ? t.relationChange(status(change.a), status(change.b))
      : change.kind === 'same'
        ? t.relationSame(status(change.a))
        : `${change.kind === 'only-a' ? status(change.a) : status(change.b)} (${t.changeShort.onlyIn(
            String(change.kind === 'only-a' ? years[0] : years[1]),
          )})`;
  return `${name}: ${words}`;
}

export interface ChangeRow {
  key: string;
  subject: string;
  role: string;
  /** Each year's drawn figure with its counting body, or "no reported figure". */
  values: [string, string];
  label: string;
  words: string;
  compared: boolean;
  /** For sorting and the CSV: the change in US dollars, when the two figures are compared. */
  changeUsd: number | undefined;
}

/** Every pair of the two years' drawn figures as a table row: a change, or why there is none. */
export function changeRows(
  dataset: Dataset,
  years: readonly [number, number],
  given: Lang = english,
): ChangeRow[] {
  const lang = withDataset(given, dataset);
  const value = (flow: Flow | undefined) =>
    flow ? `${formatUsd(flow.valueUsd, lang.locale)} (${flow.series})` : lang.t.noFigure;
  return compareFlows(dataset, years[0], years[1]).map((change) => ({
    key: change.key,
    subject: changeSubject(dataset, change, lang),
    role: lang.t.role[change.role],
    values: [
      value(change.kind === 'only-b' ? undefined : change.a),
      value(change.kind === 'only-a' ? undefined : change.b),
    ],
    label: changeLabel(change, years, lang),
    words: changeWords(dataset, change, years, lang),
    compared: change.kind === 'compared',
    changeUsd: change.kind === 'compared' ? change.changeUsd : undefined,
  }));
}

/** The relations of the two years, a sentence each. */
export function relationChangeRows(
  dataset: Dataset,
  years: readonly [number, number],
  lang: Lang = english,
): Array<{ partner: string; sentence: string; changed: boolean }> {
  return compareRelations(dataset, years[0], years[1]).map((change) => ({
    partner: change.partner,
    sentence: relationChangeSentence(dataset, change, years, lang),
    changed: change.kind === 'changed',
  }));
}

/**
 * The comparison as CSV: one row per pair, kind and direction, with both figures, their counting bodies and
 * sources, the change where the rule allows one and the reason where it does not.
 */
export function changesCsv(dataset: Dataset, years: readonly [number, number], lang: Lang = english): string {
  const [a, b] = years;
  const header = [
    'pair',
    'direction',
    `value_usd_${a}`,
    `series_${a}`,
    `sources_${a}`,
    `value_usd_${b}`,
    `series_${b}`,
    `sources_${b}`,
    'change_usd',
    'change_ratio',
    'compared',
    'in_words',
  ];
  const figure = (flow: Flow | undefined) =>
    flow ? [flow.valueUsd, flow.series, flow.sources.join(' | ')] : ['', '', ''];
  const rows = compareFlows(dataset, a, b).map((change) => {
    const fa = change.kind === 'only-b' ? undefined : change.a;
    const fb = change.kind === 'only-a' ? undefined : change.b;
    const compared = change.kind === 'compared';
    return [
      changeSubject(dataset, change, lang),
      change.role,
      ...figure(fa),
      ...figure(fb),
      compared ? change.changeUsd : '',
      compared && change.ratio !== undefined ? Number(change.ratio.toFixed(4)) : '',
      compared,
      changeWords(dataset, change, years, lang),
    ];
  });
  return `${[header, ...rows].map((row) => row.map((v) => csvField(v)).join(',')).join('\r\n')}\r\n`;
}
