import { html, type nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderTable, type TableInputs } from './table-view';

export interface FallbackInputs extends TableInputs {
  /** The static picture's markup: '' until its code and the basemap are in. */
  picture: string;
  /** The year slider, unless the page brings its own controls. */
  slider: TemplateResult | typeof nothing;
}

/**
 * Without WebGL: a one-line explanation, the static picture of the year (the same renderer, projection and layers
 * as the first frame) and the figures as a real table. The year can still be changed.
 */
export function renderFallback(f: FallbackInputs) {
  return html`<div class="fallback" part="fallback">
    <p class="fallback-note" role="note">${f.strings.noWebgl}</p>
    <slot name="fallback"></slot>
    ${f.slider}
    ${unsafeHTML(f.picture)}
    ${renderTable(f)}
  </div>`;
}
