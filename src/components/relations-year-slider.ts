import { css, html, nothing } from 'lit';
import { MapLinkController, type MapLinkPort } from '../controllers/map-link';
import type { YearStopView } from '../data/selectors';
import { adoptString, en } from '../text/strings';
import { FrameworkElement } from './framework-element';

export type { YearStopView } from '../data/selectors';

export interface YearInputDetail {
  year: number;
}

const PLAY_STEP_MS = 2500;

/**
 * A slider with one stop per year of the dataset, keyboard-operable as an ARIA slider, with a play button that
 * steps through the years.
 *
 * Inside `<relations-map>` it is the built-in control. Placed anywhere on a page with `for="map-id"`, it follows
 * that map and drives it.
 *
 * @fires year-input - The reader picked a year (not composed: inside a map it stays in the map's shadow root, and
 * the map announces `year-change` itself). `detail: { year }`
 * @csspart track - The row of stops.
 * @csspart caption - The caption of the current year.
 * @csspart play - The play/pause button.
 */
export class RelationsYearSlider extends FrameworkElement {
  static override properties = {
    stops: { attribute: false },
    value: { type: Number, reflect: true },
    for: { type: String, reflect: true },
    label: { type: String },
    playLabel: { attribute: false },
    pauseLabel: { attribute: false },
    compact: { type: Boolean, reflect: true },
    _playing: { state: true },
  };

  /** Without the year's caption: the year bar over a map, where the caption lives in the drawer or below. */
  declare compact: boolean;

  /** The years, with their labels and captions. */
  declare stops: YearStopView[];
  /** The selected year. */
  declare value: number | undefined;
  /** The id of a `<relations-map>` to follow and drive. */
  declare for: string | null;
  /** Accessible name of the slider. */
  declare label: string;
  declare playLabel: string;
  declare pauseLabel: string;
  declare private _playing: boolean;

  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly link = new MapLinkController(this, (map: MapLinkPort) => {
    this.stops = map.yearStops;
    this.value = map.year;
    const t = map.strings;
    if (!this.hasAttribute('label')) this.label = adoptString('year', this.label, t.year);
    this.playLabel = adoptString('play', this.playLabel, t.play);
    this.pauseLabel = adoptString('pause', this.pauseLabel, t.pause);
  });

  constructor() {
    super();
    this.stops = [];
    this.value = undefined;
    this.for = null;
    this.label = en.year;
    this.playLabel = en.play;
    this.pauseLabel = en.pause;
    this.compact = false;
    this._playing = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private get index(): number {
    return this.stops.findIndex((s) => s.year === this.value);
  }

  /** Moves to a stop as the reader would: announces it, or drives the linked map. */
  select(year: number): void {
    if (year === this.value || !this.stops.some((s) => s.year === year)) return;
    this.value = year;
    const map = this.link.map();
    if (map) map.setYear(year);
    else
      this.dispatchEvent(new CustomEvent<YearInputDetail>('year-input', { detail: { year }, bubbles: true }));
  }

  private step(delta: number): void {
    const i = this.index;
    const next = this.stops[Math.min(this.stops.length - 1, Math.max(0, Math.max(i, 0) + delta))];
    if (next) this.select(next.year);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const last = this.stops.length - 1;
    const keys: Record<string, () => void> = {
      ArrowRight: () => this.step(1),
      ArrowUp: () => this.step(1),
      ArrowLeft: () => this.step(-1),
      ArrowDown: () => this.step(-1),
      PageUp: () => this.step(1),
      PageDown: () => this.step(-1),
      Home: () => this.stops[0] && this.select(this.stops[0].year),
      End: () => this.stops[last] && this.select(this.stops[last].year),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    this.stop();
    action();
  };

  /** The stop whose dot is nearest to a pointer's x: a drag along the track passes through the years. */
  private stopAt(clientX: number): YearStopView | undefined {
    const dots = [...(this.renderRoot.querySelectorAll<HTMLElement>('.stop .dot') ?? [])];
    let best: { stop: YearStopView; distance: number } | undefined;
    dots.forEach((dot, i) => {
      const box = dot.getBoundingClientRect();
      const distance = Math.abs(box.left + box.width / 2 - clientX);
      const stop = this.stops[i];
      if (stop && (!best || distance < best.distance)) best = { stop, distance };
    });
    return best?.stop;
  }

  private dragging = false;

  private onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    this.dragging = true;
    try {
      // Keeps the drag going when the pointer leaves the track.
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not know (a synthetic event): the drag works while over the track.
    }
    this.stop();
    const stop = this.stopAt(event.clientX);
    if (stop) this.select(stop.year);
  };

  private onPointerMove = (event: PointerEvent) => {
    if (!this.dragging) return;
    const stop = this.stopAt(event.clientX);
    if (stop) this.select(stop.year);
  };

  private onPointerUp = () => {
    this.dragging = false;
  };

  private togglePlay = () => {
    if (this._playing) {
      this.stop();
      return;
    }
    this._playing = true;
    // Starting at the end would end at once: start again from the first year.
    if (this.index === this.stops.length - 1 && this.stops[0]) this.select(this.stops[0].year);
    this.timer = setInterval(() => {
      if (this.index >= this.stops.length - 1) this.stop();
      else this.step(1);
    }, PLAY_STEP_MS);
  };

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this._playing = false;
  }

