import { html } from 'lit';
import type { Dataset } from '../../data/schema';
import { downloadFlowsCsv } from '../../download';
import type { ImageType } from '../../picture/image-download';
import type { Strings } from '../../text/strings';

/** The Downloads box: the view as a PNG or an SVG, and the trade figures of the year or of every year as CSV. */
export function renderDownloads(
  dataset: Dataset,
  year: number,
  s: Strings,
  downloadImage: (type: ImageType) => void,
) {
  return html`<details class="downloads">
    <summary>${s.downloads}</summary>
    <div class="download-buttons">
      <button type="button" data-download="png" @click=${() => downloadImage('image/png')}>${s.png}</button>
      <button type="button" data-download="svg" @click=${() => downloadImage('image/svg+xml')}>${s.svg}</button>
      <button type="button" data-download="year" @click=${() => downloadFlowsCsv(dataset, year)}
        >${s.csvYear(String(year))}</button
      >
      <button type="button" data-download="all" @click=${() => downloadFlowsCsv(dataset)}>${s.csvAll}</button>
    </div>
  </details>`;
}
