import { formatUsd } from '../data/format';
import type { Dataset } from '../data/schema';
import { actorIndex, eventsForYear, plainName, relationsForYear } from '../data/selectors';
import { english, type Lang, withDataset } from './strings';

/**
 * The map's headline for a year, written from the data: the relation the story is about (`featured`) and its status
 * that year, or nothing when the dataset names none. It opens the year's summary, so the map and its alt text lead
 * with the same words.
 */
export function yearHeadline(dataset: Dataset, year: number, lang: Lang = english): string | undefined {
  const relation = relationsForYear(dataset, year).find((r) => r.featured);
  if (!relation) return undefined;
  const actors = actorIndex(dataset);
  const name = (code: string) => {
    const actor = actors.get(code);
    return actor ? plainName(actor) : code;
  };
  const partner = relation.between.find((c) => c !== dataset.focus) ?? relation.between[1];
  return lang.t.headline(
    String(year),
    name(dataset.focus),
    name(partner),
    lang.t.statusRelations[relation.status],
  );
}

/**
 * The year in two or three sentences, written from the data for readers who cannot see the map (a screen reader, a
 * picture's alt text): the largest recorded partner with its figure and series, the relations that were not full,
 * and how many events the map shows. Only drawn figures are counted, as the map draws them.
 */
export function yearSummary(dataset: Dataset, year: number, given: Lang = english): string {
  const lang = withDataset(given, dataset);
  const { t, locale } = lang;
  const actors = actorIndex(dataset);
  const name = (code: string) => {
    const actor = actors.get(code);
    return actor ? plainName(actor) : code;
  };
  const byPartner = new Map<string, { value: number; series: Set<string> }>();
  for (const f of dataset.flows) {
    if (f.year !== year || !f.default) continue;
    const partner = f.from === dataset.focus ? f.to : f.from;
    const entry = byPartner.get(partner) ?? { value: 0, series: new Set<string>() };
    entry.value += f.valueUsd;
    entry.series.add(f.series);
    byPartner.set(partner, entry);
  }
  const headline = yearHeadline(dataset, year, lang);
  const sentences: string[] = headline ? [headline] : [];
  const top = [...byPartner.entries()].sort((a, b) => b[1].value - a[1].value)[0];
  if (top)
    sentences.push(
      t.summaryPartner(
        String(year),
        name(dataset.focus),
        name(top[0]),
        formatUsd(top[1].value, locale),
        [...top[1].series].join(', '),
      ),
    );
  // The headline has said the story's relation.
  const notFull = relationsForYear(dataset, year).filter((r) => r.status !== 'full' && !r.featured);
  for (const status of ['downgraded', 'severed', 'none'] as const) {
    const partners = notFull
      .filter((r) => r.status === status)
      .map((r) => name(r.between.find((c) => c !== dataset.focus) ?? r.between[1]));
    if (partners.length)
      sentences.push(
        t.summaryRelations(
          t.statusRelations[status],
          new Intl.ListFormat(locale, { type: 'conjunction' }).format(partners),
        ),
      );
  }
  const events = eventsForYear(dataset, year).length;
  if (events) sentences.push(t.summaryEvents(events));
  return sentences.join(' ');
}

/** A year's poster's alt text, and a small picture's: the year in words, written from the data. */
export const posterAlt = (dataset: Dataset, year: number, lang: Lang) =>
  `${withDataset(lang, dataset).t.staticMapLabel(String(year))}. ${yearSummary(dataset, year, lang)}`;
