/** The library's entry: defines the elements and exports their classes and the data types. */

export type { DataErrorDetail, ReadyDetail, Theme, YearChangeDetail } from './components/relations-map';
export { RelationsMap } from './components/relations-map';
export type { Actor, Dataset, Flow, Gap, Relation, RelationsEvent, Source } from './data/schema';
export type { Problem, ValidationResult } from './data/validate';
export { validateDataset } from './data/validate';
