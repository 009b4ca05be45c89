import { html, type nothing, svg, type TemplateResult } from 'lit';
import { highlightIds } from '../../basemap/highlight';
import { staticMapModel } from '../../basemap/static-map';
import { type BasemapColors, countriesFromTopology } from '../../basemap/style';
import type { Topology } from '../../basemap/topology';
import { maxDrawnValue } from '../../data/selectors';
import { yearSummary } from '../../data/summary';
import { STORY_BOUNDS } from '../../engine/framing';
import { cssColor, type LayerPalette } from '../../layers/colors';
import { sqrtWidthScale } from '../../layers/scales';
import { renderTable, type TableInputs } from './table-view';

export interface FallbackInputs extends TableInputs {
  topology: Topology | undefined;
  palette: LayerPalette;
  colors: BasemapColors;
  /** The year slider, unless the page brings its own controls. */
  slider: TemplateResult | typeof nothing;
}

/**
 * Without WebGL: a one-line explanation, a static SVG picture of the year's flows (same data, same projection)
 * and the figures as a real table. The year can still be changed.
 */
export function renderFallback(f: FallbackInputs) {
  const { dataset, year, palette, colors } = f;
  const countries = f.topology ? countriesFromTopology(f.topology, highlightIds(dataset)) : undefined;
  const model = staticMapModel(dataset, year, countries, {
    width: 800,
    height: 560,
    bounds: STORY_BOUNDS,
    widthScale: sqrtWidthScale(maxDrawnValue(dataset), { minWidth: 1.5, maxWidth: 14 }),
  });
  const fill = { focus: colors.focus, partner: colors.partner, other: colors.land };
  return html`<div class="fallback" part="fallback">
    <p class="fallback-note" role="note">${f.strings.noWebgl}</p>
    <slot name="fallback"></slot>
    ${f.slider}
    <svg class="static-map" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-label=${f.strings.staticMapLabel(String(year))}>
      <desc>${yearSummary(dataset, year, { t: f.strings, locale: f.locale })}</desc>
      <rect width=${model.width} height=${model.height} fill=${colors.ocean}></rect>
      ${model.countries.map((c) => svg`<path d=${c.d} fill=${fill[c.role]} stroke=${colors.coast} stroke-width="0.5"></path>`)}
      ${model.arcs.map(
        (a) =>
          svg`<path d=${a.d} fill="none" stroke=${cssColor(palette.flow[a.role])} stroke-width=${a.width} stroke-linecap="round"><title>${a.title}</title></path>`,
      )}
      ${model.capitals.map(
        (
          c,
        ) => svg`<circle cx=${c.x} cy=${c.y} r=${c.focus ? 6 : 4} fill=${cssColor(c.focus ? palette.focusCapital : palette.capital)} stroke="#fff"></circle>
          <text x=${c.x + 7} y=${c.y + 4} font-size="13" fill=${cssColor(palette.label)} stroke=${cssColor(palette.labelHalo)} stroke-width="3" paint-order="stroke">${c.name}</text>`,
      )}
    </svg>
    ${renderTable(f)}
  </div>`;
}
