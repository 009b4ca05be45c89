import { html } from 'lit';
import { posterUrl } from '../../picture/build-urls';
import type { Strings } from '../../text/strings';

/**
 * What a lazy map shows until it starts: the page's own poster (slot `poster`), else, for the built-in dataset, the
 * build's picture of the year with the words as its alt text, else the words alone. The picture is a lazy image:
 * the browser fetches it a little before the map would start, so it covers the map's start as the reader arrives.
 */
export function renderPoster(s: Strings, locale: string, builtIn: boolean, year: number | undefined) {
  const src = builtIn ? posterUrl(year ?? 'latest', locale) : undefined;
  return html`<div class="poster" part="poster">
    <slot name="poster">${src ? html`<img src=${src} alt=${s.poster} loading="lazy" />` : html`<p>${s.poster}</p>`}</slot>
  </div>`;
}
