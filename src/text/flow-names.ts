import type { Dataset, Flow } from '../data/schema';
import { actorIndex, flowRole } from '../data/selectors';
import { english, type Lang } from './strings';

/** "A → B" or "Trade between A and B", without the year. */
export function flowPair(dataset: Dataset, flow: Flow, lang: Lang = english): string {
  const actors = actorIndex(dataset);
  const name = (code: string) => actors.get(code)?.name ?? code;
  const role = flowRole(flow, dataset.focus);
  if (role === 'total') return lang.t.pairTrade(name(flow.from), name(flow.to));
  return `${name(flow.from)} → ${name(flow.to)}`;
}
