import { html, nothing, svg } from 'lit';
import { basemapThemes } from '../../basemap/style';
import { formatUsd } from '../../data/format';
import { LastValue } from '../../data/memo';
import type { Dataset } from '../../data/schema';
import type { Direction } from '../../data/selectors';
import { drawnKey, labelMarks } from '../../layers';
import { layerPalettes } from '../../layers/colors';
import {
  type KeyItem,
  type KeyMark,
  keyDashArray,
  shadingEntries,
  type WidthEntry,
  widthEntries,
} from '../../layers/key';
import type { WidthScale } from '../../layers/scales';
import type { LayerToken } from '../../layers/types';
import type { Lang } from '../../text/strings';

/** Each shape as the map draws it, in a few pixels: SVG attributes, as a strict Content-Security-Policy requires. */
const mark = (item: KeyItem) => {
  if (item.shape === 'dot')
    return svg`<svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill=${item.color}></circle></svg>`;
  return svg`<svg width="20" height="12" aria-hidden="true"><line x1="1" y1="6" x2="19" y2="6" stroke=${item.color} stroke-width=${item.heavy ? 6 : 3} stroke-dasharray=${keyDashArray(item.shape) ?? nothing}></line></svg>`;
};

/** What the map key lists: the lines and dots drawn, the labels' marks, the arcs' widths and the countries' shading. */
export interface MapKeyContent {
  items: KeyItem[];
  marks: KeyMark[];
  widths: WidthEntry[];
  areas: Array<{ color: string; label: string }>;
}

/**
 * The key that stays on the map in every layout: a line per thing drawn for the year and layers shown, the arcs'
 * widths with their values and the countries' shading, so a reader never has to open a panel to read a mark (the
 * widths were in the panel's legend only, and gone with the panel folded).
 */
export function renderMapKey(
  key: MapKeyContent,
  label: string,
  /** Said when some capitals are drawn without their names (no room at this size): which ones. */
  unlabelled: string,
) {
  if (key.items.length === 0 && key.marks.length === 0 && !unlabelled) return nothing;
  return html`<ul class="map-key" part="key" aria-label=${label}>
    ${key.items.map((item) => html`<li>${mark(item)}<span>${item.label}</span></li>`)}
    ${
      key.widths.length
        ? html`<li class="widths">${key.widths.map(
            (w) =>
              html`${svg`<svg width="14" height="12" aria-hidden="true"><line x1="1" y1="6" x2="13" y2="6" stroke="currentColor" stroke-opacity="0.6" stroke-width=${Math.max(1, Math.min(10, w.width))}></line></svg>`}<span>${w.label}</span>`,
          )}</li>`
        : nothing
    }
    ${key.areas.map((a) => html`<li>${svg`<svg width="12" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="11" height="11" fill=${a.color} stroke="currentColor" stroke-opacity="0.4"></rect></svg>`}<span>${a.label}</span></li>`)}
    ${key.marks.map((m) => html`<li><b class="label-mark">${m.mark}</b><span>${m.label}</span></li>`)}
    ${unlabelled ? html`<li class="unlabelled">${unlabelled}</li>` : nothing}
  </ul>`;
}

/** The key's items, the same array while what is drawn is unchanged, so hovering the map does not rebuild it. */
export class MapKeyCache {
  private readonly memo = new LastValue<MapKeyContent>();

  items(
    dataset: Dataset,
    year: number,
    layers: ReadonlySet<LayerToken>,
    direction: Direction,
    theme: 'light' | 'dark',
    lang: Lang,
    widthScale: WidthScale,
    compare?: readonly [number, number],
  ): MapKeyContent {
    const { t, locale } = lang;
    const key = [year, [...layers].join(), direction, theme, locale, widthScale.domainMax, compare].join('|');
    return this.memo.get(dataset, key, () => ({
      items: drawnKey(dataset, year, layers, direction, layerPalettes[theme], t, compare),
      marks: labelMarks(dataset, year, layers, t),
      widths: layers.has('trade') ? widthEntries(widthScale, (v) => formatUsd(v, locale), t.upTo) : [],
      areas: shadingEntries(dataset, basemapThemes[theme], t),
    }));
  }
}
