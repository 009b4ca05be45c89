import { html, type ReactiveControllerHost } from 'lit';

/**
 * The element's polite live region: what changed (the year, a selection, the view) is said once to screen
 * readers, never moving focus.
 */
export class Announcer {
  private text = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  say(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  render() {
    return html`<div class="visually-hidden" aria-live="polite">${this.text}</div>`;
  }
}
