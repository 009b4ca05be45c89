import type { Dataset } from '../../data/schema';
import { layerPalettes } from '../../layers/colors';
import { defaultWidthScale, legendStops, widthScaleFor } from '../../layers/scales';
import type { LayerToken } from '../../layers/types';
import type { Lang } from '../../strings';
import type { LegendModel, ScaleMode } from '../relations-legend';

/** The legend's model, the same object while nothing it shows changed, so the legend does not re-render on hover. */
export class LegendModelCache {
  private cached: { dataset: Dataset; key: string; model: LegendModel } | undefined;

  model(
    dataset: Dataset,
    year: number,
    scale: ScaleMode,
    theme: 'light' | 'dark',
    layers: ReadonlySet<LayerToken>,
    lang: Lang,
  ): LegendModel {
    const key = [theme, scale, year, lang.locale, [...layers].join()].join('|');
    const cached = this.cached;
    if (cached && cached.dataset === dataset && cached.key === key) return cached.model;
    const model: LegendModel = {
      palette: layerPalettes[theme],
      stops: legendStops(widthScaleFor(dataset, year, scale)),
      minWidth: defaultWidthScale.minWidth,
      scaleMode: scale,
      year,
      locale: lang.locale,
      showTrade: layers.has('trade'),
      showRelations: layers.has('relations'),
      showEvents: layers.has('events'),
      strings: lang.t,
    };
    this.cached = { dataset, key, model };
    return model;
  }
}
