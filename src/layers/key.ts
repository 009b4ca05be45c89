import { type EventCategory, eventCategories, eventCategory } from '../data/categories';
import type { Dataset, DiplomaticStatus } from '../data/schema';
import {
  type Direction,
  eventsForYear,
  type FlowRole,
  flowRole,
  flowsForYear,
  relationsForYear,
} from '../data/selectors';
import { capitalData, labelText, NO_FIGURE_MARK, NOT_DRAWN_MARK } from './capitals';
import { cssColor, type LayerPalette } from './colors';
import { statusStroke } from './relations';
import type { LayerToken } from './types';

/** The words the key needs (the interface's strings give them), so the layers need no text module. */
export interface KeyWords {
  noFigure: string;
  notDrawn: string;
  role: Record<FlowRole, string>;
  statusNames: Record<DiplomaticStatus, string>;
  categoryNames: Record<EventCategory, string>;
}

/** One entry of a key: a colour, how it is drawn, and what it means. */
export interface KeyItem {
  color: string;
  label: string;
  shape: 'line' | 'dashed' | 'dotted' | 'dot';
}

/** A mark printed beside a capital's name, and what it means. */
export interface KeyMark {
  mark: string;
  label: string;
}

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

/**
 * How each shape of a key is dashed, in pixels of a key's line (butt caps): the map's key, the panel's legend, the
 * exported PNG and SVG all draw from this one table, so the status reads the same everywhere.
 */
export const KEY_DASH: Record<KeyItem['shape'], readonly number[]> = {
  line: [],
  dashed: [6, 3],
  dotted: [2, 3],
  dot: [],
};

/** The dash of a shape as an SVG `stroke-dasharray` value, or undefined for a solid line. */
export const keyDashArray = (shape: KeyItem['shape']): string | undefined =>
  KEY_DASH[shape].length ? KEY_DASH[shape].join(' ') : undefined;

export const shapeOf = (status: DiplomaticStatus): KeyItem['shape'] => {
  const stroke = statusStroke[status];
  return stroke.dashCount === 1 ? 'line' : stroke.fill > 0.5 ? 'dashed' : 'dotted';
};

/**
 * The key of what is drawn, and only that: the trade directions of the year and direction shown, the diplomatic
 * statuses present, the kinds of event present. The map's own key and an exported image both read it.
 */
export function drawnKey(
  dataset: Dataset,
  year: number,
  layers: ReadonlySet<LayerToken>,
  direction: Direction,
  palette: LayerPalette,
  t: KeyWords,
): KeyItem[] {
  const keys: KeyItem[] = [];
  if (layers.has('trade')) {
    const roles = new Set(flowsForYear(dataset, year, direction).map((f) => flowRole(f, dataset.focus)));
    for (const role of ['exports', 'imports', 'total'] as const)
      if (roles.has(role))
        keys.push({ color: cssColor(palette.flow[role]), label: t.role[role], shape: 'line' });
  }
  if (layers.has('relations')) {
    const statuses = new Set(relationsForYear(dataset, year).map((r) => r.status));
    for (const status of ['full', 'downgraded', 'severed', 'none'] as const)
      if (statuses.has(status))
        keys.push({
          color: cssColor(palette.status[status]),
          label: t.statusNames[status],
          shape: shapeOf(status),
        });
  }
  if (layers.has('events')) {
    const present = new Set(eventsForYear(dataset, year).map((e) => eventCategory[e.kind]));
    for (const c of eventCategories)
      if (present.has(c))
        keys.push({ color: cssColor(palette.event[c]), label: t.categoryNames[c], shape: 'dot' });
  }
  return keys;
}
