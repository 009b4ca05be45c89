import type { Dataset } from '../data/schema';
import { actorIndex, flowRole, flowsForYear } from '../data/selectors';
import { cssColor } from './colors';
import { fade, noEmphasis } from './emphasis';
import type { LonLat } from './geometry';
import type { ArcDatum, Arcs, LayerKind, ViewState } from './types';

/**
 * Tilt leans each arc sideways so it reads as a curve on a flat map. Tilt is relative to the arc's own direction,
 * so DPRK → China and China → DPRK with the same tilt bow to opposite sides instead of lying on top of each other.
 */
export const TILT = 75;

export function tradeArcData(dataset: Dataset, state: ViewState): ArcDatum[] {
  const actors = actorIndex(dataset);
  const out: ArcDatum[] = [];
  for (const flow of flowsForYear(dataset, state.year, state.direction)) {
    const from = actors.get(flow.from);
    const to = actors.get(flow.to);
    if (!from || !to) continue;
    const role = flowRole(flow, dataset.focus);
    out.push({
      kind: 'flow',
      id: flow.id,
      flow,
      role,
      source: [from.capital.lon, from.capital.lat] as LonLat,
      target: [to.capital.lon, to.capital.lat] as LonLat,
      width: state.widthScale(flow.valueUsd),
      color: state.palette.flow[role],
      tilt: TILT,
    });
  }
  // Thin arcs last, so a thick arc never hides a thin one.
  return out.sort((a, b) => b.width - a.width);
}

/**
 * Segments per arc: smooth curves for a story's few dozen arcs; fewer for thousands, where each arc is a hairline
 * in a dense bundle, a kink is invisible, and every vertex costs on every frame of a pan.
 */
export function arcSegments(count: number): number {
  return Math.max(8, Math.min(50, Math.round(50 * Math.sqrt(100 / Math.max(100, count)))));
}

/** The bow of every arc between capitals, as a share of its length. */
export const ARC_HEIGHT = 0.35;

/**
 * How an arc between two capitals is drawn, trade's or a change's: the same bow and lean, so a change sits where
 * the reader saw the trade it changes; pickable, its width in pixels.
 */
export function capitalArcProps<D extends { source: LonLat; target: LonLat; width: number }>(data: D[]) {
  return {
    data,
    pickable: true,
    greatCircle: false,
    numSegments: arcSegments(data.length),
    widthUnits: 'pixels' as const,
    getSourcePosition: (d: D) => d.source,
    getTargetPosition: (d: D) => d.target,
    getWidth: (d: D) => d.width,
    getTilt: TILT,
    getHeight: ARC_HEIGHT,
  };
}

export function tradeArcLayer(dataset: Dataset, state: ViewState): Arcs<ArcDatum> {
  const data = tradeArcData(dataset, state);
  const transition = state.transitionMs > 0 ? { duration: state.transitionMs } : 0;
  const emphasis = state.emphasis ?? noEmphasis;
  const on = (d: ArcDatum) => emphasis.flow(d.flow.from, d.flow.to, d.flow.id);
  return {
    type: 'arc',
    props: {
      id: 'trade-arcs',
      ...capitalArcProps(data),
      getSourceColor: (d) => fade(d.color, on(d)),
      getTargetColor: (d) => fade(d.color, on(d)),
      getTilt: (d) => d.tilt,
      transitions: { getWidth: transition, getSourceColor: transition, getTargetColor: transition },
      updateTriggers: {
        getWidth: [state.year, state.direction, state.widthScale.domainMax],
        getSourceColor: [state.palette.flow, emphasis.key],
        getTargetColor: [state.palette.flow, emphasis.key],
      },
    },
  };
}

/** Trade: the year's flows as arcs; the key names the directions drawn. */
export const tradeKind: LayerKind = {
  token: 'trade',
  keyRank: 1,
  // Two years compared: their change takes the year's place (src/layers/change-arcs.ts).
  specs: (dataset, state) => (state.compare ? [] : [tradeArcLayer(dataset, state)]),
  key: (dataset, { year, direction, palette, compare }, t) => {
    if (compare) return [];
    const roles = new Set(flowsForYear(dataset, year, direction).map((f) => flowRole(f, dataset.focus)));
    return (['exports', 'imports', 'total'] as const)
      .filter((role) => roles.has(role))
      .map((role) => ({ color: cssColor(palette.flow[role]), label: t.role[role], shape: 'line' }));
  },
};
