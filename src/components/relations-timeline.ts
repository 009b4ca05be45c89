import { css, html, nothing, svg } from 'lit';
import type { EventCategory } from '../layers/types';
import type { TimelineItem } from '../text/timeline';
import { FrameworkElement } from './framework-element';

export interface TimelineSelectDetail {
  id: string;
}

/** Keys that move focus through the list, and where each one goes. */
const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The year's events in date order, each with its date, kind and place: a list of buttons that is one stop for Tab
 * (arrow keys, Home and End move within it), so a reader walks through thirty events without thirty Tab presses.
 * Choosing one fires `timeline-select`; the map opens its details and goes to its place.
 *
 * @fires timeline-select - The reader chose an event (bubbles, composed). `detail: { id }`
 */
export class RelationsTimeline extends FrameworkElement {
  static override properties = {
    items: { attribute: false },
    selected: { type: String },
    label: { type: String },
    colors: { attribute: false },
    focusIndex: { state: true },
  };

  declare items: TimelineItem[];
  /** The id of the event whose details are open, if it is in the list. */
  declare selected: string | null;
  /** The list's accessible name. */
  declare label: string;
  /** The marker colour of each kind's category, as on the map. */
  declare colors: Record<EventCategory, string> | undefined;
  /** The item that Tab reaches: the one last focused, else the selected one, else the first. */
  declare private focusIndex: number | undefined;

  constructor() {
    super();
    this.items = [];
    this.selected = null;
    this.label = 'Timeline';
    this.colors = undefined;
    this.focusIndex = undefined;
  }

  private get tabIndexOf(): number {
    const n = this.items.length;
    if (this.focusIndex !== undefined && this.focusIndex < n) return this.focusIndex;
    const selected = this.items.findIndex((item) => item.id === this.selected);
    return Math.max(selected, 0);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const move = moves[event.key];
    if (!move || this.items.length === 0) return;
    event.preventDefault();
    this.focusIndex = move(this.tabIndexOf, this.items.length);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`button[data-index="${this.focusIndex}"]`)?.focus(),
    );
  }

  private choose(index: number): void {
    this.focusIndex = index;
    const id = this.items[index]?.id;
    if (id)
      this.dispatchEvent(
        new CustomEvent<TimelineSelectDetail>('timeline-select', {
          detail: { id },
          bubbles: true,
          composed: true,
        }),
      );
  }

  protected override render() {
    const tabbable = this.tabIndexOf;
    return html`<ol aria-label=${this.label} @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}>
      ${this.items.map(
        (item, i) => html`<li>
          <button
            type="button"
            data-id=${item.id}
            data-index=${i}
            tabindex=${i === tabbable ? 0 : -1}
            aria-current=${item.id === this.selected ? 'true' : nothing}
            @click=${() => this.choose(i)}
          >
            <time datetime=${item.date}>${item.dateText}</time>
            <span class="kind">
              ${
                // An SVG fill, not a style attribute: a strict Content-Security-Policy blocks those.
                svg`<svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="4.5" fill=${this.colors?.[item.category] ?? 'currentColor'}></circle></svg>`
              }${item.kindName}</span
            >
            <span class="title">${item.title}</span>
            <span class="place">${item.placeText}</span>
          </button>
        </li>`,
      )}
    </ol>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-size: 12px;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      max-height: 240px;
      overflow-y: auto;
      border-left: 2px solid rgba(127, 127, 127, 0.45);
    }
    li {
      margin: 0;
    }
    button {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 8px;
      width: 100%;
      text-align: left;
      font: inherit;
      color: inherit;
      background: none;
      border: none;
      border-radius: 4px;
      padding: 4px 6px;
      cursor: pointer;
      min-height: 24px;
    }
    button:hover {
      background: rgba(127, 127, 127, 0.15);
    }
    button[aria-current='true'] {
      background: rgba(127, 127, 127, 0.25);
      font-weight: 700;
    }
    button:focus-visible {
      outline: 3px solid var(--relations-focus, #2563eb);
      outline-offset: -3px;
    }
    time {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .kind {
      display: inline-flex;
      gap: 4px;
      align-items: center;
      justify-self: end;
      font-size: 11px;
    }
    .title {
      grid-column: 1 / -1;
    }
    .place {
      grid-column: 1 / -1;
      font-size: 11px;
    }
  `;
}

customElements.get('relations-timeline') ?? customElements.define('relations-timeline', RelationsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'relations-timeline': RelationsTimeline;
  }
}
