import { html, type ReactiveControllerHost } from 'lit';
import { type SelectableGroup, type Selection, selectableItems } from '../../data/details';
import type { Dataset } from '../../data/schema';
import type { Lang } from '../../strings';

/**
 * The keyboard route to every country, flow, relation and event: a list whose choice opens its details. Until a
 * reader reaches it (pointer over it, or focus), only its first line is rendered: a year switch then does not
 * rewrite some fifty options nobody is looking at. Focus and pointer arrive before any key or click.
 */
export class DetailsPicker {
  private active = false;
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
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          const [kind, ...rest] = value.split(':');
          choose(value ? { kind: kind as Selection['kind'], id: rest.join(':') } : null);
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
