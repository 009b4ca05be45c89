import { LIBRARY_FILES, libraryFile } from '../data/files';
import type { Dataset } from '../data/schema';
import type { Lang } from '../text/strings';
import { posterAlt } from '../text/summary';

/**
 * Files the build writes beside the library, found from this module. In the library build this module is inside it
 * (`./relations-map.js`); in the demo site the build defines where the library sits beside the site's own bundle.
 * Without a definition (the dev server, tests in Node) the library is this module and there are no posters.
 */
declare const __LIBRARY_ENTRY__: string | undefined;
declare const __POSTERS__: string | undefined;

/**
 * The library's folder as this module finds it, or undefined when this module is no longer the library's own file:
 * an app's bundler took the library into its own bundle (a chunk with another name, in another folder), where
 * `./relations-map.js` or `./posters/` beside it would not exist and would 404.
 */
function builtFile(name: string | undefined): string | undefined {
  if (typeof name !== 'string') return undefined;
  const url = new URL(name, import.meta.url).href;
  const self = typeof __LIBRARY_ENTRY__ === 'string' && __LIBRARY_ENTRY__.startsWith('./');
  if (self && new URL(__LIBRARY_ENTRY__, import.meta.url).href !== import.meta.url) return undefined;
  return url;
}

/**
 * The library file, for the embed code: the page's `embed-script`, else the library in the base path's folder, else
 * this very file when the page loads the library as built. Undefined in an app whose bundler took the library in
 * and whose page named neither: the share box then says how to enable the embed code instead of offering one that
 * 404s.
 */
export function libraryUrl(embedScript?: string): string | undefined {
  if (embedScript) return new URL(embedScript, document.baseURI).href;
  const built = typeof __LIBRARY_ENTRY__ === 'string' ? builtFile(__LIBRARY_ENTRY__) : import.meta.url;
  return libraryFile(LIBRARY_FILES.library, built);
}

/**
 * The build's poster of a year of the built-in dataset (`latest`: its last year), in Malay for `ms`, else in
 * English; undefined without posters.
 */
export function posterUrl(year: number | 'latest', locale = 'en'): string | undefined {
  const suffix = locale.toLowerCase().startsWith('ms') ? '.ms' : '';
  const name = `${year}${suffix}`;
  const built = typeof __POSTERS__ === 'string' ? builtFile(`${__POSTERS__}${name}.svg`) : undefined;
  return libraryFile(LIBRARY_FILES.poster(name), built);
}

/** The posters' size: the embed code's element, 800 pixels wide. */
export const POSTER_SIZE = { width: 800, height: 520 };

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
