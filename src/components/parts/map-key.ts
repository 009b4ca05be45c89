import { html, nothing, svg } from 'lit';
import { LastValue } from '../../data/memo';
import type { Dataset } from '../../data/schema';
import type { Direction } from '../../data/selectors';
import { drawnKey, labelMarks } from '../../layers';
import { layerPalettes } from '../../layers/colors';
import { type KeyItem, type KeyMark, keyDashArray } from '../../layers/key';
import type { LayerToken } from '../../layers/types';
import type { Lang } from '../../text/strings';

/** Each shape as the map draws it, in a few pixels: SVG attributes, as a strict Content-Security-Policy requires. */
const mark = (item: KeyItem) => {
  if (item.shape === 'dot')
    return svg`<svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill=${item.color}></circle></svg>`;
  return svg`<svg width="20" height="12" aria-hidden="true"><line x1="1" y1="6" x2="19" y2="6" stroke=${item.color} stroke-width=${item.heavy ? 6 : 3} stroke-dasharray=${keyDashArray(item.shape) ?? nothing}></line></svg>`;
};

/**
 * The key that stays on the map in every layout: a line per thing drawn for the year and layers shown, so a reader
 * never has to scroll a panel to read a colour. Widths and the scale stay in the panel's fuller legend.
 */
export function renderMapKey(
  key: { items: readonly KeyItem[]; marks: readonly KeyMark[] },
  label: string,
  /** Said when some capitals are drawn without their names (no room at this size): which ones. */
  unlabelled: string,
) {
  if (key.items.length === 0 && key.marks.length === 0 && !unlabelled) return nothing;
  return html`<ul class="map-key" part="key" aria-label=${label}>
    ${key.items.map((item) => html`<li>${mark(item)}<span>${item.label}</span></li>`)}
    ${key.marks.map((m) => html`<li><b class="label-mark">${m.mark}</b><span>${m.label}</span></li>`)}
    ${unlabelled ? html`<li class="unlabelled">${unlabelled}</li>` : nothing}
  </ul>`;
}

/** The key's items, the same array while what is drawn is unchanged, so hovering the map does not rebuild it. */
export class MapKeyCache {
  private readonly memo = new LastValue<{ items: KeyItem[]; marks: KeyMark[] }>();

  items(
    dataset: Dataset,
    year: number,
    layers: ReadonlySet<LayerToken>,
    direction: Direction,
    theme: 'light' | 'dark',
    lang: Lang,
  ): { items: KeyItem[]; marks: KeyMark[] } {
    const key = [year, [...layers].join(), direction, theme, lang.locale].join('|');
    return this.memo.get(dataset, key, () => ({
      items: drawnKey(dataset, year, layers, direction, layerPalettes[theme], lang.t),
      marks: labelMarks(dataset, year, layers, lang.t),
    }));
  }
}
