import { translatableFields } from '../data/text-fields';

/** The shapes of the spreadsheet form's tables (./csv-tables): a file's columns and how each cell is read. */

/** How a cell is read: text as it is, numbers, `true`/`false`, or ids separated by spaces. */
export type CellKind = 'text' | 'number' | 'boolean' | 'list';

export interface ColumnSpec {
  /** The header in the CSV file: lower case, words joined by `_`. */
  name: string;
  /**
   * Where the value goes in the row's object. `$a` and `$b` stand for the row's first and second actor of the pair
   * (a relation's embassies are keyed by actor code).
   */
  path: readonly string[];
  kind: CellKind;
  /** The column must be in the header (the field is required by the schema). */
  required?: boolean;
  /** A blank cell is `null` (not known) rather than absent. */
  nullable?: boolean;
  /** Words a `boolean` cell also takes, kept as they are (an embassy may be `vacated`). */
  also?: readonly string[];
  doc: string;
}

export type TableKey =
  | 'dataset'
  | 'years'
  | 'actors'
  | 'flows'
  | 'relations'
  | 'causes'
  | 'events'
  | 'gaps'
  | 'totals'
  | 'story'
  | 'sources';

export interface TableSpec {
  key: TableKey;
  file: string;
  required: boolean;
  doc: string;
  columns: readonly ColumnSpec[];
}

export const col = (
  name: string,
  path: string | readonly string[],
  kind: CellKind,
  doc: string,
  flags: { required?: boolean; nullable?: boolean; also?: readonly string[] } = {},
): ColumnSpec => ({ name, path: typeof path === 'string' ? [path] : path, kind, doc, ...flags });
export const req = { required: true };

/** A language column's suffix: `title_ms`, `name_pt-br` (headers are read in lower case). */
const LANGUAGE_SUFFIX = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/**
 * The column's text may be given in other languages, each in a column of its own named with the language's tag
 * after `_` (`caption_ms`): the columns of the fields in `translatableFields`.
 */
export function isTranslatable(table: TableSpec, column: ColumnSpec): boolean {
  const field = column.path[column.path.length - 1]!;
  const owner = table.key === 'causes' ? 'relations.causes' : table.key;
  const kind = column.path.length > 1 ? `${owner}.${column.path[0]}` : owner;
  const fields: readonly string[] | undefined = translatableFields[kind as keyof typeof translatableFields];
  return fields?.includes(field) ?? false;
}

/** The translatable column and language a header names (`caption_ms` → caption, `ms`), if it names one. */
export function languageColumn(
  table: TableSpec,
  header: string,
): { column: ColumnSpec; language: string } | undefined {
  for (const column of table.columns) {
    if (!header.startsWith(`${column.name}_`) || !isTranslatable(table, column)) continue;
    const suffix = header.slice(column.name.length + 1);
    // A region is written in capitals in a language tag: pt-br → pt-BR.
    if (LANGUAGE_SUFFIX.test(suffix))
      return {
        column,
        language: suffix.replace(/-([a-z]{2})$/, (_, region: string) => `-${region.toUpperCase()}`),
      };
  }
  return undefined;
}

/** Where a column's text in a language goes: the `i18n` of the object that holds the field. */
export function translationPath(column: ColumnSpec, language: string): string[] {
  const field = column.path[column.path.length - 1]!;
  return [...column.path.slice(0, -1), 'i18n', language, field];
}
