/** The library's entry: defines the elements and exports their classes and the data types. */

export { RelationsDetails } from './components/relations-details';
export { RelationsLayerToggles } from './components/relations-layer-toggles';
export { RelationsLegend } from './components/relations-legend';
export type {
  DataErrorDetail,
  LayersChangeDetail,
  ReadyDetail,
  SelectionChangeDetail,
  Theme,
  ViewChangeDetail,
  YearChangeDetail,
} from './components/relations-map';
export { RelationsMap } from './components/relations-map';
export { RelationsYearSlider } from './components/relations-year-slider';
export type { Selection } from './data/details';
export type { Actor, Dataset, Flow, Gap, Relation, RelationsEvent, Source } from './data/schema';
export type { Problem, ValidationResult } from './data/validate';
export { validateDataset } from './data/validate';
