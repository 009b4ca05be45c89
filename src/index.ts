/** The library's entry: defines the elements and exports their classes and the data types. */

import { defineWhenUsed } from './components/lazy-define';

// Types only: <relations-compare> arrives in a chunk of its own when the page has one or a map opens its compare view.
export type { CompareErrorDetail, RelationsCompare, YearSelectDetail } from './components/relations-compare';
export { RelationsDetails } from './components/relations-details';
export { RelationsLayerToggles } from './components/relations-layer-toggles';
export { RelationsLegend } from './components/relations-legend';
export { RelationsMap } from './components/relations-map';
export { RelationsStory } from './components/relations-story';
export { RelationsTable } from './components/relations-table';
// Types only: the panel loads the timeline when it opens, in a chunk of its own.
export type { RelationsTimeline, TimelineSelectDetail } from './components/relations-timeline';
export { RelationsYearSlider } from './components/relations-year-slider';
export { getLiveMapLimit, setLiveMapLimit } from './controllers/live-maps';
export { flowsCsv, parseCsv } from './data/csv';
export { getBasePath, setBasePath } from './data/files';
export type {
  Actor,
  Dataset,
  Flow,
  Gap,
  Relation,
  RelationsEvent,
  Source,
  StoryStep,
  TradeTotal,
} from './data/schema';
export type { Selection } from './data/selection';
export type { StepState } from './data/story';
export type { Problem, ValidationResult } from './data/validate';
export { validateDataset } from './data/validate';
export type { Strings } from './text/strings';
export { en, ms } from './text/strings';
export type {
  DataErrorDetail,
  DeckOverlayHandle,
  DisplayMode,
  LayersChangeDetail,
  MapLibreMapHandle,
  ReadyDetail,
  RelationsMapAttributes,
  SelectionChangeDetail,
  StepChangeDetail,
  Theme,
  ViewChangeDetail,
  YearChangeDetail,
} from './types';

/** Loads `<relations-compare>` now: for one inside a shadow root of the page's own, which the page's DOM does not show. */
export const loadRelationsCompare = defineWhenUsed(
  'relations-compare',
  () => import('./components/relations-compare'),
);
