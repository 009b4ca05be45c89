import { formatUsd } from '../layers/scales';
import { flowTitle } from './describe';
import type { Dataset, Evidence, Flow, Relation, RelationsEvent } from './schema';
import {
  actorIndex,
  alternativesFor,
  eventsForYear,
  flowRole,
  gapsForYear,
  relationsForYear,
  sourceIndex,
} from './selectors';

export type SelectionKind = 'actor' | 'flow' | 'relation' | 'event';
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export interface SourceRef {
  label: string;
  /** Only http(s) addresses become links; anything else is shown as text. */
  url?: string;
}
export interface DetailItem {
  text: string;
  meta?: string;
  note?: string;
  sources: SourceRef[];
  emphasis?: boolean;
}
export interface DetailSection {
  heading: string;
  items: DetailItem[];
}
export interface DetailView {
  title: string;
  subtitle: string;
  sections: DetailSection[];
}

export const evidenceNames: Record<Evidence, string> = {
  reported: 'reported',
  derived: 'derived',
  seed: 'from the seed article',
  unverified: 'unverified',
};

export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function formatDate(date: string, precision: 'day' | 'month' | 'year', locale = 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'year' || m === undefined) return String(y);
  const value = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' || d === undefined
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(value);
}

function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

export function selectionExists(dataset: Dataset, selection: Selection): boolean {
  switch (selection.kind) {
    case 'actor':
      return dataset.actors.some((a) => a.code === selection.id);
    case 'flow':
      return dataset.flows.some((f) => f.id === selection.id);
    case 'relation':
      return dataset.relations.some((r) => r.id === selection.id);
    case 'event':
      return dataset.events.some((e) => e.id === selection.id);
  }
}

