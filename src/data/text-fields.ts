/**
 * The reader-facing text of each kind of object, which may be given in other languages in the object's `i18n`
 * (`{ "ms": { "name": "Korea Utara" } }`). Keyed by where the object sits: a collection, or a field of its items.
 * The validator, `localize()` and the CSV form's `<column>_<language>` columns all read this one table.
 */
export const translatableFields = {
  dataset: ['title', 'description', 'method', 'changes', 'license'],
  years: ['label', 'caption'],
  actors: ['name', 'shortName'],
  'actors.capital': ['name'],
  flows: ['method', 'defaultReason', 'note'],
  'flows.original': ['conversion'],
  'flows.period': ['note'],
  relations: ['summary'],
  'relations.causes': ['text'],
  events: ['title', 'description', 'dateNote', 'note'],
  'events.place': ['name', 'note'],
  gaps: ['reason'],
  totals: ['note'],
  story: ['title', 'text'],
  // A source's title is its headline, in the language it was published in; only a title the dataset wrote
  // (`descriptive`) is the dataset's text to translate.
  sources: ['title', 'note'],
} as const satisfies Record<string, readonly string[]>;
