import { html } from 'lit';
import type { MapLinkPort } from '../../controllers/map-link';
import type { Dataset } from '../../data/schema';
import type { Direction } from '../../data/selectors';
import type { LayerToken } from '../../layers/types';
import type { Strings } from '../../text/strings';
import '../relations-table';
import type { TimelineSelectDetail } from '../relations-timeline';

export interface TableInputs {
  dataset: Dataset;
  year: number;
  layers: ReadonlySet<LayerToken>;
  direction: Direction;
  strings: Strings;
  locale: string;
}

/** The year's figures as sortable tables, following the map's year, layers and direction. */
export function renderTable(t: TableInputs) {
  return html`<relations-table
    .data=${t.dataset}
    .year=${t.year}
    .layers=${t.layers}
    .direction=${t.direction}
    .strings=${t.strings}
    .locale=${t.locale}
  ></relations-table>`;
}

/**
 * The table view: the same figures as the map, over the map, with the controls still beside it. An event chosen in
 * it is shown on the map.
 */
export function renderTableView(
  t: TableInputs,
  actions: Pick<MapLinkPort, 'showEvent'> & { setMode(mode: 'map'): void },
) {
  const s = t.strings;
  return html`<section
    class="panel table-view"
    part="table-view"
    aria-labelledby="table-view-title"
    @timeline-select=${(e: CustomEvent<TimelineSelectDetail>) => actions.showEvent(e.detail.id)}
  >
    <header>
      <h2 id="table-view-title" tabindex="-1">${s.tableLabel(String(t.year))}</h2>
      <button type="button" class="to-map" @click=${() => actions.setMode('map')}>${s.mapView}</button>
    </header>
    ${renderTable(t)}
  </section>`;
}
