import { downloadBlob } from '../download';
import type { ImageState } from '../engine/image-export';
import type { MapEngine } from '../engine/map-engine';

export interface ImageSource {
  /** The element: its shadow root holds the frame and the panel. */
  readonly host: { readonly renderRoot: HTMLElement | DocumentFragment };
  engine(): MapEngine | undefined;
  /** What is drawn, as the image's key and sources say it; undefined before a dataset. */
  state(): ImageState | undefined;
  theme(): 'light' | 'dark';
  whenRendered(): Promise<void>;
  /** The file's name, without the extension. */
  fileName(): string;
  /** Says why a download failed, over the map. */
  notify(text: string): void;
  failedText(): string;
}

/** The map as a PNG: for `exportImage()` and the panel's download button. */
export class ImageDownload {
  constructor(private readonly source: ImageSource) {}

  async export(): Promise<Blob> {
    const s = this.source;
    const engine = s.engine();
    const state = s.state();
    if (!engine || !state) throw new Error('relations-map: the map has not been drawn yet');
    await s.whenRendered();
    const frame = s.host.renderRoot.querySelector<HTMLElement>('.frame');
    // Drawing the image's title, key and sources is code few readers need: fetched when the first image is made.
    const { exportPng } = await import('../engine/image-export');
    return exportPng(engine, state, {
      theme: s.theme(),
      font: (frame && getComputedStyle(frame).fontFamily) || 'sans-serif',
      panel: s.host.renderRoot.querySelector<HTMLElement>('.controls')?.getBoundingClientRect(),
    });
  }

  async download(): Promise<void> {
    try {
      downloadBlob(await this.export(), `${this.source.fileName()}.png`);
    } catch (error) {
      this.source.notify(
        `${this.source.failedText()}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
