import type { Dataset } from '../data/schema';
import { flowsForYear, gapsForYear } from '../data/selectors';
import { fade, noEmphasis } from './emphasis';
import type { LonLat } from './geometry';
import {
  type CapitalDatum,
  dotLayerDefaults,
  type LabelDatum,
  type LayerSpec,
  type ViewState,
} from './types';

export function capitalData(dataset: Dataset, year: number): CapitalDatum[] {
  const drawn = new Set(flowsForYear(dataset, year).flatMap((f) => [f.from, f.to]));
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
      // Every gap involves the focus country: its own capital would list the partners' notes as if they were its own.
      gaps: actor.role === 'focus' ? [] : gaps.filter((g) => g.between.includes(actor.code)),
    };
  });
}

/** The capitals' dots: always drawn, whatever the layer tokens say, so the map never loses its anchors. */
export function capitalsLayer(dataset: Dataset, state: ViewState): LayerSpec {
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
      getRadius: (d) => (d.isFocus ? 7 : 5),
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

/** Capitals this close (in degrees) would print their labels over each other on the story's framing. */
const CROWDED_LON = 5;
const CROWDED_LAT = 3;

export function labelData(dataset: Dataset, state: ViewState): LabelDatum[] {
  const capitals = capitalData(dataset, state.year);
  // Northern capitals keep the right-hand side; a crowded southern neighbour (Singapore under Kuala Lumpur) moves
  // its label to the left of its dot.
  const byLatitude = [...capitals].sort((a, b) => b.position[1] - a.position[1]);
  const placed: CapitalDatum[] = [];
  const left = new Set<string>();
  for (const c of byLatitude) {
    const crowded = placed.some(
      (p) =>
        !left.has(p.id) &&
        Math.abs(p.position[0] - c.position[0]) < CROWDED_LON &&
        Math.abs(p.position[1] - c.position[1]) < CROWDED_LAT,
    );
    if (crowded) left.add(c.id);
    placed.push(c);
  }
  return capitals.map((c) => ({
    id: c.id,
    text: c.hasFigure
      ? c.actor.capital.name
      : `${c.actor.capital.name}\n${c.undrawn.length > 0 ? state.notDrawnText : state.noFigureText}`,
    position: c.position,
    size: c.isFocus ? 14 : 12,
    anchor: left.has(c.id) ? 'end' : 'start',
  }));
}

export function labelsLayer(dataset: Dataset, state: ViewState): LayerSpec {
  const p = state.palette;
  const emphasis = state.emphasis ?? noEmphasis;
  return {
    type: 'text',
    props: {
      id: 'capital-labels',
      data: labelData(dataset, state),
      // Names from a dataset may use any script; 'auto' builds the glyph atlas from the text itself.
      characterSet: 'auto',
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      fontWeight: 600,
      getText: (d) => d.text,
      getPosition: (d) => d.position,
      getSize: (d) => d.size,
      getColor: (d) => fade(p.label, emphasis.actor(d.id)),
      getTextAnchor: (d) => d.anchor,
      getAlignmentBaseline: 'top',
      getPixelOffset: (d) => (d.anchor === 'start' ? [8, 4] : [-8, 4]),
      outlineWidth: 3,
      outlineColor: p.labelHalo,
      fontSettings: { sdf: true },
      updateTriggers: {
        getText: [state.year, state.noFigureText, state.notDrawnText],
        getTextAnchor: [state.year],
        getPixelOffset: [state.year],
        getColor: [p.label, emphasis.key],
      },
    },
  };
}
