import type { ReactiveControllerHost } from 'lit';
import type { EnvironmentController } from '../../controllers/environment';
import type { StoryController } from '../../controllers/story';
import type { Dataset } from '../../data/schema';
import { FirstFrame } from '../../picture/first-frame';
import { ImageDownload, type ImageSource, type ImageType } from '../../picture/image-download';
import { PictureSource } from '../../picture/picture-source';
import { PrintPicture } from '../../picture/print-picture';
import type { MapFeature } from './map';

export type PictureFeatureHost = ReactiveControllerHost &
  HTMLElement &
  ImageSource['host'] & {
    readonly shownData: Dataset | undefined;
    readonly gestures: 'cooperative' | 'greedy';
  };

/**
 * The static picture of the element's state, drawn from the data: the first frame before the WebGL map has drawn,
 * the print, the fallback without WebGL, and the PNG and SVG downloads.
 */
export class PictureFeature {
  readonly source: PictureSource;
  readonly firstFrame: FirstFrame;
  readonly print: PrintPicture;
  private readonly image: ImageDownload;

  constructor(
    host: PictureFeatureHost,
    map: MapFeature,
    parts: { env: EnvironmentController; story(): StoryController; notify(text: string): void },
  ) {
    const drawn = (dataset: Dataset) => map.drawnState(dataset);
    this.source = new PictureSource(host, map.lifecycle, () =>
      host.shownData ? { ...drawn(host.shownData), emphasis: parts.story().emphasis } : undefined,
    );
    this.firstFrame = new FirstFrame(host, this.source, map.labels, map.edges, parts.env, {
      camera: map.moves,
      hover: (picked, x, y) => map.hover(picked, x, y),
      click: (picked) => map.click(picked),
      greedy: () => host.gestures === 'greedy',
    });
    this.print = new PrintPicture(host, this.source);
    this.image = new ImageDownload({
      host,
      pictures: this.source,
      engine: () => map.lifecycle.engine,
      state: () =>
        host.shownData && {
          ...drawn(host.shownData),
          strings: host.strings,
          locale: host.locale,
          topology: map.lifecycle.topology,
        },
      notify: parts.notify,
    });
  }

  /** The view as a PNG or an SVG (see the element's `exportImage`). */
  export(type?: ImageType): Promise<Blob> {
    return this.image.export(type);
  }

  /** The panel's download buttons. */
  download(type: ImageType): void {
    void this.image.download(type);
  }
}
