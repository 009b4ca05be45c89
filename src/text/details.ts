import {
  formatDate,
  formatEventDate,
  formatNumber,
  formatPeriod,
  formatUsd,
  precisionOf,
} from '../data/format';
import type { Actor, Dataset, Flow, Gap, Relation, RelationsEvent } from '../data/schema';
import type { Selection } from '../data/selection';
import {
  actorIndex,
  alternativesFor,
  eventsForYear,
  flowRole,
  gapsForYear,
  relationsForYear,
} from '../data/selectors';
import { type SourceRef, sourceRefs } from '../data/sources';
import { flowTitle, shareText } from './describe';
import { english, type Lang, type Strings, withDataset } from './strings';

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
  /** Shown folded, as its heading and `summary`, for the reader to open: a long panel stays a list to scan. */
  collapsed?: boolean;
  /** One line beside a folded section's heading. */
  summary?: string;
}
export interface DetailView {
  title: string;
  subtitle: string;
  sections: DetailSection[];
}

/**
 * The details in a few lines, for a phone where the whole panel runs to thousands of pixels: what it is and its
 * status, its figure, and the first sentence of why. The rest stays one tap away.
 */
export function briefOf(view: DetailView): string[] {
  const lines: string[] = [];
  for (const section of view.sections.slice(0, 2)) {
    const first = section.items.find((i) => i.emphasis) ?? section.items[0];
    const line = section.collapsed ? `${section.heading}: ${section.summary ?? ''}` : first?.text;
    if (line && !lines.includes(line)) lines.push(line);
  }
  const note = view.sections.flatMap((s) => s.items).find((i) => i.emphasis && i.note)?.note;
  const why = note?.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? note;
  if (why) lines.push(why);
  return lines;
}

export { formatDate } from '../data/format';

export { type SourceRef, safeUrl, sourceLabel } from '../data/sources';

