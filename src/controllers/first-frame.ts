import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { type Camera, cameraForBounds, type Size } from '../basemap/static-map';
import { basemapThemes } from '../basemap/style';
import type { Topology } from '../basemap/topology';
import { LastValue } from '../components/parts/memo';
import { yearSummary } from '../data/summary';
import { STORY_BOUNDS } from '../engine/framing';
// In the element's own bundle, not fetched on the side: measured, a chunk of its own arrived after MapLibre's and
// waited behind MapLibre's start, where the picture is meant to come first.
import { type PictureInput, staticPicture } from '../engine/static-picture';
import type { Measure } from '../layers/capital-labels';
import { layerPalettes } from '../layers/colors';
import type { Box } from '../layers/label-placement';
import type { Lang, Strings } from '../strings';
import type { EnvironmentController } from './environment';
import { type LabelPlacer, measureLabel } from './label-placer';
import type { MapLifecycle } from './map-lifecycle';

type StandaloneRenderer = typeof import('../engine/svg-export').standalonePicture;

/** What the picture shows: everything but where it looks and the basemap, which the controller adds. */
export type PictureContent = Omit<PictureInput, 'camera' | 'size' | 'topology' | 'measure' | 'obstacles'>;

/** Where a picture of the element's state comes from: the first frame, print and the SVG download share it. */
export class PictureSource {
  /** Text widths in the labels' font. */
  readonly measure: Measure = measureLabel;

  constructor(
    private readonly host: {
      readonly resolvedTheme: 'light' | 'dark';
      readonly strings: Strings;
      readonly locale: string;
    },
    readonly lifecycle: MapLifecycle,
    /** What is drawn now, or undefined before a dataset. */
    private readonly drawn: () =>
      | (PictureContent['state'] & { dataset: PictureContent['dataset'] })
      | undefined,
  ) {}

  /** The element's state as a picture, or undefined before a dataset. */
  content(): PictureContent | undefined {
    const drawn = this.drawn();
    const { strings: t, locale } = this.host;
    return drawn && pictureContent(drawn, this.host.resolvedTheme, { t, locale });
  }

  topology(): Topology | undefined {
    return this.lifecycle.topology;
  }

  /** The camera the WebGL map has, or starts with, for a map of this size. */
  camera(size: Size): Camera {
    return this.lifecycle.moves.camera(size);
  }

  private last = new LastValue<string>();

  /**
   * The picture as SVG markup, for a map of this size seen through this camera, or '' until its code and the
   * basemap are in. Made again only when what it shows changes.
   */
  markup(content: PictureContent, size: Size, camera: Camera, obstacles: () => Box[] = () => []): string {
    const topology = this.lifecycle.topology;
    if (!topology) return '';
    const { state } = content;
    const key = [
      state.year,
      [...state.layers].join(),
      state.direction,
      state.widthScale.domainMax,
      state.emphasis?.key,
      content.colors.ocean,
      content.title,
      size.width,
      size.height,
      camera.center.join(),
      camera.zoom,
    ].join('|');
    return this.last.get(content.dataset, key, () => {
      const start = performance.now();
      const input = { ...content, topology, camera, size, measure: this.measure, obstacles: obstacles() };
      const markup = staticPicture(input);
      // Read by the benchmark: how long one picture takes to make.
      performance.measure('relations-map:picture', { start, end: performance.now() });
      return markup;
    });
  }

  /** The picture shown without WebGL: the story's framing in a box the page scales to its width. */
  fallback(): string {
    const content = this.content();
    const size = { width: 800, height: 560 };
    const margin = { top: 12, bottom: 12, left: 12, right: 12 };
    return content ? this.markup(content, size, cameraForBounds(STORY_BOUNDS, size, margin)) : '';
  }

  /**
   * The view as a picture that stands alone (the SVG download, print): the map's whole box through the map's
   * camera, with the title, key and sources around it; undefined before a dataset and the basemap.
   */
  standalone(render: StandaloneRenderer, theme: 'light' | 'dark'): string | undefined {
    const content = this.content();
    const topology = this.lifecycle.topology;
    const map = this.lifecycle.engine?.map.getContainer();
    if (!content || !topology) return undefined;
    const size = { width: map?.clientWidth || 800, height: map?.clientHeight || 520 };
    const { strings: t, locale } = this.host;
    const colors = basemapThemes[theme];
    const state = { ...content.state, palette: layerPalettes[theme] };
    const input = {
      ...content,
      state,
      colors,
      topology,
      size,
      camera: this.camera(size),
      measure: this.measure,
    };
    return render(input, { strings: t, locale }, { theme }).svg;
  }

  /** True until the WebGL map has drawn its layers (and will: WebGL is there and nothing failed). */
  get waiting(): boolean {
    const l = this.lifecycle;
    return l.loading && l.webgl && !l.fatal;
  }
}

export interface FirstFrameOptions {
  labels: Pick<LabelPlacer, 'obstacles'>;
  env: Pick<EnvironmentController, 'reducedMotion'>;
}

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
  private phase: 'off' | 'shown' | 'leaving' | 'done' = 'off';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly source: PictureSource,
    private readonly options: FirstFrameOptions,
  ) {
    host.addController(this);
  }

  /** The picture is on screen (not yet taken over by the WebGL map). */
  get shown(): boolean {
    return this.phase === 'shown';
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
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
    if (!content) return;
    const map = this.host.renderRoot.querySelector<HTMLElement>('.map');
    const size = { width: map?.clientWidth ?? 0, height: map?.clientHeight ?? 0 };
    if (!map || size.width === 0 || size.height === 0) return;
    const markup = o.markup(content, size, o.camera(size), () => this.options.labels.obstacles(map));
    if (!markup) return;
    if (markup !== this.markup) performance.mark('relations-map:first-frame');
    this.markup = markup;
    this.phase = 'shown';
  }

  private leave(): void {
    if (this.options.env.reducedMotion) {
      this.phase = 'done';
      return;
    }
    this.phase = 'leaving';
    this.timer = setTimeout(() => {
      this.phase = 'done';
      this.markup = '';
      this.host.requestUpdate();
    }, FADE_MS);
  }

  render(s: Strings) {
    if (this.phase !== 'shown' && this.phase !== 'leaving') return nothing;
    return html`<div class="first-frame ${this.phase}" part="first-frame">
      ${unsafeHTML(this.markup)}
      ${this.phase === 'shown' ? html`<p class="first-frame-note">${s.loadingInteractive}</p>` : nothing}
    </div>`;
  }
}

/** The element's state as a picture's content: its colours, its name and its description (the year in words). */
export function pictureContent(
  { dataset, ...state }: PictureContent['state'] & { dataset: PictureContent['dataset'] },
  theme: 'light' | 'dark',
  lang: Lang,
): PictureContent {
  const title = lang.t.staticMapLabel(String(state.year));
  const description = yearSummary(dataset, state.year, lang);
  return { dataset, state, colors: basemapThemes[theme], title, description };
}
