import { css, html, nothing, svg } from 'lit';
import { formatNumber, formatUsd } from '../data/format';
import type { DiplomaticStatus } from '../data/schema';
import type { FlowRole } from '../data/selectors';
import { cssColor, type LayerPalette } from '../layers/colors';
import { keyDashArray } from '../layers/key';
import { shapeOf, statusStroke } from '../layers/relations';
import type { LegendStop } from '../layers/scales';
import type { EventCategory } from '../layers/types';
import type { Strings } from '../text/strings';
import { FrameworkElement } from './framework-element';

export type ScaleMode = 'locked' | 'year';

export interface LegendModel {
  palette: LayerPalette;
  stops: LegendStop[];
  minWidth: number;
  scaleMode: ScaleMode;
  year: number;
  /** BCP 47 locale for the numbers. */
  locale: string;
  showTrade: boolean;
  /** The directions drawn: the key lists only these. */
  roles: readonly FlowRole[];
  /** Partners the direction filter hides, said under the key; empty when none. */
  hiddenPartners: string;
  showRelations: boolean;
  showEvents: boolean;
  strings: Strings;
}

// Colour keys are SVG shapes with fill attributes: a strict Content-Security-Policy blocks style attributes,
// and Lit's styleMap writes one on first render.
const swatch = (color: string) =>
  svg`<svg class="swatch" width="18" height="6" aria-hidden="true"><rect width="18" height="6" rx="3" fill=${color}></rect></svg>`;
const dot = (color: string, r: number) =>
  svg`<svg class="dot" width=${2 * r + 2} height=${2 * r + 2} aria-hidden="true"><circle cx=${r + 1} cy=${r + 1} r=${r} fill=${color} stroke="#fff"></circle></svg>`;

const categories: readonly EventCategory[] = ['diplomatic', 'economic', 'security', 'context'];
const statuses: readonly DiplomaticStatus[] = ['full', 'downgraded', 'severed', 'none'];

/**
 * The key to the map: arc widths with the values they stand for, the colours of the directions, and the line
 * styles of the diplomatic statuses.
 *
 * @fires scale-input - The reader switched between widths locked across years and rescaled per year (not composed). `detail: { mode }`
 */
export class RelationsLegend extends FrameworkElement {
  static override properties = { model: { attribute: false } };
  declare model: LegendModel | undefined;

  constructor() {
    super();
    this.model = undefined;
  }

  private setMode(locked: boolean): void {
    const mode: ScaleMode = locked ? 'locked' : 'year';
    this.dispatchEvent(new CustomEvent('scale-input', { detail: { mode }, bubbles: true }));
  }

  protected override render() {
    const m = this.model;
    if (!m) return nothing;
    const p = m.palette;
    const t = m.strings;
    return html`
      ${
        m.showTrade
          ? html`<section aria-label=${t.tradeKey}>
              <h3>${t.tradeKeyTitle}</h3>
              <ul class="widths">
                ${m.stops.map(
                  (s) => html`<li>
                    ${svg`<svg width="44" height="24" aria-hidden="true"><line x1="2" y1="12" x2="42" y2="12" stroke="${cssColor(p.flow.total)}" stroke-width="${s.width}" stroke-linecap="round"></line></svg>`}
                    <span>${s.atMost ? t.upTo(formatUsd(s.value, m.locale)) : formatUsd(s.value, m.locale)}</span>
                  </li>`,
                )}
              </ul>
              <p class="small">
                ${t.widthRule(formatNumber(m.minWidth, m.locale))}
                ${m.scaleMode === 'locked' ? t.sameScale : t.scaledTo(String(m.year))}
              </p>
              <label class="small"
                ><input
                  type="checkbox"
                  .checked=${m.scaleMode === 'year'}
                  @change=${(e: Event) => this.setMode(!(e.target as HTMLInputElement).checked)}
                />
                ${t.rescale}</label
              >
              <ul class="keys">
                ${m.roles.map((role) => html`<li>${swatch(cssColor(p.flow[role]))}${t.role[role]}</li>`)}
              </ul>
              ${m.hiddenPartners ? html`<p class="small hidden-partners">${m.hiddenPartners}</p>` : nothing}
            </section>`
          : nothing
      }
      ${
        m.showRelations
          ? html`<section aria-label=${t.relationsKey}>
              <h3>${t.layerNames.relations}</h3>
              <ul class="keys">
                ${statuses.map((status) => {
                  const dash = keyDashArray(shapeOf(status));
                  return html`<li>
                    ${svg`<svg width="44" height="12" aria-hidden="true"><line x1="2" y1="6" x2="42" y2="6" stroke="${cssColor(p.status[status])}" stroke-width="${statusStroke[status].width}" stroke-dasharray=${dash ?? nothing}></line></svg>`}
                    ${t.statusNames[status]}
                  </li>`;
                })}
                <li>
                  ${dot(cssColor(p.status.full), 4)}${t.embassyKey}
                </li>
              </ul>
            </section>`
          : nothing
      }
      ${
        m.showEvents
          ? html`<section aria-label=${t.eventsKey}>
              <h3>${t.eventsKeyTitle}</h3>
              <ul class="keys">
                ${categories.map((c) => html`<li>${dot(cssColor(p.event[c]), 6)}${t.categoryNames[c]}</li>`)}
              </ul>
            </section>`
          : nothing
      }
    `;
  }

  static override styles = css`
    :host {
      display: block;
      font-size: 12px;
      line-height: 1.35;
    }
    h3 {
      margin: 0 0 4px;
      font-size: 12px;
    }
    section + section {
      margin-top: 8px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .widths li,
    .keys li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .keys {
      margin-top: 4px;
    }
    .small {
      margin: 2px 0;
      font-size: 11px;
      display: block;
    }
    /* On phones the map sets --relations-touch-size to 44px: the whole row is the checkbox's target. */
    label.small {
      display: flex;
      align-items: center;
      gap: 4px;
      min-height: var(--relations-touch-size, 0);
    }
    .swatch,
    .dot {
      flex: none;
    }
    input:focus-visible {
      outline: 3px solid var(--relations-focus, #2563eb);
    }
  `;
}

customElements.get('relations-legend') ?? customElements.define('relations-legend', RelationsLegend);

declare global {
  interface HTMLElementTagNameMap {
    'relations-legend': RelationsLegend;
  }
}
