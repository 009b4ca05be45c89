import { html, type ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../data/schema';
import type { Selection } from '../../data/selection';
import { type SelectableGroup, selectableItems } from '../../text/details';
import type { Lang } from '../../text/strings';

/**
 * The keyboard route to every country, flow, relation and event: a list whose choice opens its details. Until a
 * reader reaches it (pointer over it, or focus), only its first line is rendered: a year switch then does not
 * rewrite some fifty options nobody is looking at. Focus and pointer arrive before any key or click.
 */
/** How long the list waits, after an arrow key, before opening what it landed on. */
export const BROWSE_PAUSE_MS = 700;
/** Keys that move through a closed list, changing its value at each press. */
const BROWSE_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

export class DetailsPicker {
  private active = false;
  /** When an arrow key last moved through the list: a change right after one is browsing, not a choice. */
  private browsedAt = Number.NEGATIVE_INFINITY;
  private pending: { selection: Selection | null; timer: ReturnType<typeof setTimeout> } | undefined;
  private cache: { dataset: Dataset; locale: string; byYear: Map<number, SelectableGroup[]> } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * The options change with the dataset, year and locale only, not with each hover's re-render; each year's are
   * kept, so switching back and forth does not rebuild them.
   */
  private groups(dataset: Dataset, year: number, lang: Lang): SelectableGroup[] {
    let c = this.cache;
    if (!c || c.dataset !== dataset || c.locale !== lang.locale) {
      c = { dataset, locale: lang.locale, byYear: new Map() };
      this.cache = c;
    }
    let groups = c.byYear.get(year);
    if (!groups) {
      groups = selectableItems(dataset, year, lang);
      c.byYear.set(year, groups);
    }
    return groups;
  }

  /** Opens the choice waiting for a pause now (Enter), or drops it (Escape, a choice of the page). */
  private settle(choose: ((selection: Selection | null) => void) | undefined): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    choose?.(pending.selection);
  }

  /**
   * A mouse or a screen reader's choice opens its details at once. Arrow keys on a closed list change its value at
   * every press (Chromium): those wait for a pause, or for Enter, so browsing does not open one panel per step.
   */
  private onChange(selection: Selection | null, choose: (selection: Selection | null) => void): void {
    this.settle(undefined);
    if (performance.now() - this.browsedAt > 250) {
      choose(selection);
      return;
    }
    this.pending = { selection, timer: setTimeout(() => this.settle(choose), BROWSE_PAUSE_MS) };
  }

  render(
    dataset: Dataset,
    year: number,
    selection: Selection | null,
    lang: Lang,
    choose: (selection: Selection | null) => void,
  ) {
    const current = selection ? `${selection.kind}:${selection.id}` : '';
    const full = this.active || selection !== null;
    const activate = () => {
      if (this.active) return;
      this.active = true;
      this.host.requestUpdate();
    };
    return html`<label class="picker">
      <span>${lang.t.showDetails}</span>
      <select
        @focus=${activate}
        @pointerenter=${activate}
        @keydown=${(e: KeyboardEvent) => {
          if (BROWSE_KEYS.has(e.key)) this.browsedAt = performance.now();
          else if (e.key === 'Enter' && this.pending) {
            // Enter opens what the list shows; without this Chromium would also open the list's popup.
            e.preventDefault();
            this.settle(choose);
          } else if (e.key === 'Escape') this.settle(undefined);
        }}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          const [kind, ...rest] = value.split(':');
          this.onChange(value ? { kind: kind as Selection['kind'], id: rest.join(':') } : null, choose);
        }}
      >
        <option value="" ?selected=${current === ''}>${lang.t.nothingSelected}</option>
        ${(full ? this.groups(dataset, year, lang) : []).map(
          (group) => html`<optgroup label=${group.label}>
            ${group.items.map((item) => {
              const value = `${item.selection.kind}:${item.selection.id}`;
              return html`<option value=${value} ?selected=${value === current}>${item.label}</option>`;
            })}
          </optgroup>`,
        )}
      </select>
    </label>`;
  }
}
