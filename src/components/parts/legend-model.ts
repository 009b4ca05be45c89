import { LastValue } from '../../data/memo';
import type { Dataset } from '../../data/schema';
import { type Direction, partnersWithoutDirection } from '../../data/selectors';
import { layerPalettes } from '../../layers/colors';
import { defaultWidthScale, legendStops, widthScaleFor } from '../../layers/scales';
import type { LayerToken } from '../../layers/types';
import { type Lang, withDataset } from '../../text/strings';
import type { LegendModel, ScaleMode } from '../relations-legend';

/** The legend's model, the same object while nothing it shows changed, so the legend does not re-render on hover. */
export class LegendModelCache {
  private readonly memo = new LastValue<LegendModel>();

  model(
    dataset: Dataset,
    year: number,
    scale: ScaleMode,
    theme: 'light' | 'dark',
    layers: ReadonlySet<LayerToken>,
    direction: Direction,
    given: Lang,
    /** A story step draws a change: its colours are in the map's key, not the year's directions. */
    comparing = false,
  ): LegendModel {
    const lang = withDataset(given, dataset);
    const key = [theme, scale, year, lang.locale, [...layers].join(), direction, comparing].join('|');
    return this.memo.get(dataset, key, () => ({
      palette: layerPalettes[theme],
      stops: legendStops(widthScaleFor(dataset, year, scale)),
      minWidth: defaultWidthScale.minWidth,
      scaleMode: scale,
      year,
      locale: lang.locale,
      showTrade: layers.has('trade'),
      roles: comparing ? [] : direction === 'both' ? ['exports', 'imports', 'total'] : [direction],
      hiddenPartners: hiddenPartnersNote(dataset, year, direction, lang),
      showRelations: layers.has('relations'),
      showEvents: layers.has('events'),
      strings: lang.t,
    }));
  }
}

/** "Not drawn: Thailand, Philippines, with no figure for DPRK exports this year…", or empty. */
export function hiddenPartnersNote(
  dataset: Dataset,
  year: number,
  direction: Direction,
  given: Lang,
): string {
  if (direction === 'both') return '';
  const lang = withDataset(given, dataset);
  const hidden = partnersWithoutDirection(dataset, year, direction);
  if (hidden.length === 0) return '';
  const names = new Intl.ListFormat(lang.locale, { type: 'conjunction' }).format(hidden.map((a) => a.name));
  return lang.t.noDirectionFigure(lang.t.role[direction], names);
}
