import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset, StoryStep } from '../data/schema';
import { type Selection, sameSelection } from '../data/selection';
import { actorIndex, type Direction } from '../data/selectors';
import { sourceRefs } from '../data/sources';
import { type StepState, stepIndex, stepState } from '../data/story';
import { type CameraTarget, cameraForView } from '../geo/framing';
import { type Emphasis, emphasisFor, noEmphasis, type Pick } from '../layers/emphasis';
import { serializeLayerTokens } from '../layers/index';
import { sourceLinks } from '../text/source-links';
import type { Lang } from '../text/strings';
import type { DisplayMode, StepChangeDetail } from '../types';
import { dispatch } from '../types';

export interface StoryHost extends ReactiveControllerHost, HTMLElement {
  step: string | undefined;
  mode: DisplayMode;
  year: number | undefined;
  layers: string | null;
  direction: Direction;
  selection: Selection | null;
  readonly shownData: Dataset | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface StoryOptions {
  text(): Lang;
  /** Says a step once through the live region. */
  announce(text: string): void;
  /** A notice over the map (a step the story does not have). */
  notify(text: string): void;
  /** Moves the map's camera. */
  show(target: CameraTarget): void;
}

/** Keys that move between steps while the step card has focus. */
const stepKeys: Record<string, -1 | 1> = { ArrowLeft: -1, PageUp: -1, ArrowRight: 1, PageDown: 1 };

/**
 * The dataset's story on the map: `step` and `mode="story"`, the step card with its counter and Previous / Next,
 * and the steps a `<relations-story>` asks for. A step sets the year, layers, direction and selection as a page
 * would (no year-change or selection-change), moves the camera, and is said once; the reader's steps fire
 * `step-change`. What a step picks out stands out on the map and the rest fades, until the reader picks something
 * else.
 */
export class StoryController implements ReactiveController {
  /** The step last applied: a `step` set since (by the page, or the URL) is applied at the next update. */
  private applied: string | undefined;
  /** What the current step picked out, while it is still the selection. */
  private picked: Pick | null = null;
  /** The two years the current step compares, and the year it showed them in. */
  private compared: { years: [number, number]; year: number | undefined } | undefined;

  constructor(
    private readonly host: StoryHost,
    private readonly options: StoryOptions,
  ) {
    host.addController(this);
  }

  get steps(): StoryStep[] {
    return this.host.shownData?.story ?? [];
  }

  /** What stands out on the map: the step's pick while the reader has not chosen something else. */
  get emphasis(): Emphasis {
    const { host } = this;
    return host.shownData && this.picked && sameSelection(this.picked, host.selection)
      ? emphasisFor(host.shownData, this.picked)
      : noEmphasis;
  }

  /**
   * The two years the step sets against each other, whose change the map draws: until another step, the end of the
   * story, or the reader choosing another year.
   */
  get comparison(): [number, number] | undefined {
    const compared = this.compared;
    if (!compared || compared.year !== this.host.year) return undefined;
    const [a, b] = compared.years;
    return a < b ? [a, b] : [b, a];
  }

  /** The step's pick is told by the step's own words, not by the details panel. */
  get hidesDetails(): boolean {
    return !!this.picked && sameSelection(this.picked, this.host.selection);
  }

  /** A panel covers the map's right side: the step card, or the details of a selection the reader made. */
  get rightPanelOpen(): boolean {
    return this.host.mode === 'story' || (!!this.host.selection && !this.hidesDetails);
  }

  /** Before each render: a `step` or `mode="story"` set by the page is applied, with no event. */
  hostUpdate(): void {
    const { host } = this;
    if (!host.shownData || this.steps.length === 0) return;
    if (host.step === undefined && host.mode === 'story') this.go(0, false);
    else if (host.step !== undefined && host.step !== this.applied) {
      const index = stepIndex(host.shownData, host.step);
      if (index >= 0) this.go(index, false);
      else {
        this.applied = host.step;
        this.options.notify(this.options.text().t.stepRefused(host.step));
      }
    }
  }

  /** The reader opens the story: at the step they were at, else the first; focus on the card. */
  open(): void {
    const index = Math.max(0, stepIndex(this.host.shownData, this.host.step));
    this.host.mode = 'story';
    this.go(index, true);
    this.focusCard();
  }

  /** The reader leaves the story: back to the map, the step's pick no longer standing out. */
  close(): void {
    const { host } = this;
    host.mode = 'map';
    if (this.hidesDetails) host.selection = null;
    this.picked = null;
    this.compared = undefined;
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.story-switch')?.focus());
  }