  protected override render() {
    const current = this.stops[this.index];
    const text = current ? `${current.year}: ${current.label}` : '';
    return html`
      <div class="row">
        <button
          type="button"
          part="play"
          class="play"
          aria-pressed=${this._playing ? 'true' : 'false'}
          aria-label=${this._playing ? this.pauseLabel : this.playLabel}
          title=${this._playing ? this.pauseLabel : this.playLabel}
          @click=${this.togglePlay}
        >
          ${this._playing ? '❚❚' : '▶'}
        </button>
        <div
          class="track"
          part="track"
          role="slider"
          tabindex="0"
          aria-label=${this.label}
          aria-valuemin=${this.stops[0]?.year ?? nothing}
          aria-valuemax=${this.stops[this.stops.length - 1]?.year ?? nothing}
          aria-valuenow=${this.value ?? nothing}
          aria-valuetext=${text}
          @keydown=${this.onKeyDown}
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerUp}
        >
          ${this.stops.map(
            // Not buttons: a slider's children are presentational, and the slider's keys already reach every year.
            (stop) => html`<span
              class="stop"
              aria-hidden="true"
              ?data-selected=${stop.year === this.value}
              @click=${() => {
                this.stop();
                this.select(stop.year);
              }}
            >
              <span class="dot"></span><span class="year">${stop.year}</span><span class="label">${stop.label}</span>
            </span>`,
          )}
        </div>
        ${this.compact && current ? html`<span class="current-label" aria-hidden="true">${current.label}</span>` : nothing}
      </div>
      ${current && !this.compact ? html`<p class="caption" part="caption">${current.caption}</p>` : nothing}
    `;
  }

  static override styles = css`
    :host {
      display: block;
      font: inherit;
      color: inherit;
    }
    .row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    /* --relations-touch-size: the map sets it to 44px on phones, so each stop and the button are a finger's size. */
    .play {
      flex: none;
      width: var(--relations-touch-size, 32px);
      height: var(--relations-touch-size, 32px);
      border-radius: 50%;
      border: 1px solid currentColor;
      background: transparent;
      color: inherit;
      cursor: pointer;
      font-size: 12px;
    }
    .track {
      flex: 1;
      display: flex;
      justify-content: space-between;
      position: relative;
      padding: 4px 0;
      border-radius: 6px;
    }
    .track::before {
      content: '';
      position: absolute;
      left: 12px;
      right: 12px;
      top: 13px;
      border-top: 2px solid currentColor;
      opacity: 0.4;
    }
    .track:focus-visible,
    .play:focus-visible {
      outline: 3px solid var(--relations-focus, #2563eb);
      outline-offset: 2px;
    }
    .stop {
      position: relative;
      display: flex;
      user-select: none;
      flex-direction: column;
      align-items: center;
      background: none;
      border: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
      padding: 0 4px;
      min-width: var(--relations-touch-size, auto);
      min-height: var(--relations-touch-size, auto);
      box-sizing: border-box;
    }
    .dot {
      width: 14px;
      height: 14px;
      border-radius: 50%;
      border: 2px solid currentColor;
      background: var(--relations-panel-solid, #fff);
      box-sizing: border-box;
    }
    .stop[data-selected] .dot {
      background: var(--relations-accent, #b91c1c);
      border-color: var(--relations-accent, #b91c1c);
      transform: scale(1.25);
    }
    .year {
      font-weight: 700;
      font-size: 13px;
    }
    .label {
      font-size: 12px;
    }
    .stop[data-selected] .year,
    .stop[data-selected] .label {
      text-decoration: underline;
      text-underline-offset: 3px;
    }
    /* Compact (the year bar): the years alone on the track, the year's label once beside it. */
    :host([compact]) .label {
      display: none;
    }
    .current-label {
      font-size: 12px;
      font-weight: 700;
      white-space: nowrap;
    }
    .caption {
      margin: 6px 0 0;
      font-size: 13px;
      line-height: 1.45;
    }
  `;
}

customElements.get('relations-year-slider') ??
  customElements.define('relations-year-slider', RelationsYearSlider);

declare global {
  interface HTMLElementTagNameMap {
    'relations-year-slider': RelationsYearSlider;
  }
}
