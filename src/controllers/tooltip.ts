import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/schema';
import type { PickedDatum } from '../layers/types';
import { type Description, describePicked } from '../text/describe';
import type { Lang } from '../text/strings';

export interface TooltipHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The hover tooltip: what is under the pointer, described in the element's language, kept inside its box. */
export class TooltipController implements ReactiveController {
  private tip: { text: Description; x: number; y: number } | undefined;

  constructor(private readonly host: TooltipHost) {
    host.addController(this);
  }

  /** Shows what is under the pointer, or nothing. */
  show(dataset: Dataset | undefined, picked: PickedDatum | null, x: number, y: number, lang: Lang): void {
    const before = this.tip;
    this.tip = picked && dataset ? { text: describePicked(dataset, picked, lang), x, y } : undefined;
    if (before || this.tip) this.host.requestUpdate();
  }

  /**
   * Positioned through CSSOM after render: a strict Content-Security-Policy blocks style attributes, and a
   * template binding (styleMap included) writes one on first render. Kept inside the element's box.
   */
  hostUpdated(): void {
    const el = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const tip = this.tip;
    if (!el || !tip) return;
    // Kept inside the box the map is drawn in (beside a wide map's panel, it is narrower than the element).
    const box = el.parentElement ?? this.host;
    const maxX = box.clientWidth - el.offsetWidth - 4;
    const maxY = box.clientHeight - el.offsetHeight - 4;
    el.style.left = `${Math.max(4, Math.min(tip.x + 12, maxX))}px`;
    el.style.top = `${Math.max(4, Math.min(tip.y + 12, maxY))}px`;
  }

  render() {
    const tip = this.tip;
    return tip
      ? html`<div class="tooltip" part="tooltip" role="tooltip">
          <strong>${tip.text.title}</strong>
          ${tip.text.lines.map((line) => html`<div>${line}</div>`)}
        </div>`
      : nothing;
  }
}
