import { downloadBlob } from '../download';
import type { ImageState } from '../engine/image-export';
import type { MapEngine } from '../engine/map-engine';
import type { Strings } from '../strings';

export interface ImageSource {
  /** The element: its shadow root holds the frame and the panel. */
  readonly host: {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly resolvedTheme: 'light' | 'dark';
    readonly data: { id: string } | undefined;
    readonly year: number | undefined;
    readonly strings: Strings;
    whenRendered(): Promise<void>;
  };
  engine(): MapEngine | undefined;
  /** What is drawn, as the image's key and sources say it; undefined before a dataset. */
  state(): ImageState | undefined;
  /** Says why a download failed, over the map. */
  notify(text: string): void;
}

/** The map as a PNG: for `exportImage()` and the panel's download button. */
export class ImageDownload {
  constructor(private readonly source: ImageSource) {}

  async export(): Promise<Blob> {
    const s = this.source;
    const engine = s.engine();
    const state = s.state();
    if (!engine || !state) throw new Error('relations-map: the map has not been drawn yet');
    await s.host.whenRendered();
    const frame = s.host.renderRoot.querySelector<HTMLElement>('.frame');
    // Drawing the image's title, key and sources is code few readers need: fetched when the first image is made.
    const { exportPng } = await import('../engine/image-export');
    return exportPng(engine, state, {
      theme: s.host.resolvedTheme,
      font: (frame && getComputedStyle(frame).fontFamily) || 'sans-serif',
      panel: s.host.renderRoot.querySelector<HTMLElement>('.controls')?.getBoundingClientRect(),
    });
  }

  async download(): Promise<void> {
    const { data, year, strings } = this.source.host;
    try {
      downloadBlob(await this.export(), `${data?.id ?? 'relations-map'}-${year ?? ''}.png`);
    } catch (error) {
      this.source.notify(`${strings.pngFailed}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
