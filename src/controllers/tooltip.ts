import { html, nothing, render } from 'lit';
import type { Dataset } from '../data/schema';
import type { PickedDatum } from '../layers/types';
import { type Description, describePicked } from '../text/describe';
import type { Lang } from '../text/strings';

export interface TooltipHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The hover tooltip: what is under the pointer, described in the element's language, kept inside its box. It
 * draws into a container of its own (the host renders that once), so a pointer moving over the map updates the
 * tooltip and nothing else of the element.
 */
export class TooltipController {
  private shown = false;

  constructor(private readonly host: TooltipHost) {}

  /** Shows what is under the pointer, or nothing. */
  show(dataset: Dataset | undefined, picked: PickedDatum | null, x: number, y: number, lang: Lang): void {
    const layer = this.host.renderRoot.querySelector<HTMLElement>('.tooltip-layer');
    const text = picked && dataset ? describePicked(dataset, picked, lang) : undefined;
    if (!layer || (!text && !this.shown)) return;
    if (layer.hidden && text) return;
    this.shown = !!text;
    render(text ? tooltip(text) : nothing, layer);
    const el = layer.querySelector<HTMLElement>('.tooltip');
    if (!el) return;
    // Positioned through CSSOM: a strict Content-Security-Policy blocks style attributes. Kept inside the box the
    // map is drawn in (beside a wide map's panel, it is narrower than the element).
    const box = layer.parentElement ?? this.host;
    const maxX = box.clientWidth - el.offsetWidth - 4;
    const maxY = box.clientHeight - el.offsetHeight - 4;
    el.style.left = `${Math.max(4, Math.min(x + 12, maxX))}px`;
    el.style.top = `${Math.max(4, Math.min(y + 12, maxY))}px`;
  }

  /** Takes the tooltip away (a panel opened in its place). */
  hide(): void {
    const layer = this.host.renderRoot.querySelector<HTMLElement>('.tooltip-layer');
    if (layer && this.shown) render(nothing, layer);
    this.shown = false;
  }

  /** The container, for the host's template; `hidden` while a panel or the table view takes its place. */
  render(hidden: boolean) {
    return html`<div class="tooltip-layer" ?hidden=${hidden}></div>`;
  }
}

const tooltip = (text: Description) =>
  html`<div class="tooltip" part="tooltip" role="tooltip">
    <strong>${text.title}</strong>
    ${text.lines.map((line) => html`<div>${line}</div>`)}
  </div>`;
