import { html, nothing, type ReactiveControllerHost } from 'lit';
import { embedSnippet, permalink, type SharedView, type SnippetPoster } from '../../data/share';
import type { Strings } from '../../text/strings';

/**
 * The share box: a permalink (where the element reads it back) and the embed code of the current view, each with a
 * Copy button. Both are worked out
 * only while the box is open: not on every year switch or hover.
 */
export class ShareBox {
  private open = false;
  /** Which field's text was last copied, and how: the button says so for a moment. */
  private copied: { field: 'link' | 'code'; ok: boolean } | undefined;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Says a result to screen readers (the element's live region). */
    private readonly announce: (text: string) => void,
  ) {}

  private async copy(field: 'link' | 'code', text: HTMLTextAreaElement | null | undefined, s: Strings) {
    if (!text) return;
    text.select();
    let ok = false;
    try {
      await navigator.clipboard.writeText(text.value);
      ok = true;
    } catch {
      // No clipboard permission (an iframe, an old browser): the text stays selected for Ctrl+C.
    }
    this.copied = { field, ok };
    this.announce(ok ? s.copied : s.copyByHand);
    this.host.requestUpdate();
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => {
      this.copied = undefined;
      this.host.requestUpdate();
    }, 2500);
  }

  /**
   * `view` is the view on screen; `embed` the view for the embed code, framed for the embed's own size (see
   * `embedView`).
   */
  render(
    strings: Strings,
    view: () => SharedView,
    embed: () => SharedView,
    urlKey: (name: string) => string,
    poster: () => SnippetPoster | undefined,
    /** The library file for the embed code; none where it has no public address (see `libraryUrl`). */
    library: string | undefined,
    /**
     * The element reads the view back from the URL (`sync-url`): a link then reopens it. Without, a link would open
     * the page's default view, so none is offered.
     */
    linkable: boolean,
  ) {
    const s = strings;
    const copy = (field: 'link' | 'code') => (e: Event) =>
      void this.copy(field, (e.target as HTMLElement).closest('label')?.querySelector('textarea'), s);
    const label = (field: 'link' | 'code') =>
      this.copied?.field === field ? (this.copied.ok ? s.copied : s.copyByHand) : s.copy;
    const open = this.open;
    return html`<details
      class="share"
      @toggle=${(e: Event) => {
        this.open = (e.target as HTMLDetailsElement).open;
        if (this.open) this.host.requestUpdate();
      }}
    >
      <summary>${s.share}</summary>
      ${
        linkable
          ? html`<label
              >${s.permalink}
              <textarea readonly rows="2" .value=${open ? permalink(location.href, urlKey, view()) : ''}></textarea>
              <button type="button" data-copy="link" @click=${copy('link')}>${label('link')}</button></label
            >`
          : nothing
      }
      ${
        library
          ? html`<label
              >${s.embedCode}
              <textarea readonly rows="4" .value=${open ? embedSnippet(library, embed(), poster()) : ''}></textarea>
              <button type="button" data-copy="code" @click=${copy('code')}>${label('code')}</button></label
            >`
          : html`<p class="embed-unavailable">${s.embedCodeUnavailable}</p>`
      }
    </details>`;
  }
}
