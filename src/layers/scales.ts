import type { Dataset } from '../data/schema';
import { flowsForYear, maxDrawnValue } from '../data/selectors';

/**
 * Arc widths. Values span more than three orders of magnitude (6 billion to 2 million US dollars), so a linear
 * scale would make the small partners invisible; a square-root scale keeps area roughly honest, and a minimum width
 * keeps the smallest flows visible. The legend states both.
 */
export interface WidthScaleOptions {
  /** Width in pixels of the largest value in the domain. */
  maxWidth: number;
  /** No arc is thinner than this, whatever its value. */
  minWidth: number;
}

export const defaultWidthScale: WidthScaleOptions = { maxWidth: 18, minWidth: 1.5 };

export interface WidthScale {
  (value: number): number;
  domainMax: number;
  options: WidthScaleOptions;
}

export function sqrtWidthScale(
  domainMax: number,
  options: WidthScaleOptions = defaultWidthScale,
): WidthScale {
  const max = domainMax > 0 ? domainMax : 1;
  const scale = ((value: number) => {
    if (!Number.isFinite(value) || value <= 0) return options.minWidth;
    return Math.max(options.minWidth, options.maxWidth * Math.sqrt(Math.min(value, max) / max));
  }) as WidthScale;
  scale.domainMax = max;
  scale.options = options;
  return scale;
}

/** A legend stop; `atMost`: every smaller value is drawn at this same, minimum width. */
export interface LegendStop {
  value: number;
  width: number;
  atMost?: boolean;
}

/**
 * Round values for the legend, from the domain's top down, each drawn at its scaled width. The list ends at the
 * first value drawn at (or within half a pixel of) the minimum width, as "up to" that value: below it every arc
 * looks the same, and two swatches that look alike would say otherwise.
 */
export function legendStops(scale: WidthScale, count = 4): LegendStop[] {
  const stops: LegendStop[] = [];
  let value = niceBelow(scale.domainMax);
  while (stops.length < count && value > 0) {
    const width = scale(value);
    if (width <= scale.options.minWidth + 0.5) {
      stops.push({ value, width, atMost: true });
      break;
    }
    stops.push({ value, width });
    value = niceBelow(value / 10);
  }
  return stops;
}

/** The largest 1, 2 or 5 times a power of ten that is not above the value. */
export function niceBelow(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [5, 2, 1]) if (m * power <= value) return m * power;
  return power;
}

/**
 * The arc widths of a year: `locked`, one scale for every year (the largest figure drawn in any year); `year`,
 * rescaled to the year's own largest.
 */
export function widthScaleFor(dataset: Dataset, year: number, mode: 'locked' | 'year'): WidthScale {
  const max =
    mode === 'year'
      ? Math.max(0, ...flowsForYear(dataset, year).map((f) => f.valueUsd))
      : maxDrawnValue(dataset);
  return sqrtWidthScale(max);
}
