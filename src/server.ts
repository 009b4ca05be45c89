/**
 * The package's entry on a server (Node and the server builds of Next, Astro, SvelteKit and Nuxt, through the
 * `node` export condition): importing it throws nothing and defines nothing. The data functions work as in a browser;
 * the element classes are `undefined`, because an element can only be defined where there is a DOM: the page's
 * browser defines them when it loads the package (see the README's recipes for each framework).
 */

import type * as browser from './index';

export { getLiveMapLimit, setLiveMapLimit } from './controllers/live-maps';
export { flowsCsv, parseCsv } from './data/csv';
export { getBasePath, setBasePath } from './data/files';
export { validateDataset } from './data/validate';
export { en, ms } from './text/strings';

// Undefined on a server, typed as the browser's for the code a framework renders on both (`if (RelationsMap) …`).
export const RelationsMap: typeof browser.RelationsMap | undefined = undefined;
export const RelationsDetails: typeof browser.RelationsDetails | undefined = undefined;
export const RelationsLayerToggles: typeof browser.RelationsLayerToggles | undefined = undefined;
export const RelationsLegend: typeof browser.RelationsLegend | undefined = undefined;
export const RelationsStory: typeof browser.RelationsStory | undefined = undefined;
export const RelationsTable: typeof browser.RelationsTable | undefined = undefined;
export const RelationsYearSlider: typeof browser.RelationsYearSlider | undefined = undefined;
