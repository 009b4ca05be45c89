/**
 * The page's budget of live maps. Chromium keeps at most 16 WebGL contexts per page and drops the oldest beyond
 * that; each live map holds two (MapLibre's and deck.gl's). So no more than `limit` maps of a page hold WebGL at
 * once, and the others show their static pictures:
 *
 * - a map that has been more than a screen away from the viewport for a while gives its contexts back;
 * - a map makes its WebGL map only once the reader has stayed near it a moment (a reader flicking past starts
 *   nothing), and when the page is at its limit it first releases the live map away the longest, then the one of
 *   those in view the reader touched least recently; when none can go, it waits as a picture for room;
 * - a map the reader reaches for (pointer over it, focus into it) goes live at once, within the limit;
 * - a map the reader is using (focus inside it, a pointer down on it, its story open) is never released.
 */

/** Maps live at once, page-wide: 8 contexts, leaving the other 8 of Chromium's 16 to the page itself. */
const DEFAULT_LIMIT = 4;
/** How long a map stays live once it is more than a screen away from the viewport. */
export const RELEASE_AFTER_MS = 2000;
/**
 * How long a map stays near the viewport before it makes its WebGL map (first or again): a reader flicking past
 * does not start every map on the way, and its picture stands in meanwhile.
 */
export const LINGER_MS = 500;

let limit = DEFAULT_LIMIT;

/** How many maps of the page may hold WebGL at once (at least 1); the others show their pictures. */
export function setLiveMapLimit(maps: number): void {
  limit = Math.max(1, Math.floor(maps) || DEFAULT_LIMIT);
  makeRoom(undefined, 0);
  admitWaiting();
}

export function getLiveMapLimit(): number {
  return limit;
}

/** What the budget asks of a map. */
export interface BudgetedMap {
  /** The element: its distance from the viewport is watched, and the reader reaching for it. */
  readonly element: HTMLElement;
  /** The reader is using it: it is not released. */
  inUse(): boolean;
  /** Gives the WebGL contexts back, keeping the state to come back to; false if it cannot now (still drawing). */
  release(): boolean;
  /** Comes back: a live map again, from its picture (it claims its place first). */
  restore(): void;
}

const live = new Set<LiveMapSlot>();
/** Released maps near the viewport that wait for room. */
const waiting = new Set<LiveMapSlot>();

/** Releases live maps (not `keep`) until there is room for `room` more, those away longest first; false if it cannot. */
function makeRoom(keep: LiveMapSlot | undefined, room = 1): boolean {
  const order = [...live]
    .filter((slot) => slot !== keep)
    .sort((a, b) => Number(a.near) - Number(b.near) || a.rank - b.rank);
  for (const slot of order) {
    if (live.size + room <= limit) break;
    slot.releaseNow();
  }
  return live.size + room <= limit;
}

/** Room was made by a map going: the waiting maps the reader touched last come back first. */
function admitWaiting(): void {
  const order = [...waiting].sort((a, b) => b.rank - a.rank);
  for (const slot of order) {
    if (live.size >= limit) break;
    slot.admit();
  }
}

/** One map's place in the budget: live or released, near the viewport or not. */
export class LiveMapSlot {
  #near = true;
  /** When it was last near (while away), or last touched by the reader (while near): who goes first. */
  private lastSeen = performance.now();
  /** Since when it has been near (a map nothing watches counts as near from the start). */
  private nearSince = Number.NEGATIVE_INFINITY;
  private released = false;
  /** The reader reached for it: it takes a place even from a map in view. */
  private urgent = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: IntersectionObserver | undefined;
  /** A lazy map's start, made when it first comes near. */
  private pendingStart: (() => void) | undefined;

  constructor(private readonly map: BudgetedMap) {}

  /** Within a screen of the viewport (so it may be live). */
  get near(): boolean {
    return this.#near;
  }

  /** Lower goes first when room is made. */
  get rank(): number {
    return this.lastSeen;
  }

