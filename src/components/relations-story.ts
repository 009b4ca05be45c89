import { css, html } from 'lit';
import { MapLinkController, type MapLinkPort } from '../controllers/map-link';
import { mergeStep, stepFromAttributes, stepIndex, stepState } from '../data/story';
import { activationBand } from '../geo/framing';
import { FrameworkElement } from './framework-element';

/** How much of the viewport's top a sticky ancestor of `map` (or the map) covers above `text`, once stuck. */
function stickyCover(map: HTMLElement | null, text: HTMLElement): number {
  for (let el: HTMLElement | null = map; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.position !== 'sticky') continue;
    const box = el.getBoundingClientRect();
    const across = text.getBoundingClientRect();
    // Beside the text (a wide page's column), it covers none of it.
    if (box.right <= across.left || box.left >= across.right) return 0;
    return (Number.parseFloat(style.top) || 0) + box.height;
  }
  return 0;
}

/**
 * Scrollytelling around a page's own text: every child with `data-step` is a step of the story told by the map
 * named in `for`. `data-step="<id>"` is that step of the dataset's story; an empty `data-step` takes its state from
 * `data-year`, `data-layers`, `data-direction`, `data-select="kind:id"`, `data-center="lon,lat"` and `data-zoom`,
 * which also override a named step's values. The block crossing the middle of the viewport (below a sticky map
 * over the text: the upper part of the rest) is the active one (an IntersectionObserver: no scroll handler, no
 * scroll-jacking), and so is a block the reader focuses or clicks. The
 * active block carries the `active` attribute for the page's own styling. The map stays in view through the page's
 * CSS (`position: sticky`).
 *
 * @slot - The page's text, with its `data-step` blocks.
 */
export class RelationsStory extends FrameworkElement {
  static override properties = {
    for: { type: String, reflect: true },
  };

  /** The id of the `<relations-map>` that tells the story. */
  declare for: string | null;

  private observer: IntersectionObserver | undefined;
  private children$: MutationObserver | undefined;
  private active: HTMLElement | undefined;
  /** A block that became active before its map had a dataset: shown as soon as the map has one. */
  private waiting: HTMLElement | undefined;
  private readonly link = new MapLinkController(this, (map: MapLinkPort) => {
    const block = this.waiting;
    if (block && map.data) {
      this.waiting = undefined;
      this.show(block, map);
    }
  });

  constructor() {
    super();
    this.for = null;
    this.addEventListener('focusin', (e) => this.activateFrom(e.target));
    this.addEventListener('click', (e) => this.activateFrom(e.target));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observeSteps();
    // The band follows the screen and the sticky map's size (a phone turned, a map laid out after this element).
    window.addEventListener('resize', this.onResize);
    void this.updateComplete.then(() => requestAnimationFrame(() => this.observeSteps()));
    // Steps a page adds later (a CMS, a lazy section) are observed too.
    this.children$ = new MutationObserver(() => this.observeSteps());
    this.children$.observe(this, { childList: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.onResize);
    this.observer?.disconnect();
    this.children$?.disconnect();
  }

  private onResize = () => this.observeSteps();

  /** The step blocks, in the page's order. */
  get steps(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-step]')];
  }

  private observeSteps(): void {
    this.observer?.disconnect();
    if (typeof IntersectionObserver === 'undefined') return;
    const map = this.for ? document.getElementById(this.for) : null;
    const band = activationBand(window.innerHeight, stickyCover(map, this));
    this.observer = new IntersectionObserver(
      (entries) => {
        const crossing = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
        const block = crossing[crossing.length - 1];
        if (block) this.activate(block);
      },
      { rootMargin: band },
    );
    for (const block of this.steps) {
      // A step is reached with Tab as well as by scrolling.
      if (!block.hasAttribute('tabindex')) block.tabIndex = 0;
      this.observer.observe(block);
    }
  }

  private activateFrom(target: EventTarget | null): void {
    const block = target instanceof Element ? target.closest<HTMLElement>('[data-step]') : null;
    if (block && this.contains(block)) this.activate(block);
  }

  /** Makes a block the active step and shows it on the map. */
  activate(block: HTMLElement): void {
    if (block === this.active) return;
    this.active?.removeAttribute('active');
    block.setAttribute('active', '');
    this.active = block;
    const map = this.link.map();
    if (map?.data) this.show(block, map);
    else this.waiting = block;
  }

  private show(block: HTMLElement, map: MapLinkPort): void {
    const data = map.data;
    if (!data) return;
    const id = block.getAttribute('data-step') || undefined;
    const index = stepIndex(data, id);
    const base = index >= 0 ? stepState(data.story[index]!) : { id };
    const { state, problems } = stepFromAttributes((name) => block.getAttribute(name));
    for (const problem of problems) console.warn(`relations-story: ${problem}`);
    // A page's own step is said by its heading (a dataset step by its title).
    const heading = block.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim();
    map.showStep(mergeStep(base, { ...state, title: heading || undefined }));
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  static override styles = css`
    :host {
      display: block;
    }
  `;
}

customElements.get('relations-story') ?? customElements.define('relations-story', RelationsStory);

declare global {
  interface HTMLElementTagNameMap {
    'relations-story': RelationsStory;
  }
}
