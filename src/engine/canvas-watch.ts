/**
 * The two WebGL canvases of a map (MapLibre's, and deck.gl's once it has one): either can lose its context, and
 * deck.gl's, which lies over MapLibre's, must never be a Tab stop.
 */
export class CanvasWatch {
  private readonly watched = new Set<HTMLCanvasElement>();
  private deckTabWatch: MutationObserver | undefined;

  constructor(
    /** The canvases there are now; deck.gl's joins later. */
    private readonly canvases: () => { map: HTMLCanvasElement; deck: HTMLCanvasElement | null | undefined },
    private readonly onContextLost: () => void,
    /** Interleaved, deck.gl draws in MapLibre's canvas, the map's own Tab stop: nothing to hide. */
    private readonly interleaved: boolean,
  ) {}

  /** Call whenever deck.gl may have made or touched its canvas (its device, its first frame). */
  update(): void {
    const { map, deck } = this.canvases();
    this.hideDeckCanvas(deck);
    for (const canvas of deck ? [map, deck] : [map]) {
      if (this.watched.has(canvas)) continue;
      this.watched.add(canvas);
      canvas.addEventListener('webglcontextlost', this.handleContextLost);
    }
  }

  /** Listeners go before the contexts are released: that fires webglcontextlost, which is not a loss to recover. */
  stop(): void {
    for (const canvas of this.watched) canvas.removeEventListener('webglcontextlost', this.handleContextLost);
    this.watched.clear();
    this.deckTabWatch?.disconnect();
  }

  /**
   * Keyboard users reach the map through MapLibre's canvas and the element's "Details of" list; deck.gl's would be
   * a nameless Tab stop. deck.gl sets its tabindex while it starts, and may set it again later in its start: a
   * hidden canvas must never be a Tab stop, even between frames (a page with several maps starting at once showed
   * one to an accessibility check).
   */
  private hideDeckCanvas(deckCanvas: HTMLCanvasElement | null | undefined): void {
    if (this.interleaved || !deckCanvas) return;
    deckCanvas.tabIndex = -1;
    deckCanvas.setAttribute('aria-hidden', 'true');
    if (this.deckTabWatch) return;
    this.deckTabWatch = new MutationObserver(() => {
      if (deckCanvas.tabIndex !== -1) deckCanvas.tabIndex = -1;
    });
    this.deckTabWatch.observe(deckCanvas, { attributes: true, attributeFilter: ['tabindex'] });
  }

  private handleContextLost = (event: Event) => {
    // Without preventDefault the browser never offers the context back.
    event.preventDefault();
    // Counted by the tests of a page of many maps: a context the browser took is one the budget failed to give back.
    performance.mark('relations-map:context-lost');
    this.onContextLost();
  };
}
