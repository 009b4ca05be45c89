import { html, type TemplateResult } from 'lit';
import type { SourceRef } from '../data/sources';

/** Sources separated by semicolons; only http(s) addresses become links, opened in a new tab. */
export function sourceLinks(refs: readonly SourceRef[]): TemplateResult {
  return html`${refs.map(
    (s, i) =>
      html`${i > 0 ? '; ' : ''}${
        s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.label}</a>` : s.label
      }`,
  )}`;
}
