import type { Dataset, Source } from './schema';
import { sourceIndex } from './selectors';

/** A source as the details panel and the table show it: a citation, a link only for http(s) addresses. */
export interface SourceRef {
  label: string;
  /** Only http(s) addresses become links; anything else is shown as text. */
  url?: string;
}

/** How a source is cited in the details panel and the table. */
export function sourceLabel(s: Source): string {
  return `${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ''}`;
}

export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function sourceRefs(dataset: Dataset, ids: readonly string[]): SourceRef[] {
  const sources = sourceIndex(dataset);
  return ids.map((id) => {
    const s = sources.get(id);
    if (!s) return { label: id };
    const url = safeUrl(s.url);
    return url ? { label: sourceLabel(s), url } : { label: sourceLabel(s) };
  });
}

/** The sources' publishers on one line, for tooltips and compact table cells. */
export function sourcePublishers(dataset: Dataset, ids: readonly string[]): string {
  const sources = sourceIndex(dataset);
  return ids.map((id) => sources.get(id)?.publisher ?? id).join('; ');
}
