import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { isCountriesTopology } from '../src/basemap/style';
import { localize } from '../src/data/translations';
import { validateDataset } from '../src/data/validate';
import { posters } from '../src/picture/posters';
import { langFor } from '../src/text/strings';

/**
 * Writes the built-in dataset's posters beside the library: `posters/<year>.svg` for each year (and
 * `posters/latest.svg`), in English, and `posters/<year>.ms.svg` in Malay, each with the year in words as its
 * description. Readers without JavaScript or WebGL see them through the embed code and the lazy poster.
 */
export function postersPlugin(root: string): Plugin {
  return {
    name: 'relations-map-posters',
    apply: 'build',
    generateBundle() {
      const result = validateDataset(
        JSON.parse(readFileSync(resolve(root, 'datasets/dprk-relations.json'), 'utf8')),
      );
      if (!result.ok) throw new Error('posters: the built-in dataset does not validate (npm run validate)');
      const topology: unknown = JSON.parse(readFileSync(resolve(root, 'geo/countries-story.json'), 'utf8'));
      if (!isCountriesTopology(topology))
        throw new Error('posters: geo/countries-story.json is not a topology');
      for (const locale of ['en', 'ms']) {
        const suffix = locale === 'en' ? '' : `.${locale}`;
        // The posters speak the page's language, the dataset's text included.
        const dataset = localize(result.dataset, locale);
        const made = posters(dataset, topology, langFor(locale, dataset));
        const latest = made[made.length - 1];
        for (const { year, svg } of latest ? [...made, { year: 'latest', svg: latest.svg }] : made)
          this.emitFile({ type: 'asset', fileName: `posters/${year}${suffix}.svg`, source: svg });
      }
    },
  };
}