/** Everything the details panel shows for a selection, as plain data: the element renders it as text. */
export function detailsFor(
  dataset: Dataset,
  selection: Selection,
  year: number,
  given: Lang = english,
): DetailView | undefined {
  const lang = withDataset(given, dataset);
  const { t, locale } = lang;
  const actors = actorIndex(dataset);
  const name = (code: string) => actors.get(code)?.name ?? code;
  const refs = (ids: readonly string[]) => sourceRefs(dataset, ids, locale);

  /** A figure as an item; `titled` false in a figure's own details, whose title already names its pair and year. */
  const flowItem = (f: Flow, titled = true): DetailItem => {
    const role = flowRole(f, dataset.focus);
    const parts = [t.figureBasis(f.series, f.evidence)];
    if (f.period) parts.push(formatPeriod(f.period, locale));
    if (f.original)
      parts.push(
        `${formatNumber(f.original.value, locale)} ${f.original.currency}; ${f.original.conversion}`,
      );
    if (f.method) parts.push(`${t.method}: ${f.method}`);
    const share = shareText(dataset, f, lang);
    if (share.share) parts.splice(1, 0, share.text);
    const notes = [
      f.note,
      f.period?.note,
      f.default ? f.defaultReason : undefined,
      share.share ? '' : share.text,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      text: `${titled ? `${flowTitle(dataset, f, lang)}: ` : ''}${formatUsd(f.valueUsd, locale)} · ${t.role[role]}${f.default ? ` (${t.shownOnMap})` : ''}`,
      meta: parts.join(' · '),
      ...(notes ? { note: notes } : {}),
      sources: refs(f.sources),
      emphasis: f.default,
    };
  };
  const relationItems = (r: Relation): DetailItem[] => {
    const embassy = embassiesText(actors, r, t);
    const visa = r.visaFree === null ? t.notKnown : r.visaFree ? t.yes : t.no;
    const trade =
      r.tradeSuspension === null
        ? `${t.tradeSuspension}: ${t.notKnown}`
        : t.tradeSuspensionNames[r.tradeSuspension];
    return [
      {
        text: `${name(r.between[0])} – ${name(r.between[1])}: ${t.statusRelations[r.status]}`,
        // Each clause a sentence of its own, starting with a capital ("…: no. Trade partly suspended.").
        meta: `${embassy}. ${t.visaFree}: ${visa}. ${trade.charAt(0).toLocaleUpperCase(locale)}${trade.slice(1)}. ${t.evidenceSentence[r.evidence]}`,
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
    text: `${formatEventDate(e, locale)}: ${e.title}`,
    meta: [e.place?.name, e.dateNote, t.evidenceNames[e.evidence]].filter(Boolean).join(' · '),
    note: [e.description, e.note].filter(Boolean).join(' '),
    // The coordinates' own sources (a gazetteer, a geolocation) are listed with the event's.
    sources: refs([...new Set([...e.sources, ...(e.place?.sources ?? [])])]),
  });

  switch (selection.kind) {
    case 'actor': {
      const actor = actors.get(selection.id);
      if (!actor) return undefined;
      const involves = (pair: readonly string[]) => pair.includes(actor.code);
      const relations = relationsForYear(dataset, year).filter((r) => involves(r.between));
      const flows = dataset.flows.filter((f) => f.year === year && involves([f.from, f.to]));
      const gaps = gapsForYear(dataset, year).filter((g) => involves(g.between));
      const events = eventsForYear(dataset, year).filter(
        (e) => actor.role === 'focus' || e.actors.includes(actor.code),
      );
      const gapItem = (g: Gap): DetailItem => ({
        text: t.noFigureAbout(gapAbout(g.about, t)),
        note: g.reason,
        sources: refs(g.sources),
      });
      const byDefault = (a: Flow, b: Flow) => Number(b.default) - Number(a.default);
      const sections: DetailSection[] = [];
      if (actor.role === 'focus') {
        // Every relation, figure and gap involves the focus country: one folded section per partner, named, with
        // its status and drawn figures on one line, instead of one long list.
        for (const partner of dataset.actors.filter((a) => a.code !== actor.code)) {
          const withPartner = (pair: readonly string[]) => pair.includes(partner.code);
          const pairRelations = relations.filter((r) => withPartner(r.between));
          const pairFlows = flows.filter((f) => withPartner([f.from, f.to])).sort(byDefault);
          const items = [
            ...pairRelations.flatMap(relationItems),
            ...pairFlows.map((f) => flowItem(f)),
            ...gaps.filter((g) => withPartner(g.between)).map(gapItem),
          ];
          if (items.length === 0) continue;
          const drawn = pairFlows.filter((f) => f.default);
          const summary = [
            ...pairRelations.map((r) => t.statusRelations[r.status]),
            drawn.length
              ? drawn
                  .map((f) => `${formatUsd(f.valueUsd, locale)} ${t.role[flowRole(f, dataset.focus)]}`)
                  .join(', ')
              : pairFlows.length
                ? t.notDrawn
                : t.noFigure,
          ].join(' · ');
          sections.push({ heading: partner.name, items, collapsed: true, summary });
        }
      } else {
        if (relations.length)
          sections.push({ heading: t.relationsIn(String(year)), items: relations.flatMap(relationItems) });
        sections.push({
          heading: t.tradeIn(String(year)),
          items: [...flows.sort(byDefault).map((f) => flowItem(f)), ...gaps.map(gapItem)],
        });
      }
      if (events.length)
        sections.push({
          heading: t.eventsExplaining(String(year)),
          items: events.map(eventItem),
          ...(actor.role === 'focus' ? { collapsed: true, summary: t.eventCount(events.length) } : {}),
        });
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
      // The pair and year once, in the title (they were in the title, the subtitle and the figure's line).
      const sections: DetailSection[] = [{ heading: t.figure, items: [flowItem(flow, false)] }];
      if (others.length)
        sections.push({ heading: t.otherFigures, items: others.map((f) => flowItem(f, false)) });
      return {
        title: flowTitle(dataset, flow, lang),
        subtitle: t.role[flowRole(flow, dataset.focus)],
        sections,
      };
    }
    case 'relation': {
      const relation = dataset.relations.find((r) => r.id === selection.id);
      if (!relation) return undefined;
      return {
        title: `${name(relation.between[0])} – ${name(relation.between[1])}`,
        subtitle: t.relationsInYear(String(relation.year)),
        sections: [{ heading: t.statusAndCauses, items: relationItems(relation) }],
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
        sections.push({ heading: t.alsoAt(event.place?.name ?? ''), items: samePlace.map(eventItem) });
      return {
        title: event.title,
        subtitle: `${formatEventDate(event, locale)} · ${t.explains(String(event.year))}`,
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
export function selectableItems(dataset: Dataset, year: number, lang: Lang = english): SelectableGroup[] {
  const { t, locale } = lang;
  const actors = actorIndex(dataset);
  const name = (code: string) => actors.get(code)?.name ?? code;
  return [
    {
      label: t.countries,
      items: dataset.actors.map((a) => ({ selection: { kind: 'actor', id: a.code }, label: a.name })),
    },
    {
      label: t.tradeFlowsIn(String(year)),
      items: flowsForYearDrawn(dataset, year).map((f) => ({
        selection: { kind: 'flow', id: f.id },
        label: `${flowTitle(dataset, f, lang)}: ${formatUsd(f.valueUsd, locale)}`,
      })),
    },
    {
      label: t.relationsOf(String(year)),
      items: relationsForYear(dataset, year).map((r) => ({
        selection: { kind: 'relation', id: r.id },
        label: `${name(r.between[0])} – ${name(r.between[1])}: ${t.statusRelations[r.status]}`,
      })),
    },
    {
      label: t.eventsExplaining(String(year)),
      items: eventsForYear(dataset, year).map((e) => ({
        selection: { kind: 'event', id: e.id },
        label: `${formatEventDate(e, locale)}: ${e.title}`,
      })),
    },
  ].filter((g) => g.items.length > 0) as SelectableGroup[];
}

function flowsForYearDrawn(dataset: Dataset, year: number): Flow[] {
  return dataset.flows.filter((f) => f.year === year && f.default);
}

/** Who keeps a resident embassy in the other's capital, for a relation: "A embassy in B's capital: resident; …". */
export function embassiesText(actors: ReadonlyMap<string, Actor>, r: Relation, t: Strings): string {
  const name = (code: string) => actors.get(code)?.name ?? code;
  return Object.entries(r.residentEmbassy)
    .map(([code, resident]) => {
      const other = r.between.find((c) => c !== code) ?? '';
      const where = actors.get(other)?.capital.name ?? other;
      const state =
        resident === null
          ? t.embassyState.unknown
          : resident === 'vacated'
            ? t.embassyState.vacated
            : resident
              ? t.embassyState.resident
              : t.embassyState.none;
      return `${t.embassyIn(name(code), where)}: ${state}`;
    })
    .join('; ');
}

/** What a gap is about, in the reader's language: trade in general, or one direction of it. */
export function gapAbout(about: 'trade' | 'exports' | 'imports' | 'relations', t: Strings): string {
  if (about === 'trade') return t.trade.toLowerCase();
  if (about === 'relations') return t.layerNames.relations.toLowerCase();
  return t.role[about];
}
