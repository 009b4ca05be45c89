import { downloadBlob } from '../download';
import type { MapSurface } from '../engine/surface';
import type { Strings } from '../text/strings';
import type { ImageState } from './image-export';
import type { PictureSource } from './picture-source';

/** The image formats `exportImage()` makes. */
export type ImageType = 'image/png' | 'image/svg+xml';

export interface ImageSource {
  /** The element: its shadow root holds the frame and the panel. */
  readonly host: {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly resolvedTheme: 'light' | 'dark';
    readonly data: { id: string } | undefined;
    readonly year: number | undefined;
    readonly strings: Strings;
    readonly locale: string;
    whenRendered(): Promise<void>;
  };
  /** The picture of what is drawn, for the SVG. */
  pictures: PictureSource;
  engine(): MapSurface | undefined;
  /** What is drawn, as the image's key and sources say it; undefined before a dataset. */
  state(): ImageState | undefined;
  /** Says why a download failed, over the map. */
  notify(text: string): void;
}

/** The map as a PNG or an SVG: for `exportImage()` and the panel's download buttons. */
export class ImageDownload {
  constructor(private readonly source: ImageSource) {}

  async export(type: ImageType = 'image/png'): Promise<Blob> {
    const s = this.source;
    if (type !== 'image/png' && type !== 'image/svg+xml')
      throw new Error(`relations-map: no image of type ${String(type)}`);
    // The SVG is drawn from the data: it needs no WebGL map (a browser without WebGL gets it too).
    if (type === 'image/svg+xml') {
      await s.host.whenRendered();
      return this.svg();
    }
    const engine = s.engine();
    const state = s.state();
    if (!engine || !state) throw new Error('relations-map: the map has not been drawn yet');
    await s.host.whenRendered();
    const frame = s.host.renderRoot.querySelector<HTMLElement>('.frame');
    // Drawing the image's title, key and sources is code few readers need: fetched when the first image is made.
    const { exportPng } = await import('./image-export');
    return exportPng(engine, state, {
      theme: s.host.resolvedTheme,
      font: (frame && getComputedStyle(frame).fontFamily) || 'sans-serif',
      panel: s.host.renderRoot.querySelector<HTMLElement>('.controls')?.getBoundingClientRect(),
    });
  }

  /** The whole map's box as a standalone SVG picture of the view, with its title, key and sources. */
  private async svg(): Promise<Blob> {
    const { host, pictures } = this.source;
    const { standalonePicture } = await import('./svg-export');
    const picture = pictures.standalone(standalonePicture, host.resolvedTheme);
    if (!picture) throw new Error('relations-map: the map has not been drawn yet');
    return new Blob([picture], { type: 'image/svg+xml' });
  }

  async download(type: ImageType = 'image/png'): Promise<void> {
    const { data, year, strings } = this.source.host;
    const extension = type === 'image/svg+xml' ? 'svg' : 'png';
    try {
      downloadBlob(await this.export(type), `${data?.id ?? 'relations-map'}-${year ?? ''}.${extension}`);
    } catch (error) {
      this.source.notify(`${strings.pngFailed}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