  /** Resolves true once the map has been near for `LINGER_MS`, false if it goes away first. */
  async lingered(): Promise<boolean> {
    // Gone and back while it waited: it waits again, from its return.
    for (;;) {
      if (!this.#near) return false;
      const left = this.nearSince + LINGER_MS - performance.now();
      if (left <= 0) return true;
      await new Promise((resolve) => setTimeout(resolve, left));
    }
  }

  /**
   * The map is about to make its engine: room is made under the page's limit, and it counts as live. False when
   * there is no room (every live map in use or still drawing): it stays a picture and waits for room.
   */
  claim(): boolean {
    this.watch();
    const urgent = this.urgent;
    this.urgent = false;
    if (!live.has(this) && !makeRoom(this) && !urgent) {
      this.deferred();
      return false;
    }
    this.released = false;
    waiting.delete(this);
    live.add(this);
    return true;
  }

  /** The map has drawn: if the reader's reach took it over the limit, a map that can go now goes. */
  settled(): void {
    if (live.size > limit) makeRoom(this, 0);
  }

  /** The map stays a picture for now: restored when the reader comes near (or is near) and there is room. */
  deferred(): void {
    this.released = true;
    const wasLive = live.delete(this);
    clearTimeout(this.timer);
    if (this.#near) waiting.add(this);
    if (wasLive) admitWaiting();
  }

  /** A lazy map starts when it first comes within a screen of the viewport. */
  whenNear(start: () => void): void {
    this.pendingStart = start;
    this.watch();
  }

  /** The map has gone (teardown): it no longer counts, and is no longer watched. */
  free(): void {
    const wasLive = live.delete(this);
    waiting.delete(this);
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = undefined;
    this.map.element.removeEventListener('pointerenter', this.touch);
    this.map.element.removeEventListener('focusin', this.touch);
    this.released = false;
    this.pendingStart = undefined;
    // Added to a page again, it is watched afresh: near until its first observation says otherwise.
    this.#near = true;
    this.nearSince = Number.NEGATIVE_INFINITY;
    if (wasLive) admitWaiting();
  }

  /** Room was made for it. */
  admit(): void {
    waiting.delete(this);
    if (this.released && this.#near) this.map.restore();
  }

  /** Gives the contexts back now if it can (not in use, drawn); true once released. */
  releaseNow(): boolean {
    if (this.released) return true;
    if (this.map.inUse() || !this.map.release()) return false;
    this.released = true;
    live.delete(this);
    return true;
  }

  private watch(): void {
    if (this.observer || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) this.setNear(entry.isIntersecting);
      },
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(this.map.element);
    this.map.element.addEventListener('pointerenter', this.touch);
    this.map.element.addEventListener('focusin', this.touch);
  }

  /** The reader reaches for the map: it is the last a map in view would give way to, and comes back at once. */
  private touch = () => {
    this.lastSeen = performance.now();
    if (!this.released || !this.#near) return;
    clearTimeout(this.timer);
    this.urgent = true;
    this.map.restore();
  };

  private setNear(near: boolean): void {
    if (near && !this.#near) this.nearSince = performance.now();
    // Leaving: the map that has been away the longest is released first.
    if (this.#near && !near) this.lastSeen = performance.now();
    this.#near = near;
    clearTimeout(this.timer);
    if (near) {
      const start = this.pendingStart;
      this.pendingStart = undefined;
      start?.();
      if (this.released) this.timer = setTimeout(() => this.restoreWhenNear(), LINGER_MS);
      return;
    }
    waiting.delete(this);
    this.timer = setTimeout(() => this.releaseWhenAway(), RELEASE_AFTER_MS);
  }

  private restoreWhenNear(): void {
    if (this.#near && this.released) this.map.restore();
  }

  private releaseWhenAway(): void {
    if (this.#near || this.released) return;
    // Marked for the tests of a page of many maps: a map in use was not released when its time came.
    if (this.map.inUse()) performance.mark('relations-map:kept-in-use');
    // In use, or still drawing: asked again later, not released under the reader's hand or mid-draw.
    if (!this.releaseNow()) this.timer = setTimeout(() => this.releaseWhenAway(), RELEASE_AFTER_MS);
    else admitWaiting();
  }
}
