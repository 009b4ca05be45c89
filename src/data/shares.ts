import type { Dataset, Flow, TradeTotal } from './schema';
import { type FlowRole, flowRole } from './selectors';

/** Why a figure has no share: the reader is told which of these, never shown a share made of unlike figures. */
export type NoShareReason = 'part-year' | 'no-total' | 'other-series' | 'no-direction-total';

export type ShareAnswer =
  | { kind: 'share'; fraction: number; role: FlowRole; total: TradeTotal }
  | { kind: 'none'; reason: NoShareReason; totalSeries: string[] };

/**
 * A figure's share of the focus country's recorded trade that year: a total against the total, exports against
 * exports, imports against imports, and only when the figure and the total come from the same series for the whole
 * year. Series count their trade differently (KOTRA adds an estimate of Chinese oil that China's customs record as
 * zero), so a ratio across series would be a number no source supports.
 */
export function shareOfRecordedTrade(dataset: Dataset, flow: Flow): ShareAnswer {
  const totals = dataset.totals.filter((t) => t.year === flow.year);
  const totalSeries = totals.map((t) => t.series);
  const none = (reason: NoShareReason): ShareAnswer => ({ kind: 'none', reason, totalSeries });
  if (totals.length === 0) return none('no-total');
  if (flow.period) return none('part-year');
  const total = totals.find((t) => t.series === flow.series);
  if (!total) return none('other-series');
  const role = flowRole(flow, dataset.focus);
  const whole = role === 'total' ? total.valueUsd : role === 'exports' ? total.exportsUsd : total.importsUsd;
  if (!whole) return none('no-direction-total');
  return { kind: 'share', fraction: flow.valueUsd / whole, role, total };
}

/**
 * A share as a percentage a reader can take in: one decimal from 0.1% up ("92.5%", "0.8%"), and "<0.1%" below, so a
 * small partner never reads as 0% nor with a precision the mirror statistics do not have ("0.0045%").
 */
export function formatShare(fraction: number, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return fraction >= 0.0005 || fraction === 0 ? format.format(fraction) : `<${format.format(0.001)}`;
}
