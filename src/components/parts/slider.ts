import { html } from 'lit';
import type { MapLinkPort } from '../../controllers/map-link';
import '../relations-year-slider';
import type { YearInputDetail } from '../relations-year-slider';

/** The year slider of the built-in panel and of the no-WebGL picture: the map's stops, its year, its language. */
export function renderSlider(port: MapLinkPort, compact = false) {
  const s = port.strings;
  return html`<relations-year-slider
    ?compact=${compact}
    .stops=${port.yearStops}
    .value=${port.year}
    .label=${s.year}
    .playLabel=${s.play}
    .pauseLabel=${s.pause}
    @year-input=${(e: CustomEvent<YearInputDetail>) => port.setYear(e.detail.year)}
  ></relations-year-slider>`;
}
