import { formatUsd } from '../layers/scales';
import { flowTitle } from './describe';
import { evidenceNames } from './details';
import type { Dataset } from './schema';
import { actorIndex, flowRole, gapsForYear, relationsForYear, sourceIndex } from './selectors';

export interface FlowRow {
  id: string;
  pair: string;
  direction: string;
  valueUsd: number;
  value: string;
  period: string;
  series: string;
  evidence: string;
  shown: boolean;
  sources: string;
}

const directionNames = { exports: 'DPRK exports', imports: 'DPRK imports', total: 'Two-way total' } as const;

/** Every figure of a year, drawn ones first, then the gaps as "no reported figure": the table a reader can check. */
export function flowRows(dataset: Dataset, year: number, locale = 'en'): FlowRow[] {
  const sources = sourceIndex(dataset);
  const actors = actorIndex(dataset);
  const rows: FlowRow[] = dataset.flows
    .filter((f) => f.year === year)
    .map((f) => ({
      id: f.id,
      pair: flowTitle(dataset, f).replace(/, \d{4}$/, ''),
      direction: directionNames[flowRole(f, dataset.focus)],
      valueUsd: f.valueUsd,
      value: formatUsd(f.valueUsd, locale),
      period: f.period ? `${f.period.from} to ${f.period.to}` : String(f.year),
      series: f.series,
      evidence: evidenceNames[f.evidence],
      shown: f.default,
      sources: f.sources.map((id) => sources.get(id)?.publisher ?? id).join('; '),
    }))
    .sort((a, b) => Number(b.shown) - Number(a.shown) || b.valueUsd - a.valueUsd);
  for (const gap of gapsForYear(dataset, year)) {
    if (gap.about === 'relations') continue;
    rows.push({
      id: gap.id,
      pair: gap.between.map((code) => actors.get(code)?.name ?? code).join(' – '),
      direction: gap.about === 'trade' ? 'Trade' : gap.about === 'exports' ? 'DPRK exports' : 'DPRK imports',
      valueUsd: Number.NaN,
      value: 'no reported figure',
      period: String(year),
      series: '',
      evidence: '',
      shown: false,
      sources: gap.sources.map((id) => sources.get(id)?.publisher ?? id).join('; '),
    });
  }
  return rows;
}

export interface RelationRow {
  id: string;
  pair: string;
  status: string;
  summary: string;
  evidence: string;
}

export function relationRows(dataset: Dataset, year: number): RelationRow[] {
  const actors = actorIndex(dataset);
  return relationsForYear(dataset, year).map((r) => ({
    id: r.id,
    pair: r.between.map((code) => actors.get(code)?.name ?? code).join(' – '),
    status: r.status,
    summary: r.summary,
    evidence: evidenceNames[r.evidence],
  }));
}