  /** Goes to a step of the dataset's story; `byReader` fires `step-change`. */
  go(index: number, byReader: boolean): void {
    const step = this.steps[index];
    if (step) this.apply(stepState(step), byReader);
  }

  /** Applies a step's state: the dataset's, a page's own (`<relations-story>`), or both merged. */
  apply(state: StepState, byReader: boolean): void {
    const { host } = this;
    const dataset = host.shownData;
    if (!dataset) return;
    const index = stepIndex(dataset, state.id);
    if (state.id !== undefined && index < 0) this.options.notify(this.options.text().t.stepRefused(state.id));
    if (state.year !== undefined) host.year = state.year;
    host.layers = state.layers ? serializeLayerTokens(new Set(state.layers)) : null;
    host.direction = state.direction ?? 'both';
    host.selection = state.select ? { kind: state.select.kind, id: state.select.id } : null;
    this.picked = state.select ?? null;
    this.compared = state.compare && { years: state.compare, year: host.year };
    // A page's own step (no id in the story) is no step of the dataset: `step` says so by being empty.
    const id = index >= 0 ? state.id : undefined;
    host.step = id;
    this.applied = id;
    const capitals = new Map([...actorIndex(dataset)].map(([code, a]) => [code, a.capital]));
    const target = state.view && cameraForView(capitals, state.view);
    // After the update: the card or panels that the camera makes room for are laid out by then.
    if (target) void host.updateComplete.then(() => this.options.show(target));
    const step = this.steps[index];
    if (step) {
      this.options.announce(this.options.text().t.stepAnnouncement(index + 1, this.steps.length, step.title));
      if (byReader) dispatch<StepChangeDetail>(host, 'step-change', { id: step.id, index });
    } else if (state.title) this.options.announce(state.title);
  }

  /**
   * Focus on the card's title. On a phone the card sits under the map: the page is brought to the element's top, so
   * the map and the start of the card are both in view, rather than to the card alone with the map scrolled away.
   */
  private focusCard(): void {
    void this.host.updateComplete.then(() => {
      const narrow = this.host.getAttribute('layout') === 'narrow';
      this.host.renderRoot.querySelector<HTMLElement>('.story-card h2')?.focus({ preventScroll: narrow });
      if (narrow) this.host.scrollIntoView({ block: 'start' });
    });
  }

  private onKeyDown(event: KeyboardEvent, index: number): void {
    const move = stepKeys[event.key];
    if (!move || (event.target as HTMLElement).closest('a')) return;
    event.preventDefault();
    const next = index + move;
    if (next >= 0 && next < this.steps.length) this.go(next, true);
  }

  /** The step card, in story mode: counter, title, text, sources, Previous / Next and the way out. */
  render() {
    const { host } = this;
    const dataset = host.shownData;
    const index = stepIndex(dataset, host.step);
    const step = this.steps[index];
    if (host.mode !== 'story' || !dataset || !step) return nothing;
    const { t, locale } = this.options.text();
    const count = this.steps.length;
    // aria-disabled, not disabled: the button keeps focus at either end, and says why it does nothing.
    const stepButton = (label: string, target: number, name: string) => html`<button
      type="button"
      class=${name}
      aria-disabled=${target < 0 || target >= count ? 'true' : 'false'}
      @click=${() => target >= 0 && target < count && this.go(target, true)}
    >${label}</button>`;
    const nav = html`<div class="story-nav">
      ${stepButton(t.previousStep, index - 1, 'story-previous')}
      ${stepButton(t.nextStep, index + 1, 'story-next')}
      <button type="button" class="story-exit" @click=${() => this.close()}>${t.leaveStory}</button>
    </div>`;
    // On a phone the card is under the map: its buttons come first, so the next step is in reach without scrolling
    // the map's top away.
    const narrow = host.getAttribute('layout') === 'narrow';
    return html`<section
      class="panel story-card"
      part="story-card"
      aria-labelledby="story-title"
      @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, index)}
    >
      ${narrow ? nav : nothing}
      <p class="story-counter">${t.stepCounter(index + 1, count)}</p>
      <h2 id="story-title" tabindex="-1">${step.title}</h2>
      <p class="story-text">${step.text}</p>
      <p class="story-sources">${t.sources}: ${sourceLinks(sourceRefs(dataset, step.sources, locale))}</p>
      ${narrow ? nothing : nav}
    </section>`;
  }
}
