import { html } from 'lit';
import type { Dataset } from '../../data/schema';
import { downloadFlowsCsv } from '../../download';
import type { Strings } from '../../strings';

/** The Downloads box: a PNG of the view, and the trade figures of the year or of every year as CSV. */
export function renderDownloads(dataset: Dataset, year: number, s: Strings, downloadImage: () => void) {
  return html`<details class="downloads">
    <summary>${s.downloads}</summary>
    <div class="download-buttons">
      <button type="button" data-download="png" @click=${downloadImage}>${s.png}</button>
      <button type="button" data-download="year" @click=${() => downloadFlowsCsv(dataset, year)}
        >${s.csvYear(String(year))}</button
      >
      <button type="button" data-download="all" @click=${() => downloadFlowsCsv(dataset)}>${s.csvAll}</button>
    </div>
  </details>`;
}
