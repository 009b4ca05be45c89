import type { Dataset, Flow, Relation } from './schema';
import { type FlowRole, flowRole, flowsForYear, pairKey } from './selectors';

/** Why two figures of one pair are not set against each other: a change across them would measure the counting. */
export type NotComparedReason = 'series' | 'coverage';

interface ChangeBase {
  /** One pair, one kind of figure and one direction: the same key in both years. */
  key: string;
  role: FlowRole;
  /** The partner of the focus country (for a pair without it, the `to` end). */
  partner: string;
}

/**
 * What happened to one drawn figure between two years. `compared`: both years have it from the same series over
 * the same months, so the change is a change of trade. `not-compared`: both have it, counted by different bodies or
 * over different months. `only-a` / `only-b`: one year has no drawn figure, which is no reported figure, not zero.
 */
export type FlowChange = ChangeBase &
  (
    | { kind: 'compared'; a: Flow; b: Flow; changeUsd: number; ratio: number | undefined }
    | { kind: 'not-compared'; a: Flow; b: Flow; reasons: readonly NotComparedReason[] }
    | { kind: 'only-a'; a: Flow }
    | { kind: 'only-b'; b: Flow }
  );

export interface RelationChange {
  /** The partner of the focus country. */
  partner: string;
  a: Relation | undefined;
  b: Relation | undefined;
  /** `changed` and `same` need both years; a missing year is not a status. */
  kind: 'changed' | 'same' | 'only-a' | 'only-b';
}

/** The months a figure covers: the calendar year unless it gives a period ("01–05" for January to May). */
export function coverage(flow: Flow): string {
  return flow.period ? `${flow.period.from.slice(5, 7)}–${flow.period.to.slice(5, 7)}` : 'year';
}

function flowKey(flow: Flow): string {
  return flow.type === 'total' ? `total:${pairKey(flow.from, flow.to)}` : `directed:${flow.from}>${flow.to}`;
}

function partnerOf(dataset: Dataset, from: string, to: string): string {
  return from === dataset.focus ? to : from;
}

function change(dataset: Dataset, key: string, a: Flow | undefined, b: Flow | undefined): FlowChange {
  const either = (a ?? b) as Flow;
  const base = {
    key,
    role: flowRole(either, dataset.focus),
    partner: partnerOf(dataset, either.from, either.to),
  };
  if (!b) return { ...base, kind: 'only-a', a: a as Flow };
  if (!a) return { ...base, kind: 'only-b', b };
  const reasons: NotComparedReason[] = [];
  if (a.series !== b.series) reasons.push('series');
  if (coverage(a) !== coverage(b)) reasons.push('coverage');
  if (reasons.length > 0) return { ...base, kind: 'not-compared', a, b, reasons };
  const changeUsd = b.valueUsd - a.valueUsd;
  return {
    ...base,
    kind: 'compared',
    a,
    b,
    changeUsd,
    ratio: a.valueUsd > 0 ? changeUsd / a.valueUsd : undefined,
  };
}

/**
 * Every figure drawn in either year, paired with the other year's figure of the same pair, kind and direction.
 * Only the drawn figures take part: the map shows those, and an alternative figure would need its own reason to be
 * preferred. Year A's order first, then what only year B has.
 */
export function compareFlows(dataset: Dataset, yearA: number, yearB: number): FlowChange[] {
  const inA = new Map(flowsForYear(dataset, yearA).map((f) => [flowKey(f), f]));
  const inB = new Map(flowsForYear(dataset, yearB).map((f) => [flowKey(f), f]));
  const keys = [...new Set([...inA.keys(), ...inB.keys()])];
  return keys.map((key) => change(dataset, key, inA.get(key), inB.get(key)));
}

/** Each partner's diplomatic status in both years. */
export function compareRelations(dataset: Dataset, yearA: number, yearB: number): RelationChange[] {
  const partnerOfRelation = (r: Relation) => partnerOf(dataset, r.between[0], r.between[1]);
  const byPartner = (year: number) =>
    new Map(dataset.relations.filter((r) => r.year === year).map((r) => [partnerOfRelation(r), r]));
  const inA = byPartner(yearA);
  const inB = byPartner(yearB);
  const partners = [...new Set([...inA.keys(), ...inB.keys()])];
  return partners.map((partner) => {
    const a = inA.get(partner);
    const b = inB.get(partner);
    const kind = !b ? 'only-a' : !a ? 'only-b' : a.status === b.status ? 'same' : 'changed';
    return { partner, a, b, kind };
  });
}

/**
 * The two years a page asked to compare (`compare="2016 2021"`, in any order), or by default the dataset's first
 * and last. A refusal says why: a year the dataset does not have, or not two different years.
 */
export function compareYears(
  dataset: Dataset,
  asked: readonly number[] | undefined,
): { years: [number, number] } | { refused: 'unknown' | 'count'; unknown: number[] } {
  const years = [...new Set(dataset.years.map((y) => y.year))].sort((x, y) => x - y);
  if (!asked || asked.length === 0) return { years: [years[0] as number, years[years.length - 1] as number] };
  const unknown = asked.filter((y) => !years.includes(y));
  if (unknown.length > 0) return { refused: 'unknown', unknown };
  const distinct = [...new Set(asked)].sort((x, y) => x - y);
  if (distinct.length !== 2) return { refused: 'count', unknown: [] };
  return { years: distinct as [number, number] };
}

/** `"2016 2021"`, `"2016,2021"` or an array, as a page or a framework gives it; what is not a year is NaN. */
export function parseCompare(value: unknown): number[] | undefined {
  if (value == null || value === '') return undefined;
  const parts = Array.isArray(value)
    ? value.map(String)
    : String(value)
        .split(/[\s,]+/)
        .filter(Boolean);
  return parts.map((p) => (/^\d{1,4}$/.test(p) ? Number(p) : Number.NaN));
}
