import { html } from 'lit';
import type { DetailView } from '../../text/details';
import type { Strings } from '../../text/strings';
import '../relations-details';

/**
 * The details panel of what the reader chose; closing it hands focus back (the root says where). On a phone (`brief`)
 * they open as a few lines, the rest under "More".
 */
export const renderDetails = (view: DetailView, s: Strings, close: () => void, brief: boolean) =>
  html`<relations-details
    class="panel details"
    part="details"
    .view=${view}
    .closeLabel=${s.closeDetails}
    .sourcesLabel=${s.sources}
    .moreLabel=${s.moreDetails}
    ?brief=${brief}
    @details-close=${close}
  ></relations-details>`;
