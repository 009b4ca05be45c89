import { formatUsd } from '../layers/scales';
import type { PickedDatum } from '../layers/types';
import type { Dataset, Flow } from './schema';
import { actorIndex, flowRole, sourceIndex } from './selectors';

export interface Description {
  title: string;
  lines: string[];
}

const evidenceText: Record<Flow['evidence'], string> = {
  reported: 'reported',
  derived: 'derived',
  seed: 'from the seed article',
  unverified: 'unverified',
};

function periodText(flow: Flow): string {
  return flow.period ? ` (${flow.period.from} to ${flow.period.to})` : '';
}

export function flowTitle(dataset: Dataset, flow: Flow): string {
  const actors = actorIndex(dataset);
  const name = (code: string) => actors.get(code)?.name ?? code;
  const role = flowRole(flow, dataset.focus);
  if (role === 'total') return `Trade between ${name(flow.from)} and ${name(flow.to)}, ${flow.year}`;
  return `${name(flow.from)} → ${name(flow.to)}, ${flow.year}`;
}

/** Plain text for a tooltip; the element renders it as text, never as HTML. */
export function describePicked(
  dataset: Dataset,
  picked: PickedDatum,
  noFigure: string,
  locale = 'en',
): Description {
  const sources = sourceIndex(dataset);
  const sourceNames = (ids: readonly string[]) =>
    ids.map((id) => sources.get(id)?.publisher ?? id).join('; ');
  switch (picked.kind) {
    case 'flow': {
      const f = picked.flow;
      const direction =
        picked.role === 'exports'
          ? 'DPRK exports'
          : picked.role === 'imports'
            ? 'DPRK imports'
            : 'two-way trade';
      return {
        title: flowTitle(dataset, f),
        lines: [
          `${formatUsd(f.valueUsd, locale)} ${direction}${periodText(f)}`,
          `${f.series}, ${evidenceText[f.evidence]}`,
          `Source: ${sourceNames(f.sources)}`,
        ],
      };
    }
    case 'actor': {
      const a = picked.actor;
      const lines = [`Capital: ${a.capital.name}`];
      if (!picked.hasFigure) lines.push(`Trade: ${noFigure}`);
      for (const gap of picked.gaps.slice(0, 1)) lines.push(gap.reason);
      return { title: a.name, lines };
    }
    case 'relation': {
      const r = picked.relation;
      const actors = actorIndex(dataset);
      const partner = actors.get(r.between[1])?.name ?? r.between[1];
      return {
        title: `${actors.get(r.between[0])?.name ?? r.between[0]} – ${partner}, ${r.year}: ${r.status} relations`,
        lines: [r.summary, `Evidence: ${evidenceText[r.evidence]}. Source: ${sourceNames(r.sources)}`],
      };
    }
    case 'embassy': {
      const actors = actorIndex(dataset);
      const owner = actors.get(picked.owner);
      const host = actors.get(picked.host);
      return {
        title: `${owner?.name ?? picked.owner}'s embassy in ${host?.capital.name ?? picked.host}, ${picked.relation.year}`,
        lines: [
          `Resident; relations ${picked.relation.status}`,
          `Source: ${sourceNames(picked.relation.sources)}`,
        ],
      };
    }
    case 'event': {
      return {
        title: `${picked.place}: ${picked.events.length} event${picked.events.length > 1 ? 's' : ''}`,
        lines: picked.events.map((e) => `${e.date} ${e.title}`),
      };
    }
  }
}
