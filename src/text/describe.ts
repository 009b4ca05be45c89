import { formatEventDate, formatPeriod, formatUsd } from '../data/format';
import type { Dataset, Flow } from '../data/schema';
import { actorIndex, flowRole } from '../data/selectors';
import { formatShare, shareOfRecordedTrade } from '../data/shares';
import { sourcePublishers } from '../data/sources';
import type { PickedDatum } from '../layers/types';
import { changeSubject, changeWords } from './compare';
import { flowPair } from './flow-names';
import { english, type Lang, withDataset } from './strings';

export interface Description {
  title: string;
  lines: string[];
}

function periodText(flow: Flow, lang: Lang): string {
  return flow.period ? ` (${formatPeriod(flow.period, lang.locale)})` : '';
}

export function flowTitle(dataset: Dataset, flow: Flow, lang: Lang = english): string {
  return `${flowPair(dataset, flow, lang)}, ${flow.year}`;
}

/**
 * A figure's share of the focus country's recorded trade as a phrase, or why there is none: `share` is false for
 * the explanation, so a compact view can leave it out.
 */
export function shareText(
  dataset: Dataset,
  flow: Flow,
  lang: Lang = english,
): { text: string; share: boolean } {
  // "North Korea's", not "North Korea (DPRK)'s": a name's bracketed short form reads badly before a possessive.
  const focus = (actorIndex(dataset).get(dataset.focus)?.name ?? dataset.focus).replace(/\s*\([^)]*\)$/, '');
  const answer = shareOfRecordedTrade(dataset, flow);
  if (answer.kind === 'share')
    return {
      text: lang.t.shareOf(formatShare(answer.fraction, lang.locale), answer.role, focus, flow.series),
      share: true,
    };
  return {
    text: lang.t.noShare(answer.reason, focus, flow.series, answer.totalSeries.join(', ')),
    share: false,
  };
}

/** Plain text for a tooltip; the element renders it as text, never as HTML. */
export function describePicked(dataset: Dataset, picked: PickedDatum, given: Lang = english): Description {
  const lang = withDataset(given, dataset);
  const { t, locale } = lang;
  const sourceNames = (ids: readonly string[]) => sourcePublishers(dataset, ids);
  switch (picked.kind) {
    case 'change':
      return {
        title: changeSubject(dataset, picked.change, lang),
        lines: [changeWords(dataset, picked.change, picked.years, lang)],
      };
    case 'flow': {
      const f = picked.flow;
      return {
        title: flowTitle(dataset, f, lang),
        lines: [
          `${formatUsd(f.valueUsd, locale)} · ${t.role[picked.role]}${periodText(f, lang)}`,
          t.figureBasis(f.series, f.evidence),
          `${t.source}: ${sourceNames(f.sources)}`,
          shareText(dataset, f, lang).text,
        ],
      };
    }
    case 'actor': {
      const a = picked.actor;
      const lines = [`${t.capital}: ${a.capital.name}`];
      // The figures its arcs draw, each with its direction and the months it covers (Kuala Lumpur's 2017 arc).
      for (const f of picked.drawn) {
        const period = f.period ? ` (${formatPeriod(f.period, locale)})` : '';
        lines.push(`${t.role[flowRole(f, dataset.focus)]}: ${formatUsd(f.valueUsd, locale)}${period}`);
      }
      const undrawn = picked.undrawn[0];
      if (undrawn) {
        // A figure was published but is not drawn: say so, with the reason, rather than "no reported figure".
        const period = undrawn.period ? formatPeriod(undrawn.period, locale) : '';
        lines.push(`${t.trade}: ${t.notDrawnFigure(formatUsd(undrawn.valueUsd, locale), period)}`);
        const reason = undrawn.defaultReason ?? undrawn.note;
        if (reason) lines.push(reason);
      } else if (!picked.hasFigure) lines.push(`${t.trade}: ${t.noFigure}`);
      if (!undrawn) for (const gap of picked.gaps.slice(0, 1)) lines.push(gap.reason);
      return { title: a.name, lines };
    }
    case 'relation': {
      const r = picked.relation;
      const actors = actorIndex(dataset);
      const partner = actors.get(r.between[1])?.name ?? r.between[1];
      return {
        title: `${actors.get(r.between[0])?.name ?? r.between[0]} – ${partner}, ${r.year}: ${t.statusRelations[r.status]}`,
        lines: [r.summary, `${t.evidenceSentence[r.evidence]} ${t.source}: ${sourceNames(r.sources)}`],
      };
    }
    case 'embassy': {
      const actors = actorIndex(dataset);
      const owner = actors.get(picked.owner);
      const host = actors.get(picked.host);
      return {
        title: t.embassyTitle(
          owner?.name ?? picked.owner,
          host?.capital.name ?? picked.host,
          String(picked.relation.year),
        ),
        lines: [
          t.residentRelations(t.statusRelations[picked.relation.status]),
          `${t.source}: ${sourceNames(picked.relation.sources)}`,
        ],
      };
    }
    case 'event': {
      const e = picked.event;
      return {
        title: e.title,
        lines: [
          `${formatEventDate(e, locale)} · ${picked.place}`,
          `${t.eventKindNames[e.kind]} · ${t.evidenceNames[e.evidence]}`,
          // A ring of dots may gather nearby places (klia2, Putrajaya, Kuala Lumpur): named as they are, not as one.
          ...(picked.atSpot > 1
            ? [
                picked.spotPlaces.length === 1
                  ? t.eventsAt(picked.place, picked.atSpot)
                  : t.eventsAround(
                      picked.atSpot,
                      new Intl.ListFormat(locale, { type: 'conjunction' }).format(picked.spotPlaces),
                    ),
              ]
            : []),
        ],
      };
    }
  }
}
