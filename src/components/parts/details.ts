import { html } from 'lit';
import type { DetailView } from '../../text/details';
import type { Strings } from '../../text/strings';
import '../relations-details';

/** The details panel of what the reader chose; closing it hands focus back (the root says where). */
export const renderDetails = (view: DetailView, s: Strings, close: () => void) =>
  html`<relations-details
    class="panel details"
    part="details"
    .view=${view}
    .closeLabel=${s.closeDetails}
    .sourcesLabel=${s.sources}
    @details-close=${close}
  ></relations-details>`;
