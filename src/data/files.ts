/**
 * Where the package's own files are: the built-in dataset, the basemap, MapLibre's worker, the posters and the
 * library file itself (for the embed code).
 *
 * A bundler that follows `new URL(…, import.meta.url)` (Vite, webpack 5, Rollup with its plugin) copies them and
 * rewrites their URLs; Angular's esbuild builder and some CDNs do not. There the page says where it put the
 * library's folder (`dist/lib` of the package), once: `setBasePath('/assets/relations-map/')`, or the `base-path`
 * attribute of any of the package's elements. Relative paths are read against the page's base URL, so a site under
 * a sub-path works with `<base href>`.
 */

let basePath: string | undefined;

/** Names of the files inside the library's folder (the library build keeps these names, unhashed). */
export const LIBRARY_FILES = {
  dataset: 'assets/dprk-relations.json',
  basemap: 'assets/countries-story.json',
  worker: 'assets/maplibre-gl-worker.mjs',
  library: 'relations-map.js',
  poster: (name: string) => `posters/${name}.svg`,
} as const;

/** Sets the URL of the folder that holds the package's files, for the whole page (a trailing slash is added). */
export function setBasePath(url: string | URL): void {
  const text = String(url).trim();
  if (!text) {
    basePath = undefined;
    return;
  }
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  const href = new URL(text, base).href;
  basePath = href.endsWith('/') ? href : `${href}/`;
}

/** The folder set with `setBasePath` (or `base-path`), as an absolute URL; undefined when none was set. */
export function getBasePath(): string | undefined {
  return basePath;
}

/** A file of the library: under the base path when the page set one, else where the bundler put it. */
export function libraryFile(name: string, bundled: string): string;
export function libraryFile(name: string, bundled: string | undefined): string | undefined;
export function libraryFile(name: string, bundled: string | undefined): string | undefined {
  return basePath ? new URL(name, basePath).href : bundled;
}
