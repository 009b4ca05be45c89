import type { Dataset, DiplomaticStatus } from '../data/schema';
import { actorIndex, relationsForYear } from '../data/selectors';
import { cssColor } from './colors';
import { fade, noEmphasis } from './emphasis';
import { alongMercator, dashes, type LonLat, nearestCopy } from './geometry';
import type { KeyItem } from './key';
import {
  type Arcs,
  type Dots,
  dotLayerDefaults,
  type EmbassyDatum,
  type LayerKind,
  type RelationDatum,
  type ViewState,
} from './types';

/**
 * Line style per status, so the status reads without colour too: solid for full relations, long dashes for
 * downgraded, sparse dots for severed, a faint thin line for none.
 */
export const statusStroke: Record<DiplomaticStatus, { width: number; dashCount: number; fill: number }> = {
  full: { width: 3, dashCount: 1, fill: 1 },
  downgraded: { width: 3, dashCount: 18, fill: 0.6 },
  severed: { width: 3, dashCount: 36, fill: 0.2 },
  none: { width: 1.5, dashCount: 60, fill: 0.5 },
};

export function relationData(dataset: Dataset, state: ViewState): RelationDatum[] {
  const actors = actorIndex(dataset);
  const out: RelationDatum[] = [];
  for (const relation of relationsForYear(dataset, state.year)) {
    const a = actors.get(relation.between[0]);
    const b = actors.get(relation.between[1]);
    if (!a || !b) continue;
    const from: LonLat = [a.capital.lon, a.capital.lat];
    const to = nearestCopy(from, [b.capital.lon, b.capital.lat]);
    const stroke = statusStroke[relation.status];
    // The story's relation reads first: twice as thick, and a broken one with longer dashes (a severed line of
    // sparse dots was the map's faintest mark).
    const heavy = relation.featured === true;
    const fill = heavy ? Math.max(stroke.fill, 0.35) : stroke.fill;
    const pieces =
      stroke.dashCount === 1 ? [[from, to] as [LonLat, LonLat]] : dashes(from, to, stroke.dashCount, fill);
    pieces.forEach(([start, end], i) => {
      out.push({
        kind: 'relation',
        id: `${relation.id}#${i}`,
        relation,
        status: relation.status,
        from: start,
        to: end,
        color: state.palette.status[relation.status],
        width: heavy ? stroke.width * 2 : stroke.width,
      });
    });
  }
  return out;
}

/**
 * Drawn with the ArcLayer flattened to height 0 (a straight line on the Mercator map) rather than a LineLayer:
 * the trade arcs already compiled that shader, and with software WebGL every extra shader program costs about a
 * second of start-up.
 */
export function relationsLayer(dataset: Dataset, state: ViewState): Arcs<RelationDatum> {
  const emphasis = state.emphasis ?? noEmphasis;
  return {
    type: 'arc',
    props: {
      id: 'relations',
      data: relationData(dataset, state),
      pickable: true,
      greatCircle: false,
      widthUnits: 'pixels',
      numSegments: 2,
      getHeight: 0,
      getTilt: 0,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getSourceColor: (d) => fade(d.color, emphasis.relation(d.relation.id)),
      getTargetColor: (d) => fade(d.color, emphasis.relation(d.relation.id)),
      getWidth: (d) => d.width,
      updateTriggers: {
        getSourceColor: [state.year, state.palette.status, emphasis.key],
        getTargetColor: [state.year, state.palette.status, emphasis.key],
      },
    },
  };
}

/** How far along the line, from the host capital, an embassy dot sits: clear of the capital's own dot. */
const EMBASSY_OFFSET = 0.06;

/** One dot per resident embassy, on the relation line next to the capital that hosts it. Unknown: no dot. */
export function embassyData(dataset: Dataset, state: ViewState): EmbassyDatum[] {
  const actors = actorIndex(dataset);
  const out: EmbassyDatum[] = [];
  for (const relation of relationsForYear(dataset, state.year)) {
    const [a, b] = relation.between.map((code) => actors.get(code));
    if (!a || !b) continue;
    const aPos: LonLat = [a.capital.lon, a.capital.lat];
    const bPos = nearestCopy(aPos, [b.capital.lon, b.capital.lat]);
    for (const [owner, host, hostPos, otherPos] of [
      [a.code, b.code, bPos, aPos],
      [b.code, a.code, aPos, bPos],
    ] as const) {
      if (relation.residentEmbassy[owner] !== true) continue;
      out.push({
        kind: 'embassy',
        id: `${relation.id}#embassy-${owner}`,
        relation,
        owner,
        host,
        position: alongMercator(hostPos, otherPos, EMBASSY_OFFSET),
        color: state.palette.status[relation.status],
      });
    }
  }
  return out;
}

export function embassiesLayer(dataset: Dataset, state: ViewState): Dots<EmbassyDatum> {
  const emphasis = state.emphasis ?? noEmphasis;
  return {
    type: 'scatter',
    props: {
      id: 'embassies',
      data: embassyData(dataset, state),
      ...dotLayerDefaults,
      getPosition: (d) => d.position,
      getRadius: 4,
      getFillColor: (d) => fade(d.color, emphasis.relation(d.relation.id)),
      getLineColor: (d) => fade(state.palette.capitalOutline, emphasis.relation(d.relation.id)),
      getLineWidth: 1,
      updateTriggers: {
        getFillColor: [state.year, state.palette.status, emphasis.key],
        getLineColor: [state.palette.capitalOutline, emphasis.key],
      },
    },
  };
}

/** How a status reads in a key: the line style of `statusStroke`, as one of the key's shapes. */
export const shapeOf = (status: DiplomaticStatus): KeyItem['shape'] => {
  const stroke = statusStroke[status];
  return stroke.dashCount === 1 ? 'line' : stroke.fill > 0.5 ? 'dashed' : 'dotted';
};

/** Diplomatic relations: a line per pair in its status's style, and the embassies; the key names the statuses. */
export const relationsKind: LayerKind = {
  token: 'relations',
  keyRank: 2,
  specs: (dataset, state) => [relationsLayer(dataset, state), embassiesLayer(dataset, state)],
  key: (dataset, { year, palette }, t) => {
    const relations = relationsForYear(dataset, year);
    const statuses = new Set(relations.filter((r) => !r.featured).map((r) => r.status));
    const names = actorIndex(dataset);
    const featured = relations
      .filter((r) => r.featured)
      .map((r) => {
        const partner = r.between.find((c) => c !== dataset.focus) ?? r.between[1];
        return {
          color: cssColor(palette.status[r.status]),
          label: t.featuredRelation(t.statusNames[r.status], names.get(partner)?.name ?? partner),
          shape: shapeOf(r.status),
          heavy: true,
        };
      });
    return [
      ...featured,
      ...(['full', 'downgraded', 'severed', 'none'] as const)
        .filter((status) => statuses.has(status))
        .map((status) => ({
          color: cssColor(palette.status[status]),
          label: t.statusNames[status],
          shape: shapeOf(status),
        })),
    ];
  },
};
