import type { EventCategory } from '../data/categories';
import type { DiplomaticStatus } from '../data/schema';
import type { FlowRole } from '../data/selectors';

/** The words the key needs (the interface's strings give them), so the layers need no text module. */
export interface KeyWords {
  noFigure: string;
  notDrawn: string;
  role: Record<FlowRole, string>;
  statusNames: Record<DiplomaticStatus, string>;
  featuredRelation: (status: string, partner: string) => string;
  categoryNames: Record<EventCategory, string>;
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
