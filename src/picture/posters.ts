import { basemapThemes } from '../basemap/style';
import type { Topology } from '../basemap/topology';
import type { Dataset } from '../data/schema';
import { yearsOf } from '../data/selectors';
import { datasetBounds } from '../geo/framing';
import { cameraForBounds } from '../geo/mercator';
import { roughMeasure } from '../layers/capital-labels';
import { layerPalettes } from '../layers/colors';
import { widthScaleFor } from '../layers/scales';
import { layerTokens } from '../layers/types';
import type { Lang } from '../text/strings';
import { posterAlt } from '../text/summary';
import { POSTER_SIZE } from './build-urls';
import { standalonePicture } from './svg-export';

/** The story's framing, with a little room around it. */
const POSTER_PADDING = { top: 24, bottom: 24, left: 24, right: 40 };

/**
 * Every year of a dataset as a standalone SVG (the story's framing, every layer, the light theme), for readers
 * without JavaScript or WebGL: the build writes them beside the library, and the embed code shows them.
 */
export function posters(
  dataset: Dataset,
  topology: Topology,
  lang: Lang,
): Array<{ year: number; svg: string }> {
  return yearsOf(dataset).map((year) => {
    const { svg } = standalonePicture(
      {
        dataset,
        state: {
          year,
          layers: new Set(layerTokens),
          direction: 'both',
          palette: layerPalettes.light,
          widthScale: widthScaleFor(dataset, year, 'locked'),
        },
        topology,
        colors: basemapThemes.light,
        camera: cameraForBounds(datasetBounds(dataset), POSTER_SIZE, POSTER_PADDING),
        size: POSTER_SIZE,
        measure: roughMeasure,
        title: `${dataset.title}: ${year}`,
        description: posterAlt(dataset, year, lang),
      },
      { strings: lang.t, locale: lang.locale },
      { theme: 'light' },
    );
    return { year, svg };
  });
}
