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
