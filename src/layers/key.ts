import type { EventCategory } from '../data/categories';
import type { Dataset, DiplomaticStatus } from '../data/schema';
import type { FlowRole } from '../data/selectors';
import { legendStops, type WidthScale } from './scales';

/** The words the key needs (the interface's strings give them), so the layers need no text module. */
export interface KeyWords {
  noFigure: string;
  notDrawn: string;
  role: Record<FlowRole, string>;
  statusNames: Record<DiplomaticStatus, string>;
  featuredRelation: (status: string, partner: string) => string;
  categoryNames: Record<EventCategory, string>;
  compare: {
    changeKey: Record<'up' | 'down' | 'notCompared' | 'oneYear', string>;
    keyTitle: (a: string, b: string) => string;
  };
}

/** One entry of a key: a colour, how it is drawn, and what it means. */
export interface KeyItem {
  color: string;
  label: string;
  shape: 'line' | 'dashed' | 'dotted' | 'dot';
  /** Drawn twice as thick: the relation the story is about. */
  heavy?: boolean;
}

/** A mark printed beside a capital's name, and what it means. */
export interface KeyMark {
  mark: string;
  label: string;
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

/** An arc width a key shows, with the value it stands for. */
export interface WidthEntry {
  width: number;
  label: string;
}

/** The arc widths of a key: the widest value, then each ten times smaller, the last "up to" the thinnest line. */
export function widthEntries(
  scale: WidthScale,
  usd: (value: number) => string,
  upTo: (value: string) => string,
): WidthEntry[] {
  return legendStops(scale).map((w) => ({
    width: w.width,
    label: w.atMost ? upTo(usd(w.value)) : usd(w.value),
  }));
}

/** The countries' shading in a key: the focus country's colour, then the other countries in the data. */
export function shadingEntries(
  dataset: Dataset,
  colors: { focus: string; partner: string },
  t: { shadingFocus: (name: string) => string; shadingPartners: string },
): Array<{ color: string; label: string }> {
  const focus = dataset.actors.find((a) => a.code === dataset.focus);
  return [
    ...(focus ? [{ color: colors.focus, label: t.shadingFocus(focus.name) }] : []),
    { color: colors.partner, label: t.shadingPartners },
  ];
}
