import type { Dataset } from './dataset-types';
import { translatableFields } from './text-fields';

/**
 * A dataset's text in the reader's language. Each object may give its reader-facing fields in other languages
 * (`i18n`, see `translatableFields`); the reader's language is looked up by its full tag (`pt-BR`), then by its
 * primary language (`ms-MY` → `ms`); a field with neither keeps the dataset's own text (its first `languages`,
 * English when absent).
 */

type Json = Record<string, unknown>;
type Kind = keyof typeof translatableFields;

const collections = [
  'years',
  'actors',
  'flows',
  'relations',
  'events',
  'gaps',
  'totals',
  'story',
  'sources',
] as const;
type Collection = (typeof collections)[number];

/** The fields of a collection's items that hold objects with text of their own (`place`, `causes`). */
function innerFields(collection: Collection): Array<{ field: string; kind: Kind }> {
  return (Object.keys(translatableFields) as Kind[]).flatMap((kind) => {
    const [owner, field] = kind.split('.');
    return owner === collection && field ? [{ field, kind }] : [];
  });
}

/** The dataset's own language: its text without `i18n`. */
export function baseLanguage(dataset: Dataset): string {
  return dataset.languages?.[0] ?? 'en';
}

const primaryOf = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;

/** The translation an object's `i18n` holds for a locale: by its full tag, then its primary language. */
function translationFor(i18n: unknown, locale: string): Json | undefined {
  if (!i18n || typeof i18n !== 'object') return undefined;
  const byTag = i18n as Record<string, Json | undefined>;
  const exact = Object.keys(byTag).find((tag) => tag.toLowerCase() === locale.toLowerCase());
  if (exact) return byTag[exact];
  const primary = primaryOf(locale);
  const loose = Object.keys(byTag).find((tag) => tag.toLowerCase() === primary);
  return loose ? byTag[loose] : undefined;
}

/** Every object with text of the dataset, with its kind and its path (`events[3].place`). */
function* textObjects(dataset: Dataset): Generator<{ kind: Kind; path: string; item: Json }> {
  yield { kind: 'dataset', path: '', item: dataset as unknown as Json };
  for (const collection of collections) {
    const items = dataset[collection] as unknown as Json[];
    for (const [i, item] of items.entries()) {
      const path = `${collection}[${i}]`;
      yield { kind: collection, path, item };
      for (const { field, kind } of innerFields(collection)) {
        const inner = item[field];
        if (Array.isArray(inner))
          for (const [j, entry] of (inner as Json[]).entries())
            yield { kind, path: `${path}.${field}[${j}]`, item: entry };
        else if (inner && typeof inner === 'object')
          yield { kind, path: `${path}.${field}`, item: inner as Json };
      }
    }
  }
}

/** The fields of an object the dataset must give in each of its languages: a source's title only if it wrote it. */
function requiredText(kind: Kind, item: Json): string[] {
  const fields: readonly string[] = translatableFields[kind];
  return fields.filter(
    (field) =>
      typeof item[field] === 'string' &&
      !(kind === 'sources' && field === 'title' && item.descriptive !== true),
  );
}

/** Each text a language the dataset declares does not give: `events[3].i18n.ms.description`. */
export function missingTranslations(dataset: Dataset): string[] {
  const others = (dataset.languages ?? []).slice(1);
  if (others.length === 0) return [];
  const missing: string[] = [];
  for (const { kind, path, item } of textObjects(dataset)) {
    for (const field of requiredText(kind, item)) {
      for (const language of others) {
        const given = (item.i18n as Record<string, Json | undefined> | undefined)?.[language]?.[field];
        if (typeof given !== 'string') missing.push(`${path ? `${path}.` : ''}i18n.${language}.${field}`);
      }
    }
  }
  return missing;
}

/** The object with its translated fields put in; the same object when the locale has none. */
function translate(item: Json, locale: string): Json {
  const given = translationFor(item.i18n, locale);
  if (!given) return item;
  const out: Json = { ...item };
  for (const [field, value] of Object.entries(given)) if (typeof value === 'string') out[field] = value;
  return out;
}

const made = new WeakMap<Dataset, Map<string, Dataset>>();
/** The dataset each translated one was made from. */
const originals = new WeakMap<Dataset, Dataset>();
/** The language each translated dataset's names are in, for the interface's words around them. */
const namesLanguage = new WeakMap<Dataset, string>();

/** The dataset with its text in the locale's language where it gives it: made once per dataset and locale. */
export function localize(dataset: Dataset, locale: string): Dataset {
  if (primaryOf(locale) === primaryOf(baseLanguage(dataset))) return dataset;
  const byLocale = made.get(dataset) ?? new Map<string, Dataset>();
  made.set(dataset, byLocale);
  const known = byLocale.get(locale);
  if (known) return known;
  const inner = (item: Json, field: string): Json => {
    const value = item[field];
    if (Array.isArray(value))
      return { ...item, [field]: value.map((entry: Json) => translate(entry, locale)) };
    return value && typeof value === 'object' ? { ...item, [field]: translate(value as Json, locale) } : item;
  };
  const out = translate(dataset as unknown as Json, locale);
  for (const collection of collections) {
    const fields = innerFields(collection).map((f) => f.field);
    out[collection] = (dataset[collection] as unknown as Json[]).map((item) =>
      fields.reduce(inner, translate(item, locale)),
    );
  }
  const localized = out as unknown as Dataset;
  const focus = dataset.actors.find((a) => a.code === dataset.focus);
  namesLanguage.set(
    localized,
    translationFor(focus?.i18n, locale)?.name ? primaryOf(locale) : baseLanguage(dataset),
  );
  byLocale.set(locale, localized);
  originals.set(localized, dataset);
  return localized;
}

/** The language the dataset's focus country is named in (`ms` for the built-in dataset read in Malay). */
export function namesLanguageOf(dataset: Dataset): string {
  return namesLanguage.get(dataset) ?? primaryOf(baseLanguage(dataset));
}

/** The dataset as it was given, whichever language it is read in. */
export function untranslated(dataset: Dataset): Dataset {
  return originals.get(dataset) ?? dataset;
}
