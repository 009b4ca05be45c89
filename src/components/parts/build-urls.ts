import type { Dataset } from '../../data/schema';
import { yearSummary } from '../../data/summary';
import type { Lang } from '../../strings';

/**
 * Files the build writes beside the library, found from this module. In the library build this module is inside it;
 * in the demo site the build defines where the library sits beside the site's own bundle. Without a definition
 * (the dev server, tests in Node) the library is this module and there are no posters.
 */
declare const __LIBRARY_ENTRY__: string | undefined;
declare const __POSTERS__: string | undefined;

/** The library file, for the embed code. */
export const LIBRARY_URL =
  typeof __LIBRARY_ENTRY__ === 'string' ? new URL(__LIBRARY_ENTRY__, import.meta.url).href : import.meta.url;

/**
 * The build's poster of a year of the built-in dataset (`latest`: its last year), in Malay for `ms`, else in
 * English; undefined without posters.
 */
export function posterUrl(year: number | 'latest', locale = 'en'): string | undefined {
  const suffix = locale.toLowerCase().startsWith('ms') ? '.ms' : '';
  return typeof __POSTERS__ === 'string'
    ? new URL(`${__POSTERS__}${year}${suffix}.svg`, import.meta.url).href
    : undefined;
}

/** The posters' size: the embed code's element, 800 pixels wide. */
export const POSTER_SIZE = { width: 800, height: 520 };

/** A year's poster's alt text: the year in words, written from the data. */
export const posterAlt = (dataset: Dataset, year: number, lang: Lang) =>
  `${lang.t.staticMapLabel(String(year))}. ${yearSummary(dataset, year, lang)}`;

/** The poster for the embed code: the built-in dataset's year, when the build wrote posters. */
export interface EmbedPoster {
  src: string;
  alt: string;
  width: number;
  height: number;
}

export function embedPoster(dataset: Dataset, year: number, lang: Lang): EmbedPoster | undefined {
  const src = posterUrl(year, lang.locale);
  return src ? { src, alt: posterAlt(dataset, year, lang), ...POSTER_SIZE } : undefined;
}