/** Everything the details panel shows for a selection, as plain data: the element renders it as text. */
export function detailsFor(
  dataset: Dataset,
  selection: Selection,
  year: number,
  locale = 'en',
): DetailView | undefined {
  const sources = sourceIndex(dataset);
  const actors = actorIndex(dataset);
  const name = (code: string) => actors.get(code)?.name ?? code;
  const refs = (ids: readonly string[]): SourceRef[] =>
    ids.map((id) => {
      const s = sources.get(id);
      if (!s) return { label: id };
      const label = `${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ''}`;
      const url = safeUrl(s.url);
      return url ? { label, url } : { label };
    });

  const flowItem = (f: Flow): DetailItem => {
    const role = flowRole(f, dataset.focus);
    const direction =
      role === 'exports' ? 'DPRK exports' : role === 'imports' ? 'DPRK imports' : 'two-way trade';
    const parts = [`${f.series}`, evidenceNames[f.evidence]];
    if (f.period) parts.push(`${f.period.from} to ${f.period.to}`);
    if (f.original)
      parts.push(`${f.original.value.toLocaleString('en')} ${f.original.currency}; ${f.original.conversion}`);
    if (f.method) parts.push(`method: ${f.method}`);
    const notes = [f.note, f.period?.note, f.default ? f.defaultReason : undefined].filter(Boolean).join(' ');
    return {
      text: `${flowTitle(dataset, f)}: ${formatUsd(f.valueUsd, locale)} ${direction}${f.default ? ' (shown on the map)' : ''}`,
      meta: parts.join(' · '),
      ...(notes ? { note: notes } : {}),
      sources: refs(f.sources),
      emphasis: f.default,
    };
  };
  const relationItems = (r: Relation): DetailItem[] => {
    const embassy = Object.entries(r.residentEmbassy)
      .map(([code, resident]) => {
        const other = r.between.find((c) => c !== code) ?? '';
        const where = actors.get(other)?.capital.name ?? other;
        return `${name(code)} embassy in ${where}: ${resident === null ? 'not known' : resident ? 'resident' : 'none'}`;
      })
      .join('; ');
    const visa = r.visaFree === null ? 'not known' : r.visaFree ? 'yes' : 'no';
    const trade = r.tradeSuspension === null ? 'not known' : r.tradeSuspension;
    return [
      {
        text: `${name(r.between[0])} – ${name(r.between[1])}: ${r.status} relations`,
        meta: `${embassy}. Visa-free travel: ${visa}. Trade suspension: ${trade}. Evidence: ${evidenceNames[r.evidence]}.`,
        note: r.summary,
        sources: refs(r.sources),
        emphasis: true,
      },
      ...r.causes.map((c) => ({
        text: `${formatDate(c.date, precisionOf(c.date), locale)}: ${c.text}`,
        sources: refs(c.sources),
      })),
    ];
  };
  const eventItem = (e: RelationsEvent): DetailItem => ({
    text: `${formatDate(e.date, e.precision, locale)}: ${e.title}`,
    meta: [e.place?.name, e.dateNote, evidenceNames[e.evidence]].filter(Boolean).join(' · '),
    note: [e.description, e.note].filter(Boolean).join(' '),
    sources: refs(e.sources),
  });

  switch (selection.kind) {
    case 'actor': {
      const actor = actors.get(selection.id);
      if (!actor) return undefined;
      const involves = (pair: readonly string[]) => pair.includes(actor.code);
      const relations = relationsForYear(dataset, year).filter((r) => involves(r.between));
      const flows = dataset.flows.filter((f) => f.year === year && involves([f.from, f.to]));
      const gaps = gapsForYear(dataset, year).filter((g) => involves(g.between));
      const events = eventsForYear(dataset, year).filter((e) => e.actors.includes(actor.code));
      const sections: DetailSection[] = [];
      if (relations.length)
        sections.push({ heading: `Relations in ${year}`, items: relations.flatMap(relationItems) });
      sections.push({
        heading: `Trade in ${year}`,
        items: [
          ...flows.sort((a, b) => Number(b.default) - Number(a.default)).map(flowItem),
          ...gaps.map((g) => ({
            text: `No reported figure (${g.about})`,
            note: g.reason,
            sources: refs(g.sources),
          })),
        ],
      });
      if (events.length)
        sections.push({ heading: `Events explaining ${year}`, items: events.map(eventItem) });
      return {
        title: actor.name,
        subtitle: `${actor.capital.name} · ${year}`,
        sections: sections.filter((s) => s.items.length > 0),
      };
    }
    case 'flow': {
      const flow = dataset.flows.find((f) => f.id === selection.id);
      if (!flow) return undefined;
      const others = alternativesFor(dataset, flow);
      const sections: DetailSection[] = [{ heading: 'Figure', items: [flowItem(flow)] }];
      if (others.length)
        sections.push({ heading: 'Other figures for this pair and year', items: others.map(flowItem) });
      return { title: flowTitle(dataset, flow), subtitle: String(flow.year), sections };
    }
    case 'relation': {
      const relation = dataset.relations.find((r) => r.id === selection.id);
      if (!relation) return undefined;
      return {
        title: `${name(relation.between[0])} – ${name(relation.between[1])}`,
        subtitle: `Diplomatic relations in ${relation.year}`,
        sections: [{ heading: 'Status and causes', items: relationItems(relation) }],
      };
    }
    case 'event': {
      const event = dataset.events.find((e) => e.id === selection.id);
      if (!event) return undefined;
      const samePlace = eventsForYear(dataset, event.year).filter(
        (e) =>
          e !== event &&
          e.place &&
          event.place &&
          e.place.lon === event.place.lon &&
          e.place.lat === event.place.lat,
      );
      const sections: DetailSection[] = [{ heading: event.title, items: [eventItem(event)] }];
      if (samePlace.length)
        sections.push({ heading: `Also at ${event.place?.name}`, items: samePlace.map(eventItem) });
      return {
        title: event.title,
        subtitle: `${formatDate(event.date, event.precision, locale)} · explains ${event.year}`,
        sections,
      };
    }
  }
}

export interface SelectableGroup {
  label: string;
  items: Array<{ selection: Selection; label: string }>;
}

/**
 * Everything on the map that can be opened, grouped, for keyboard and screen-reader users who cannot point at a
 * dot or an arc.
 */
export function selectableItems(dataset: Dataset, year: number, locale = 'en'): SelectableGroup[] {
  const actors = actorIndex(dataset);
  const name = (code: string) => actors.get(code)?.name ?? code;
  return [
    {
      label: 'Countries',
      items: dataset.actors.map((a) => ({ selection: { kind: 'actor', id: a.code }, label: a.name })),
    },
    {
      label: `Trade flows, ${year}`,
      items: flowsForYearDrawn(dataset, year).map((f) => ({
        selection: { kind: 'flow', id: f.id },
        label: `${flowTitle(dataset, f)}: ${formatUsd(f.valueUsd, locale)}`,
      })),
    },
    {
      label: `Relations, ${year}`,
      items: relationsForYear(dataset, year).map((r) => ({
        selection: { kind: 'relation', id: r.id },
        label: `${name(r.between[0])} – ${name(r.between[1])}: ${r.status}`,
      })),
    },
    {
      label: `Events explaining ${year}`,
      items: eventsForYear(dataset, year).map((e) => ({
        selection: { kind: 'event', id: e.id },
        label: `${formatDate(e.date, e.precision, locale)}: ${e.title}`,
      })),
    },
  ].filter((g) => g.items.length > 0) as SelectableGroup[];
}

function flowsForYearDrawn(dataset: Dataset, year: number): Flow[] {
  return dataset.flows.filter((f) => f.year === year && f.default);
}
