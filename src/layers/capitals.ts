import type { Dataset } from '../data/schema';
import { flowsForYear, gapsForYear } from '../data/selectors';
import { fade, noEmphasis } from './emphasis';
import { eventData, PLACE_LABEL_SIZE, placeLabelId, placeName } from './events';
import type { LonLat } from './geometry';
import type { KeyMark, KeyWords } from './key';
import {
  type CapitalDatum,
  type Dots,
  dotLayerDefaults,
  type LabelDatum,
  type LayerKind,
  type LayerToken,
  onTop,
  type Texts,
  type ViewState,
} from './types';

export function capitalData(dataset: Dataset, year: number): CapitalDatum[] {
  const flows = flowsForYear(dataset, year);
  const drawn = new Set(flows.flatMap((f) => [f.from, f.to]));
  const gaps = gapsForYear(dataset, year);
  const published = dataset.flows.filter((f) => f.year === year);
  return dataset.actors.map((actor) => {
    const hasFigure = actor.role === 'focus' || drawn.has(actor.code);
    return {
      kind: 'actor',
      id: actor.code,
      actor,
      position: [actor.capital.lon, actor.capital.lat] as LonLat,
      isFocus: actor.role === 'focus',
      hasFigure,
      undrawn: hasFigure ? [] : published.filter((f) => f.from === actor.code || f.to === actor.code),
      drawn: actor.role === 'focus' ? [] : flows.filter((f) => f.from === actor.code || f.to === actor.code),
      // Every gap involves the focus country: its own capital would list the partners' notes as if they were its own.
      gaps: actor.role === 'focus' ? [] : gaps.filter((g) => g.between.includes(actor.code)),
    };
  });
}

/** The capitals' dots: always drawn, whatever the layer tokens say, so the map never loses its anchors. */
export function capitalsLayer(dataset: Dataset, state: ViewState): Dots<CapitalDatum> {
  const p = state.palette;
  const emphasis = state.emphasis ?? noEmphasis;
  const on = (d: CapitalDatum) => emphasis.actor(d.actor.code);
  return {
    type: 'scatter',
    props: {
      id: 'capitals',
      data: capitalData(dataset, state.year),
      ...dotLayerDefaults,
      getPosition: (d) => d.position,
      getRadius: dotRadius,
      getFillColor: (d) => fade(d.isFocus ? p.focusCapital : p.capital, on(d)),
      getLineColor: (d) => fade(p.capitalOutline, on(d)),
      getLineWidth: 1.5,
      updateTriggers: {
        getFillColor: [p.capital, p.focusCapital, emphasis.key],
        getLineColor: [p.capitalOutline, emphasis.key],
      },
    },
  };
}

/** Beside a capital's name: no figure was found for it this year; a figure was published but is not drawn. */
export const NO_FIGURE_MARK = '∅';
export const NOT_DRAWN_MARK = '*';

/** A capital's label: its name, with a short mark when no figure is drawn (the words are in the key and tooltip). */
export function labelText(c: CapitalDatum): string {
  if (c.hasFigure) return c.actor.capital.name;
  return `${c.actor.capital.name} ${c.undrawn.length > 0 ? NOT_DRAWN_MARK : NO_FIGURE_MARK}`;
}

export const labelSize = (c: CapitalDatum) => (c.isFocus ? 14 : 12);
export const dotRadius = (c: CapitalDatum) => (c.isFocus ? 7 : 5);

/**
 * The capitals' labels where the placement put them (src/controllers/label-placer.ts): a label that fits nowhere is
 * left out. Before the first placement, each sits to the right of its dot.
 */
export function labelData(dataset: Dataset, state: ViewState): LabelDatum[] {
  const placements = state.labelPlacement?.placements;
  const out: LabelDatum[] = [];
  for (const c of capitalData(dataset, state.year)) {
    const placed = placements?.get(c.id);
    if (placed === null) continue;
    out.push({
      id: c.id,
      text: labelText(c),
      position: c.position,
      size: labelSize(c),
      anchor: placed?.anchor ?? 'start',
      baseline: placed?.baseline ?? 'center',
      offset: placed?.offset ?? [dotRadius(c) + 3, 0],
    });
  }
  const places = state.emphasis?.places ?? [];
  if (places.length === 0 || !state.layers.has('events')) return out;
  for (const d of eventData(dataset, state.year)) {
    if (!places.includes(d.id)) continue;
    const placed = placements?.get(placeLabelId(d.id));
    if (placed === null) continue;
    // The dot sits off its place on a ring: the label is placed around the dot.
    const offset = placed?.offset ?? [d.radius + 3, 0];
    out.push({
      id: placeLabelId(d.id),
      text: placeName(d.event),
      position: d.position,
      size: PLACE_LABEL_SIZE,
      anchor: placed?.anchor ?? 'start',
      baseline: placed?.baseline ?? 'center',
      offset: [d.offset[0] + offset[0], d.offset[1] + offset[1]],
    });
  }
  return out;
}

export function labelsLayer(dataset: Dataset, state: ViewState): Texts<LabelDatum> {
  const p = state.palette;
  const version = state.labelPlacement?.version ?? 0;
  const emphasis = state.emphasis ?? noEmphasis;
  return {
    type: 'text',
    props: {
      id: 'capital-labels',
      ...onTop,
      data: labelData(dataset, state),
      // Names from a dataset may use any script; 'auto' builds the glyph atlas from the text itself.
      characterSet: 'auto',
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      fontWeight: 600,
      getText: (d) => d.text,
      getPosition: (d) => d.position,
      getSize: (d) => d.size,
      // A named place is there because it stands out.
      getColor: (d) => fade(p.label, d.id.startsWith('place:') || emphasis.actor(d.id)),
      getTextAnchor: (d) => d.anchor,
      getAlignmentBaseline: (d) => d.baseline,
      getPixelOffset: (d) => d.offset,
      outlineWidth: 3,
      outlineColor: p.labelHalo,
      fontSettings: { sdf: true },
      updateTriggers: {
        getText: [state.year],
        getTextAnchor: [state.year, version],
        getAlignmentBaseline: [state.year, version],
        getPixelOffset: [state.year, version],
        getColor: [p.label, emphasis.key],
      },
    },
  };
}

/** The capitals' dots, always drawn: what the arcs and lines join. */
export const capitalsKind: LayerKind = { specs: (dataset, state) => [capitalsLayer(dataset, state)] };

/** The capitals' names, with their year's figures. */
export const labelsKind: LayerKind = {
  token: 'labels',
  specs: (dataset, state) => [labelsLayer(dataset, state)],
};

/** The marks the labels carry this year (no reported figure, a figure not drawn), for the map's key. */
export function labelMarks(
  dataset: Dataset,
  year: number,
  layers: ReadonlySet<LayerToken>,
  t: KeyWords,
): KeyMark[] {
  if (!layers.has('labels')) return [];
  const texts = capitalData(dataset, year).map(labelText);
  const marks: KeyMark[] = [];
  if (texts.some((x) => x.endsWith(` ${NO_FIGURE_MARK}`)))
    marks.push({ mark: NO_FIGURE_MARK, label: t.noFigure });
  if (texts.some((x) => x.endsWith(` ${NOT_DRAWN_MARK}`)))
    marks.push({ mark: NOT_DRAWN_MARK, label: t.notDrawn });
  return marks;
}
