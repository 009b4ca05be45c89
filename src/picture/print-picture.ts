import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PictureSource } from './picture-source';

type StandaloneRenderer = typeof import('./svg-export').standalonePicture;

/**
 * On paper, a canvas prints blank or half drawn: the print shows the picture of the current year instead, framing
 * every capital of the year for the page (./picture-source `standalone`),
 * with its title, key and sources, in the light theme, made from the data as the page is printed (`beforeprint`, or
 * the print media query turning on). Its code is fetched once the map is up, so printing never waits for it.
 */
export class PrintPicture implements ReactiveController {
  private renderer: StandaloneRenderer | undefined;
  private requested = false;
  private readonly media = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly pictures: PictureSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.fill);
    this.media?.addEventListener('change', this.onMedia);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.fill);
    this.media?.removeEventListener('change', this.onMedia);
  }

  hostUpdated(): void {
    if (this.requested || this.pictures.waiting || !this.pictures.topology() || !this.pictures.content())
      return;
    this.requested = true;
    import('./svg-export')
      .then((module) => {
        this.renderer = module.standalonePicture;
        if (this.media?.matches) this.fill();
      })
      .catch(() => {
        // Printed without the picture: the page's own text still prints.
        this.requested = false;
      });
  }

  private onMedia = () => {
    if (this.media?.matches) this.fill();
  };

  /** Draws the picture now, synchronously: the browser lays the page out for print right after this event. */
  private fill = () => {
    const box = this.host.renderRoot.querySelector<HTMLElement>('.print-picture');
    if (!box || !this.renderer) return;
    box.innerHTML = this.pictures.standalone(this.renderer, 'light', 'paper') ?? '';
  };

  render() {
    return html`<div class="print-picture"></div>`;
  }
}
