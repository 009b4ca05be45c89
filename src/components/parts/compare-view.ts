import { html, nothing } from 'lit';
import type { MapLinkPort } from '../../controllers/map-link';
import type { DisplayMode } from '../../types';
import type { YearSelectDetail } from '../relations-compare';
import { renderTableView, type TableInputs } from './table-view';

/** The element arrives in a chunk of its own, when a reader first opens the view. */
const loadCompare = () => void import('../relations-compare');

/**
 * The compare view (`mode="compare"`): over the map, as the table view is, every year as a small picture and what
 * changed between the two years compared. A picture opens its year on the map and goes back to it.
 */
export function renderCompareView(
  t: TableInputs & { compare: string | undefined; theme: 'light' | 'dark' },
  actions: Pick<MapLinkPort, 'setYear'> & { setMode(mode: 'map'): void },
) {
  const s = t.strings;
  loadCompare();
  return html`<section
    class="panel table-view compare-view"
    part="compare-view"
    aria-labelledby="compare-view-title"
    @year-select=${(e: CustomEvent<YearSelectDetail>) => {
      actions.setYear(e.detail.year);
      actions.setMode('map');
    }}
  >
    <header>
      <h2 id="compare-view-title" tabindex="-1">${s.compareView}</h2>
      <button type="button" class="to-map" @click=${() => actions.setMode('map')}>${s.mapView}</button>
    </header>
    <relations-compare
      .data=${t.dataset}
      .compare=${t.compare}
      .year=${t.year}
      .layers=${t.layers}
      .direction=${t.direction}
      .strings=${s}
      .locale=${t.locale}
      .colors=${t.theme}
    ></relations-compare>
  </section>`;
}

/** The view that lies over the map in `mode="table"` or `mode="compare"`, or nothing in the other modes. */
export function renderCoveringView(
  mode: DisplayMode,
  t: TableInputs & { compare: string | undefined; theme: 'light' | 'dark' },
  actions: Pick<MapLinkPort, 'showEvent' | 'setYear'> & { setMode(mode: 'map'): void },
) {
  if (mode === 'table') return renderTableView(t, actions);
  return mode === 'compare' ? renderCompareView(t, actions) : nothing;
}
