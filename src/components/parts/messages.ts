import { html, nothing } from 'lit';
import type { Strings } from '../../text/strings';
import type { DataErrorDetail } from '../../types';

export interface MessageState {
  started: boolean;
  loading: boolean;
  /** The map could not be made (MapLibre, deck.gl or the basemap failed to load). */
  fatal: string;
  dataError: DataErrorDetail | undefined;
  /** A dataset is on screen: a failed new one leaves it there, and the message says so. */
  keptDataset: boolean;
  notice: string;
  /** The static first frame is on screen, with its own note that the interactive map is loading. */
  picture?: boolean;
  retry: () => void;
}

/** What the element says over the map: loading, a fatal error, a refused dataset (with Retry), a notice. */
export function renderMessages(m: MessageState, s: Strings) {
  const error = m.dataError;
  return html`
    ${m.started && m.loading && !m.fatal && !m.picture ? html`<div class="loading" role="status">${s.loading}</div>` : nothing}
    ${m.fatal ? html`<div class="message fatal" part="message" role="alert">${m.fatal}</div>` : nothing}
    ${
      error
        ? html`<div class="message error" part="message" role="alert">
            <strong>${s.dataErrorTitle}</strong> (${error.source})
            <ul>
              ${error.problems.slice(0, 8).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
            </ul>
            ${m.keptDataset ? html`<p>${s.dataErrorKeep}</p>` : nothing}
            <button type="button" @click=${m.retry}>${s.retry}</button>
          </div>`
        : nothing
    }
    ${m.notice ? html`<div class="message notice" part="message" role="status">${m.notice}</div>` : nothing}
  `;
}
