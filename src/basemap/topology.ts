import bundledGeoUrl from '../../geo/countries-story.json?url';
import { LIBRARY_FILES, libraryFile } from '../data/files';
import { isCountriesTopology } from './style';

type CountriesTopology = Parameters<typeof import('./style').buildBasemapStyle>[0];
/** The basemap's countries as world-atlas gives them. */
export type Topology = CountriesTopology;

let cached: Promise<CountriesTopology> | undefined;

/** The basemap's countries, fetched once per page and shared by every map on it. */
export function loadTopology(): Promise<CountriesTopology> {
  cached ??= (async () => {
    const geoUrl = libraryFile(LIBRARY_FILES.basemap, bundledGeoUrl);
    const response = await fetch(geoUrl);
    if (!response.ok) throw new Error(`${geoUrl}: the server answered ${response.status}`);
    const value: unknown = await response.json();
    if (!isCountriesTopology(value)) throw new Error(`${geoUrl}: not a world-atlas countries topology`);
    return value;
  })();
  // A failed download must not stay cached: the next map, or a retry, tries again.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
