import { compareFlows } from '../data/compare';
import type { Dataset } from '../data/schema';
import { actorIndex, flowRole } from '../data/selectors';
import { latFromMercatorY, mercatorY } from '../geo/mercator';
import { LABEL_FONT } from './capital-labels';
import { cssColor } from './colors';
import type { LonLat } from './geometry';
import { ARC_HEIGHT, capitalArcProps, TILT } from './trade-arcs';
import {
  type Arcs,
  type ChangeDatum,
  type LabelDatum,
  type LayerKind,
  onTop,
  type Texts,
  type ViewState,
} from './types';

/**
 * The thickness says how much changed, on the locked scale of trade (a fall of $1B is as thick as $1B of trade),
 * and the colour which way; a pair whose two figures cannot be compared, or that has a figure in one year only, is
 * drawn neutral and as thick as its figure, never as a change.
 */
export function changeArcData(dataset: Dataset, state: ViewState): ChangeDatum[] {
  const compare = state.compare;
  if (!compare) return [];
  const actors = actorIndex(dataset);
  const colors = state.palette.change;
  const out: ChangeDatum[] = [];
  for (const change of compareFlows(dataset, compare.years[0], compare.years[1])) {
    const flow = change.kind === 'only-b' ? change.b : change.a;
    if (state.direction !== 'both' && flowRole(flow, dataset.focus) !== state.direction) continue;
    const from = actors.get(flow.from);
    const to = actors.get(flow.to);
    if (!from || !to) continue;
    const kind = change.kind;
    const width =
      kind === 'compared'
        ? state.widthScale(Math.abs(change.changeUsd))
        : state.widthScale(
            kind === 'not-compared' ? Math.max(change.a.valueUsd, change.b.valueUsd) : flow.valueUsd,
          );
    const color =
      kind === 'compared'
        ? colors[change.changeUsd < 0 ? 'down' : 'up']
        : kind === 'not-compared'
          ? colors.notCompared
          : colors.oneYear;
    out.push({
      kind: 'change',
      id: change.key,
      change,
      years: compare.years,
      source: [from.capital.lon, from.capital.lat],
      target: [to.capital.lon, to.capital.lat],
      width: Math.max(1, width),
      color,
    });
  }
  return out.sort((a, b) => b.width - a.width);
}

/**
 * A point of an arc as the ArcLayer draws it on a flat map, a fraction `t` of the way from its source, in longitude
 * and latitude: the curve's formula in Web Mercator with y down, as on screen, where the layer leans its arcs.
 */
export function arcPoint(
  source: LonLat,
  target: LonLat,
  t: number,
  height = ARC_HEIGHT,
  tilt = TILT,
): LonLat {
  const rad = Math.PI / 180;
  const [x0, y0] = [source[0] * rad, -mercatorY(source[1])];
  const [x1, y1] = [target[0] * rad, -mercatorY(target[1])];
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length = Math.hypot(dx, dy);
  if (length === 0) return source;
  const z = Math.sqrt(t * (1 - t)) * length * height * Math.sin(tilt * rad);
  const x = x0 + dx * t + (dy / length) * z;
  const y = y0 + dy * t - (dx / length) * z;
  return [x / rad, latFromMercatorY(-y)];
}

/**
 * Where an arc's label goes: most of the way to the partner, where arcs to different partners have parted, and on
 * its own side of the pair, so two directions keep apart.
 */
function labelPoint(d: ChangeDatum): LonLat {
  const towardPartner = d.change.partner === (d.change.kind === 'only-b' ? d.change.b : d.change.a).to;
  // A figure of one year only is said by its partner's end, where it is plainly that partner's.
  const along = d.change.kind === 'only-a' || d.change.kind === 'only-b' ? 0.8 : 0.58;
  return arcPoint(d.source, d.target, towardPartner ? along : 1 - along);
}

export function changeArcLayer(data: ChangeDatum[]): Arcs<ChangeDatum> {
  return {
    type: 'arc',
    props: {
      id: 'change-arcs',
      // Pickable: the tooltip says the change in words, the same as the compare view's table.
      ...capitalArcProps(data),
      getSourceColor: (d) => d.color,
      getTargetColor: (d) => d.color,
    },
  };
}

/** Each arc's change in a few characters ("−37%", "2016 only"). */
export function changeLabelLayer(data: ChangeDatum[], state: ViewState): Texts<LabelDatum> {
  const label = state.compare?.label ?? (() => '');
  const labels: LabelDatum[] = [];
  // A partner's two directions with the same words ("2016 only") are said once, between the two arcs.
  const said = new Map<string, LabelDatum>();
  for (const d of data) {
    const text = label(d.change);
    if (!text) continue;
    const position = labelPoint(d);
    const twin = said.get(`${d.change.partner}|${text}`);
    if (twin) {
      twin.position = [(twin.position[0] + position[0]) / 2, (twin.position[1] + position[1]) / 2];
      continue;
    }
    const datum: LabelDatum = {
      id: `change:${d.id}`,
      text,
      position,
      size: 11,
      anchor: 'middle',
      baseline: 'center',
      offset: [0, 0],
    };
    said.set(`${d.change.partner}|${text}`, datum);
    labels.push(datum);
  }
  return {
    type: 'text',
    props: {
      id: 'change-labels',
      ...onTop,
      data: labels,
      characterSet: 'auto',
      fontFamily: LABEL_FONT,
      fontWeight: 700,
      getText: (d) => d.text,
      getPosition: (d) => d.position,
      getSize: (d) => d.size,
      getColor: state.palette.label,
      getTextAnchor: (d) => d.anchor,
      getAlignmentBaseline: (d) => d.baseline,
      getPixelOffset: (d) => d.offset,
      outlineWidth: 3,
      outlineColor: state.palette.labelHalo,
      fontSettings: { sdf: true },
    },
  };
}

/**
 * What changed in trade between two years (`state.compare`): in place of the year's trade arcs, one arc per pair
 * and direction, with its change written on it. Nothing without a comparison.
 */
export const changeKind: LayerKind = {
  token: 'trade',
  keyRank: 1,
  key: (dataset, { direction, palette, compare }, t) => {
    if (!compare) return [];
    const changes = compareFlows(dataset, compare[0], compare[1]).filter(
      (c) => direction === 'both' || c.role === direction,
    );
    const shown = new Set(
      changes.map((c) =>
        c.kind === 'compared'
          ? c.changeUsd < 0
            ? 'down'
            : 'up'
          : c.kind === 'not-compared'
            ? 'notCompared'
            : 'oneYear',
      ),
    );
    const [a, b] = compare.map(String) as [string, string];
    return (['down', 'up', 'notCompared', 'oneYear'] as const)
      .filter((k) => shown.has(k))
      .map((k, i) => ({
        color: cssColor(palette.change[k]),
        // The first entry names the two years, so the key says what is compared.
        label: i === 0 ? `${t.compare.keyTitle(a, b)}: ${t.compare.changeKey[k]}` : t.compare.changeKey[k],
        shape: 'line' as const,
      }));
  },
  specs: (dataset, state) => {
    if (!state.compare) return [];
    const data = changeArcData(dataset, state);
    return [changeArcLayer(data), changeLabelLayer(data, state)];
  },
};
