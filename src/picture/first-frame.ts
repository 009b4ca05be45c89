import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { EdgeMarkersController } from '../controllers/edge-markers';
import type { EnvironmentController } from '../controllers/environment';
import type { LabelPlacer } from '../controllers/label-placer';
import { projector } from '../geo/mercator';
import type { Strings } from '../text/strings';
import { PicturePointer, type PicturePointerOptions } from './picture-pointer';
import type { PictureSource } from './picture-source';

/** How long the picture fades out as the WebGL map takes over. */
const FADE_MS = 250;

/**
 * The static first frame: as soon as the dataset and the basemap are in, the year's picture drawn as SVG through
 * the camera the WebGL map will start with, over the map's box, with a light note that the interactive map is on
 * its way. When the WebGL map has drawn, the picture fades out over it (at once under reduced motion); the same
 * camera and the same layer specs keep the capitals and coastlines where they were.
 */
export class FirstFrame implements ReactiveController {
  private markup = '';
  /** Updates in a row that waited for the key to take its final size. */
  private deferred = 0;
  /** What the picture on screen was drawn for. */
  private drawnKey = '';
  private phase: 'off' | 'shown' | 'leaving' | 'done' = 'off';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly source: PictureSource,
    private readonly labels: Pick<LabelPlacer, 'obstacles' | 'noteUnplaced'>,
    /** The markers at the map's edge, placed before the picture's labels so that they keep clear of them. */
    private readonly edges: Pick<EdgeMarkersController, 'update'>,
    private readonly env: Pick<EnvironmentController, 'reducedMotion'>,
    /** The reader's pointer on the picture: the WebGL map's tooltip, details and camera. */
    pointer: Pick<PicturePointerOptions, 'camera' | 'hover' | 'click' | 'greedy'>,
  ) {
    host.addController(this);
    this.pointer = new PicturePointer({
      ...pointer,
      source,
      box: () => host.renderRoot.querySelector<HTMLElement>('.map'),
      root: () => host.renderRoot as unknown as DocumentOrShadowRoot,
      redraw: () => host.requestUpdate(),
    });
  }

  private readonly pointer: PicturePointer;

  /** The picture is on screen (not yet taken over by the WebGL map). */
  get shown(): boolean {
    return this.phase === 'shown';
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.pointer.stop();
  }

  hostUpdate(): void {
    const o = this.source;
    // A new start (the element moved away and back, a Retry) shows its picture again.
    if (this.phase === 'done' && o.waiting) this.phase = 'off';
    if (this.phase === 'shown' && !o.waiting) {
      this.leave();
      return;
    }
    if (this.phase === 'leaving' || this.phase === 'done' || !o.waiting) return;
    const content = o.content();
    if (!content || !o.topology()) return;
    const map = this.host.renderRoot.querySelector<HTMLElement>('.map');
    const size = { width: map?.clientWidth ?? 0, height: map?.clientHeight ?? 0 };
    if (!map || size.width === 0 || size.height === 0) return;
    const camera = o.camera(size);
    // Most updates (a notice, the lifecycle's own) change nothing the picture shows: nothing to place or draw.
    const key = o.keyOf(content, size, camera);
    if (this.phase === 'shown' && key === this.drawnKey) return;
    const { labels, edges } = this;
    const obstacles = () => {
      edges.update();
      return labels.obstacles(map);
    };
    // The key names the capitals whose labels find no room: when that changes its size, and so the map's, the
    // picture is drawn once the key has it (the WebGL map will start at that size), in the update that follows.
    // Twice at most: a key that grows and shrinks with the names it lists must not hold the picture back for ever.
    const project = projector(camera, size);
    const onMap = ([lon, lat]: readonly [number, number]) => {
      const [x, y] = project(lon, lat);
      return x >= 0 && x <= size.width && y >= 0 && y <= size.height;
    };
    const placed = o.placements(content, size, camera, obstacles());
    const changed = labels.noteUnplaced(content.dataset, placed, onMap);
    if (changed && this.deferred < 2) {
      this.deferred++;
      void this.host.updateComplete.then(() => this.host.requestUpdate());
      return;
    }
    const markup = o.markup(content, size, camera, obstacles);
    if (!markup) return;
    this.deferred = 0;
    this.drawnKey = key;
    if (markup !== this.markup) performance.mark('relations-map:first-frame');
    this.markup = markup;
    this.phase = 'shown';
  }

  private leave(): void {
    // An open tooltip stays: the WebGL map's own hover replaces it at the pointer's next move.
    this.pointer.stop();
    if (this.env.reducedMotion) {
      this.finish();
      return;
    }
    this.phase = 'leaving';
    this.timer = setTimeout(() => {
      this.finish();
      this.host.requestUpdate();
    }, FADE_MS);
  }

  /** The WebGL map has taken over: the picture and its markup go. */
  private finish(): void {
    this.phase = 'done';
    this.markup = '';
    this.drawnKey = '';
    this.source.forget();
  }

  render(s: Strings) {
    if (this.phase !== 'shown' && this.phase !== 'leaving') return nothing;
    const p = this.pointer;
    return html`<div
      class="first-frame ${this.phase}"
      part="first-frame"
      @pointerdown=${p.down}
      @pointermove=${p.move}
      @pointerup=${p.up}
      @pointercancel=${p.cancel}
      @pointerleave=${p.leave}
      @wheel=${p.wheel}
    >
      ${unsafeHTML(this.markup)}
      ${this.phase === 'shown' ? html`<p class="first-frame-note">${s.loadingInteractive}</p>` : nothing}
    </div>`;
  }
}
