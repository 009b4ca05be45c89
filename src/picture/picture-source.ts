import { basemapThemes } from '../basemap/style';
import type { Topology } from '../basemap/topology';
import type { PlannedView } from '../controllers/edge-markers';
import { measureLabel } from '../controllers/label-placer';
import type { MapLifecycle } from '../controllers/map-lifecycle';
import { LastValue } from '../data/memo';
import { datasetBounds, paperBounds } from '../geo/framing';
import { type Camera, cameraForBounds, projector, type Size } from '../geo/mercator';
import type { Measure } from '../layers/capital-labels';
import { layerPalettes } from '../layers/colors';
import type { Box } from '../layers/label-placement';
import { dotUnder } from '../layers/picking';
import type { LayerSpec, PickedDatum } from '../layers/types';
import type { Lang, Strings } from '../text/strings';
import { yearSummary } from '../text/summary';
// In the element's own bundle, not fetched on the side: measured, a chunk of its own arrived after MapLibre's and
// waited behind MapLibre's start, where the picture is meant to come first.
import { type PictureInput, picturePlacements, staticDrawing } from './static-picture';

type StandaloneRenderer = typeof import('./svg-export').standalonePicture;

/** What the picture shows: everything but where it looks and the basemap, which the controller adds. */
export type PictureContent = Omit<PictureInput, 'camera' | 'size' | 'topology' | 'measure' | 'obstacles'>;

/** Where a picture of the element's state comes from: the first frame, print and the SVG download share it. */
export class PictureSource {
  /** Text widths in the labels' font. */
  readonly measure: Measure = measureLabel;

