import { formatDate, precisionOf } from './format';
import type { Dataset, Source } from './schema';
import { sourceIndex } from './selectors';

/** A source as the details panel and the table show it: a citation, a link only for http(s) addresses. */
export interface SourceRef {
  label: string;
  /** Only http(s) addresses become links; anything else is shown as text. */
  url?: string;
}

/**
 * How a source is cited in the details panel and the table; its date in the reader's locale, like every date. A
 * headline is quoted; a title that only describes the piece is plain text, so nobody takes it for the headline
 * (brackets read as an editor's insertion to the readers who saw them).
 */
export function sourceLabel(s: Source, locale = 'en'): string {
  const title = s.descriptive ? s.title : `"${s.title}"`;
  return `${s.publisher}, ${title}${s.date ? ` (${formatDate(s.date, precisionOf(s.date), locale)})` : ''}`;
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

export function sourceRefs(dataset: Dataset, ids: readonly string[], locale = 'en'): SourceRef[] {
  const sources = sourceIndex(dataset);
  return ids.map((id) => {
    const s = sources.get(id);
    if (!s) return { label: id };
    const url = safeUrl(s.url);
    const label = sourceLabel(s, locale);
    return url ? { label, url } : { label };
  });
}

/** The sources' publishers on one line, for tooltips and compact table cells. */
export function sourcePublishers(dataset: Dataset, ids: readonly string[]): string {
  const sources = sourceIndex(dataset);
  return ids.map((id) => sources.get(id)?.publisher ?? id).join('; ');
}
