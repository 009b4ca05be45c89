import { css, html, nothing } from 'lit';
import { briefOf, type DetailItem, type DetailView } from '../text/details';
import { sourceLinks } from '../text/source-links';
import { en } from '../text/strings';
import { FrameworkElement } from './framework-element';

/**
 * The details panel: a selection's status, figures (alternatives included), events and sources. Everything is
 * rendered as text; only http(s) source addresses become links.
 *
 * @fires details-close - The reader closed the panel (button or Escape; not composed).
 * @csspart panel - The panel.
 */
export class RelationsDetails extends FrameworkElement {
  static override properties = {
    view: { attribute: false },
    closeLabel: { type: String },
    sourcesLabel: { type: String },
    moreLabel: { type: String },
    brief: { type: Boolean, reflect: true },
  };
  declare view: DetailView | undefined;
  declare closeLabel: string;
  declare sourcesLabel: string;
  /** The summary of the folded rest, when `brief`. */
  declare moreLabel: string;
  /** A few lines (what, status, figure, why), the rest folded under "More": for a phone. */
  declare brief: boolean;

  constructor() {
    super();
    this.view = undefined;
    this.closeLabel = en.closeDetails;
    this.sourcesLabel = en.sources;
    this.moreLabel = en.moreDetails;
    this.brief = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    }
  };

  private close = () => {
    this.dispatchEvent(new CustomEvent('details-close', { bubbles: true }));
  };

  /** Moves focus into the panel, so keyboard and screen-reader users land on what they opened. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private renderItem(item: DetailItem) {
    return html`<li class=${item.emphasis ? 'emphasis' : ''}>
      <div class="text">${item.text}</div>
      ${item.meta ? html`<div class="meta">${item.meta}</div>` : nothing}
      ${item.note ? html`<div class="note">${item.note}</div>` : nothing}
      ${
        item.sources.length
          ? html`<div class="sources">
              ${this.sourcesLabel}:
              ${sourceLinks(item.sources)}
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderSections(v: DetailView) {
    return v.sections.map((section) => {
      const items = html`<ul>
        ${section.items.map((item) => this.renderItem(item))}
      </ul>`;
      return section.collapsed
        ? html`<details class="group">
            <summary><h3>${section.heading}</h3> ${section.summary ? html`<span class="summary">${section.summary}</span>` : nothing}</summary>
            ${items}
          </details>`
        : html`<section>
            <h3>${section.heading}</h3>
            ${items}
          </section>`;
    });
  }

  protected override render() {
    const v = this.view;
    if (!v) return nothing;
    return html`<div class="panel" part="panel" role="dialog" aria-modal="false" aria-labelledby="details-title">
      <header>
        <h2 id="details-title" tabindex="-1">${v.title}</h2>
        <button type="button" class="close" aria-label=${this.closeLabel} title=${this.closeLabel} @click=${this.close}>
          ×
        </button>
      </header>
      <p class="subtitle">${v.subtitle}</p>
      ${
        this.brief
          ? html`<ul class="brief">
                ${briefOf(v).map((line) => html`<li>${line}</li>`)}
              </ul>
              <details class="more">
                <summary>${this.moreLabel}</summary>
                ${this.renderSections(v)}
              </details>`
          : this.renderSections(v)
      }
    </div>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-size: 13px;
      line-height: 1.45;
    }
    header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px;
    }
    h2 {
      margin: 0;
      font-size: 16px;
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 3px solid var(--relations-focus, #2563eb);
    }
    h3 {
      font-size: 13px;
      margin: 12px 0 4px;
    }
    .brief li {
      border-top: none;
      padding: 2px 0;
    }
    details.more > summary {
      cursor: pointer;
      min-height: 44px;
      display: flex;
      align-items: center;
      font-weight: 600;
      color: var(--relations-link, #1d4ed8);
    }
    details.more > summary:focus-visible {
      outline: 3px solid var(--relations-focus, #2563eb);
      outline-offset: 2px;
    }
    details.group {
      border-top: 1px solid rgba(127, 127, 127, 0.35);
    }
    details.group summary {
      cursor: pointer;
      padding: 6px 0;
    }
    details.group summary:focus-visible {
      outline: 3px solid var(--relations-focus, #2563eb);
      outline-offset: 2px;
    }
    details.group summary h3 {
      display: inline;
      margin: 0 6px 0 0;
    }
    details.group .summary {
      font-size: 12px;
      opacity: 0.85;
    }
    .subtitle {
      margin: 2px 0 0;
      opacity: 0.85;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 6px 0;
      border-top: 1px solid rgba(127, 127, 127, 0.3);
    }
    li.emphasis .text {
      font-weight: 700;
    }
    .meta,
    .sources {
      font-size: 12px;
      opacity: 0.9;
    }
    .note {
      margin-top: 2px;
    }
    a {
      color: var(--relations-link, #1d4ed8);
    }
    .close {
      font-size: 20px;
      line-height: 1;
      width: 32px;
      height: 32px;
      border: 1px solid currentColor;
      border-radius: 4px;
      background: transparent;
      color: inherit;
      cursor: pointer;
      flex: none;
    }
    .close:focus-visible {
      outline: 3px solid var(--relations-focus, #2563eb);
      outline-offset: 2px;
    }
  `;
}

customElements.get('relations-details') ?? customElements.define('relations-details', RelationsDetails);

declare global {
  interface HTMLElementTagNameMap {
    'relations-details': RelationsDetails;
  }
}
