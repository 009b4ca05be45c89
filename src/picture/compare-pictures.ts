import { basemapThemes } from '../basemap/style';
import type { Topology } from '../basemap/topology';
import type { Dataset } from '../data/schema';
import type { Direction } from '../data/selectors';
import { datasetBounds } from '../geo/framing';
import { cameraForBounds } from '../geo/mercator';
import type { Measure } from '../layers/capital-labels';
import { layerPalettes } from '../layers/colors';
import { widthScaleFor } from '../layers/scales';
import type { LayerToken } from '../layers/types';
import { changeLabel, changeRows } from '../text/compare';
import type { Lang } from '../text/strings';
import { posterAlt } from '../text/summary';
import type { PictureInput } from './static-picture';

/** One picture's drawing size; the pictures scale to their column, so this sets their proportions and text size. */
const MULTIPLE_SIZE = { width: 480, height: 320 };
const PADDING = { top: 16, bottom: 16, left: 16, right: 24 };
/** The change map: wider, for the labels on its arcs. */
const CHANGE_SIZE = { width: 720, height: 440 };

/** What a comparison's pictures share: the layers and direction shown, the colours, the words, text widths. */
export interface CompareLook {
  layers: ReadonlySet<LayerToken>;
  direction: Direction;
  theme: 'light' | 'dark';
  lang: Lang;
  measure: Measure;
}

/**
 * What one picture of a comparison is drawn from: a year's small picture, or (`change`) the map of what changed
 * between two years. All on the locked scale and the dataset's framing, so they compare.
 */
export function comparePictureInput(
  dataset: Dataset,
  topology: Topology,
  year: number,
  look: CompareLook,
  change?: { years: [number, number]; title: string },
): PictureInput {
  const { theme, lang } = look;
  const size = change ? CHANGE_SIZE : MULTIPLE_SIZE;
  const years = change?.years;
  return {
    dataset,
    state: {
      year,
      // The change map draws trade alone: relation lines and events of one year would say half the story.
      layers: years ? new Set<LayerToken>(['trade', 'labels']) : look.layers,
      compare: years && { years, label: (c) => changeLabel(c, years, lang) },
      direction: look.direction,
      palette: layerPalettes[theme],
      // Locked: one scale for every year, so a thinner arc is less trade, whichever picture it is in.
      widthScale: widthScaleFor(dataset, year, 'locked'),
    },
    topology,
    colors: basemapThemes[theme],
    camera: cameraForBounds(datasetBounds(dataset), size, PADDING),
    size,
    measure: look.measure,
    title: change ? change.title : `${dataset.title}: ${year}`,
    description: years
      ? changeRows(dataset, years, lang)
          .map((r) => `${r.subject}: ${r.words}.`)
          .join(' ')
      : posterAlt(dataset, year, lang),
  };
}