  constructor(
    private readonly host: {
      readonly renderRoot: ParentNode;
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

  /** Until the WebGL map exists, the view it will start with: the first frame's projection and size. */
  plannedView(): PlannedView | undefined {
    const map = this.host.renderRoot.querySelector<HTMLElement>('.map');
    if (!this.waiting || this.lifecycle.engine || !map || !map.clientWidth || !map.clientHeight)
      return undefined;
    const size = { width: map.clientWidth, height: map.clientHeight };
    const project = projector(this.camera(size), size);
    return {
      ...size,
      project: ([lon, lat]) => {
        const [x, y] = project(lon, lat);
        return { x, y };
      },
    };
  }

  /** The camera the WebGL map has, or starts with, for a map of this size. */
  camera(size: Size): Camera {
    return this.lifecycle.moves.camera(size);
  }

  private last = new LastValue<{ svg: string; specs: LayerSpec[] }>();
  /** The layer specs of the picture last made, for finding what a pointer over it points at. */
  private specs: readonly LayerSpec[] = [];

  /** Lets go of the last picture made (the first frame's, once the WebGL map has taken over): a hundred kilobytes. */
  forget(): void {
    this.last = new LastValue<{ svg: string; specs: LayerSpec[] }>();
    this.specs = [];
  }

  /**
   * What a shape of the last picture stands for, as the WebGL map's picking would report it: the datum of a pickable
   * layer, found by the layer's and the datum's ids the shape carries in the specs the picture was drawn from.
   */
  picked(shape: Element | null): PickedDatum | null {
    const node = shape?.closest('[data-id]');
    const layerId = node?.closest('[data-layer]')?.getAttribute('data-layer');
    const id = node?.getAttribute('data-id');
    if (!node || !layerId || !id) return null;
    const spec = this.specs.find((s) => s.props.id === layerId && s.props.pickable);
    const data = spec && Array.isArray(spec.props.data) ? (spec.props.data as unknown[]) : [];
    return (data.find((d) => (d as { id?: unknown }).id === id) as PickedDatum | undefined) ?? null;
  }

  /** The dot of the last picture whose disc a point of a map of this size is on, as the WebGL map finds it. */
  dotAt(x: number, y: number, size: Size): PickedDatum | null {
    return dotUnder(this.specs, projector(this.camera(size), size), x, y);
  }

  /**
   * The picture as SVG markup, for a map of this size seen through this camera, or '' until its code and the
   * basemap are in. Made again only when what it shows changes.
   */
  markup(content: PictureContent, size: Size, camera: Camera, obstacles: () => Box[] = () => []): string {
    const topology = this.lifecycle.topology;
    if (!topology) return '';
    const key = this.keyOf(content, size, camera);
    const drawing = this.last.get(content.dataset, key, () => {
      const start = performance.now();
      const input = {
        ...content,
        topology,
        camera,
        size,
        measure: this.measure,
        obstacles: obstacles(),
      };
      const drawn = staticDrawing(input);
      // Read by the benchmark: how long one picture takes to make.
      performance.measure('relations-map:picture', { start, end: performance.now() });
      return drawn;
    });
    this.specs = drawing.specs;
    return drawing.svg;
  }

  /** What the picture depends on, as a string: the same key, the same picture. */
  keyOf(content: PictureContent, size: Size, camera: Camera): string {
    const { state } = content;
    return [
      state.year,
      [...state.layers].join(),
      state.direction,
      state.widthScale.domainMax,
      state.emphasis?.key,
      state.compare?.years.join(),
      content.colors.ocean,
      content.title,
      size.width,
      size.height,
      // Rounded: the map's own camera, once it exists, differs from the planned one only in float noise.
      camera.center.map((v) => v.toFixed(5)).join(),
      camera.zoom.toFixed(4),
    ].join('|');
  }

  /** Where the picture's labels would go, without drawing it (null: no room). */
  placements(content: PictureContent, size: Size, camera: Camera, obstacles: Box[]) {
    return picturePlacements({ ...content, size, camera, measure: this.measure, obstacles });
  }

  /** The picture shown without WebGL: the dataset's framing in a box the page scales to its width. */
  fallback(): string {
    const content = this.content();
    const size = { width: 800, height: 560 };
    const margin = { top: 12, bottom: 12, left: 12, right: 12 };
    return content
      ? this.markup(content, size, cameraForBounds(datasetBounds(content.dataset), size, margin))
      : '';
  }

  /**
   * The view as a picture that stands alone, with the title, key and sources around it; undefined before a dataset
   * and the basemap. The SVG download: the map's whole box through the map's camera. On paper: a page-wide box
   * framing every capital of the year, whatever the window showed (a wide window put Pyongyang on the top edge, an
   * A4-wide one left Jakarta off the page).
   */
  standalone(
    render: StandaloneRenderer,
    theme: 'light' | 'dark',
    framing: 'view' | 'paper' = 'view',
  ): string | undefined {
    const content = this.content();
    const topology = this.lifecycle.topology;
    const box = this.lifecycle.engine?.size;
    if (!content || !topology) return undefined;
    const size = framing === 'paper' ? PAPER_SIZE : { width: box?.width || 800, height: box?.height || 520 };
    const { strings: t, locale } = this.host;
    const colors = basemapThemes[theme];
    const state = { ...content.state, palette: layerPalettes[theme] };
    const input = {
      ...content,
      state,
      colors,
      topology,
      size,
      camera: framing === 'paper' ? paperCamera(content.dataset) : this.camera(size),
      measure: this.measure,
    };
    return render(input, { strings: t, locale }, { theme }).svg;
  }

  /**
   * True until the WebGL map has drawn its layers (and will: WebGL is there and nothing failed), and while a map that
   * gave its WebGL back to the page's budget waits to come back.
   */
  get waiting(): boolean {
    const l = this.lifecycle;
    return (l.loading || l.phase === 'released') && l.webgl && !l.fatal;
  }
}

/** A printed picture's map: as wide as a portrait A4 page's text at 96 px an inch, a little less tall. */
const PAPER_SIZE = { width: 700, height: 620 };

/** Every capital within reach of the focus country's, with room for the dots and the labels (which run east). */
function paperCamera(dataset: PictureContent['dataset']): Camera {
  const focus = dataset.actors.find((a) => a.code === dataset.focus)?.capital;
  const capitals = dataset.actors.map((a) => a.capital);
  const bounds = focus ? paperBounds(capitals, focus).bounds : datasetBounds(dataset);
  return cameraForBounds(bounds, PAPER_SIZE, { top: 36, bottom: 30, left: 40, right: 120 });
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
