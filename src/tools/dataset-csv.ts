import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../data/schema';
import { validateDataset } from '../data/validate';
import {
  type ColumnSpec,
  csvTables,
  isTranslatable,
  languageColumn,
  type TableKey,
  type TableSpec,
  tableByKey as table,
  translationPath,
} from './csv-tables';

/**
 * A dataset to and from the CSV files a spreadsheet exports (see csv-tables.ts for the columns). Reading never
 * gives half a dataset: either every file is read and the result passes the same validation as the JSON, or the
 * answer is every problem found, each with its file, line and column.
 */

export interface CsvProblem {
  file: string;
  /** 1-based; absent for a problem with the whole file. */
  line?: number;
  column?: string;
  message: string;
}

export type FromCsvResult = { ok: true; dataset: Dataset } | { ok: false; problems: CsvProblem[] };

/** `flows.csv:14: column "to": unknown actor code "XYZ"; define it in actors.csv` */
export function formatCsvProblem(p: CsvProblem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.column ? `column "${p.column}": ` : ''}${p.message}`;
}

type Json = Record<string, unknown>;
interface Row {
  line: number;
  cells: ReadonlyMap<string, string>;
}
/** Where each item of the dataset came from: `flows[3]` → flows.csv, line 5. */
interface Origin {
  table: TableSpec;
  line: number;
  /** The row's pair, to tell `a_embassy` from `b_embassy`. */
  pair?: readonly [string, string];
}

/** Comma unless the header is written with semicolons (spreadsheets in many European locales export those). */
function delimiterOf(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * A file saved in a spreadsheet's legacy encoding (Excel's "CSV" on Windows is Windows-1252) reads as UTF-8 with
 * U+FFFD where its accented letters were: refused, with how to save it again, rather than names quietly garbled.
 */
function notUtf8(file: string, text: string): CsvProblem | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  return {
    file,
    line: text.slice(0, at).split('\n').length,
    message:
      'the file is not saved as UTF-8, so its accented letters cannot be read. Save it again as UTF-8: in Excel ' +
      '"CSV UTF-8 (Comma delimited)", in LibreOffice the character set "Unicode (UTF-8)"; Google Sheets and Numbers ' +
      'export UTF-8 already',
  };
}

function readRows(spec: TableSpec, text: string, problems: CsvProblem[]): Row[] {
  const file = spec.file;
  const encoding = notUtf8(file, text);
  if (encoding) {
    problems.push(encoding);
    return [];
  }
  let records: Array<{ record: string[]; raw: string; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      raw: true,
      // The options above make each record this shape; csv-parse's types do not follow `info` and `raw`.
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted cell is never closed: a " is missing'
        : error.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'a quote inside a quoted cell must be doubled ("")'
          : error.message;
    problems.push({ file, ...(line ? { line } : {}), message });
    return [];
  }
  const [header, ...body] = records.map(({ record, raw, info }) => ({
    record,
    // info.lines is the record's last line; a cell with line breaks started earlier.
    line:
      info.lines -
      (raw
        .replace(/^(\r?\n)+/, '')
        .replace(/\r?\n$/, '')
        .match(/\n/g)?.length ?? 0),
  }));
  if (!header) {
    problems.push({ file, message: 'the file is empty; it needs a header row' });
    return [];
  }
  const names = header.record.map((name) => name.trim().toLowerCase());
  const known = new Set(spec.columns.map((c) => c.name));
  for (const name of names) {
    if (name !== '' && !known.has(name) && !languageColumn(spec, name)) {
      problems.push({
        file,
        line: header.line,
        message: `unknown column "${name}"; the columns are ${spec.columns.map((c) => c.name).join(', ')} (and a text column's translations, e.g. ${spec.columns.find((c) => isTranslatable(spec, c))?.name ?? 'title'}_ms)`,
      });
    }
  }
  for (const column of spec.columns) {
    if (column.required && !names.includes(column.name))
      problems.push({ file, line: header.line, message: `the required column "${column.name}" is missing` });
  }
  const rows: Row[] = [];
  for (const { record, line } of body) {
    // A spreadsheet's empty row (",,,,") is a blank line too.
    if (record.every((cell) => cell.trim() === '')) continue;
    const extra = record.slice(names.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        file,
        line,
        message: `${record.length} cells, but the header has ${names.length} columns`,
      });
      continue;
    }
    rows.push({ line, cells: new Map(names.map((name, i) => [name, record[i] ?? ''])) });
  }
  return rows;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell's value: undefined for a blank one (the field is left out), null where blank means "not known". */
function cellValue(column: ColumnSpec, raw: string | undefined): { value?: unknown; error?: string } {
  const cell = raw ?? '';
  if (cell.trim() === '') return column.nullable ? { value: null } : {};
  switch (column.kind) {
    case 'text':
      return { value: cell };
    case 'number':
      return NUMBER.test(cell.trim())
        ? { value: Number(cell.trim()) }
        : { error: `"${cell}" is not a number: write digits only, with a point for decimals` };
    case 'boolean': {
      const word = cell.trim().toLowerCase();
      if (word === 'true' || word === 'yes') return { value: true };
      if (word === 'false' || word === 'no') return { value: false };
      if (column.also?.includes(word)) return { value: word };
      return {
        error: `"${cell}" is neither true nor false${column.also ? ` nor ${column.also.map((w) => `"${w}"`).join(' nor ')}` : ''}`,
      };
    }
    case 'list':
      return { value: cell.trim().split(/\s+/) };
  }
}

/** The path with the row's pair put in for `$a` and `$b`. */
function resolvePath(path: readonly string[], pair: readonly [string, string] | undefined): string[] {
  return path.map((key) => (key === '$a' ? (pair?.[0] ?? key) : key === '$b' ? (pair?.[1] ?? key) : key));
}

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node: Json = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    node[key] ??= /^\d+$/.test(path[i + 1]!) ? [] : {};
    node = node[key] as Json;
  });
}

function rowObject(spec: TableSpec, row: Row, problems: CsvProblem[]): Json {
  const cell = (name: string) => row.cells.get(name)?.trim() ?? '';
  const pair = spec.columns.some((c) => c.name === 'a') ? ([cell('a'), cell('b')] as const) : undefined;
  const item: Json = {};
  for (const column of spec.columns) {
    const { value, error } = cellValue(column, row.cells.get(column.name));
    if (error) problems.push({ file: spec.file, line: row.line, column: column.name, message: error });
    else if (value !== undefined) setPath(item, resolvePath(column.path, pair), value);
  }
  for (const [name, raw] of row.cells) {
    const translation = spec.columns.some((c) => c.name === name) ? undefined : languageColumn(spec, name);
    if (translation && raw.trim() !== '')
      setPath(item, translationPath(translation.column, translation.language), raw);
  }
  return item;
}

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

/** Reads a dataset from the files' texts, keyed by file name (`flows.csv`); absent optional files are empty. */
export function datasetFromCsv(files: Readonly<Record<string, string | undefined>>): FromCsvResult {
  const problems: CsvProblem[] = [];
  const origins = new Map<string, Origin>();
  const rowsOf = new Map<TableKey, Row[]>();
  for (const spec of csvTables) {
    const text = files[spec.file];
    if (text === undefined) {
      if (spec.required) problems.push({ file: spec.file, message: 'the file is missing; it is required' });
      rowsOf.set(spec.key, []);
    } else rowsOf.set(spec.key, readRows(spec, text, problems));
  }
  const dataRows = rowsOf.get('dataset')!;
  if (files['dataset.csv'] !== undefined && dataRows.length !== 1)
    problems.push({
      file: 'dataset.csv',
      message: `needs exactly one row under its header, not ${dataRows.length}`,
    });
  const dataset: Json = dataRows[0] ? rowObject(table('dataset'), dataRows[0], problems) : {};
  if (dataRows[0]) origins.set('', { table: table('dataset'), line: dataRows[0].line });
  for (const key of collections) {
    const spec = table(key);
    dataset[key] = rowsOf.get(key)!.map((row, i) => {
      const item = rowObject(spec, row, problems);
      const between = item.between as [string, string] | undefined;
      origins.set(`${key}[${i}]`, { table: spec, line: row.line, ...(between ? { pair: between } : {}) });
      return item;
    });
  }
  const relations = dataset.relations as Json[];
  rowsOf.get('causes')!.forEach((row) => {
    const { relation, ...cause } = rowObject(table('causes'), row, problems);
    const index = relations.findIndex((r) => r.id === relation);
    if (index < 0) {
      problems.push({
        file: 'causes.csv',
        line: row.line,
        column: 'relation',
        message: `no relation "${String(relation ?? '')}" in relations.csv`,
      });
      return;
    }
    const target = relations[index]!;
    target.causes ??= [];
    const causes = target.causes as Json[];
    origins.set(`relations[${index}].causes[${causes.length}]`, { table: table('causes'), line: row.line });
    causes.push(cause);
  });
  if (problems.length > 0) return { ok: false, problems };

  const result = validateDataset(dataset);
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((p) => locate(p.path, p.message, origins)) };
}

/** The file, line and column of a validation problem's JSON path (`flows[3].sources[0]`). */
function locate(path: string, message: string, origins: ReadonlyMap<string, Origin>): CsvProblem {
  const text = message
    .replace(/define it in "(\w+)" first/, 'define it in $1.csv')
    .replace(/"(years|actors|flows|relations|events|gaps|sources)"/g, '$1.csv')
    // Another row the message points at (`first at actors[1].code`), by its file and line as the editor sees it.
    .replace(/\b(\w+\[\d+\](?:\.\w+\[\d+\])?)(?:\.\w+(?:\[\d+\])?)*/g, (whole, row: string) => {
      const origin = origins.get(row);
      return origin ? `${origin.table.file}:${origin.line}` : whole;
    });
  // The longest indexed prefix that names a row: `relations[2].causes[0]` before `relations[2]`.
  const prefixes = [...path.matchAll(/\[\d+\]/g)].map((m) => path.slice(0, m.index + m[0].length)).reverse();
  const key =
    prefixes.find((p) => origins.has(p)) ?? (origins.has('') && !path.includes('[') ? '' : undefined);
  if (key === undefined) {
    const collection = /^(\w+)/.exec(path)?.[1];
    const spec = csvTables.find((t) => t.key === collection);
    return { file: spec?.file ?? 'dataset.csv', message: text };
  }
  const origin = origins.get(key)!;
  const parts = path
    .slice(key.length)
    .replace(/^\./, '')
    .split('.')
    .map((part) => part.replace(/\[\d+\]$/, ''))
    .filter(Boolean);
  // Text in another language (`i18n.ms.caption`) is in the column of its field with the language after it.
  const at = parts.indexOf('i18n');
  const language = at >= 0 ? parts[at + 1] : undefined;
  const rest = at >= 0 ? [...parts.slice(0, at), ...parts.slice(at + 2)] : parts;
  const column = origin.table.columns.find((c) => {
    const columnPath = resolvePath(c.path, origin.pair).filter((k) => !/^\d+$/.test(k));
    return columnPath.length > 0 && columnPath.every((k, i) => rest[i] === k);
  });
  const name = column && (language ? `${column.name}_${language.toLowerCase()}` : column.name);
  return {
    file: origin.table.file,
    line: origin.line,
    ...(name ? { column: name } : {}),
    message: text,
  };
}

function getPath(item: unknown, path: readonly string[]): unknown {
  let node = item;
  for (const key of path) {
    if (node === null || node === undefined) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

/** The dataset as CSV texts, keyed by file name; reading them back with `datasetFromCsv` gives the same dataset. */
export function datasetToCsv(dataset: Dataset): Record<string, string> {
  const itemsOf = (key: TableKey): Json[] => {
    if (key === 'dataset') return [dataset as unknown as Json];
    if (key === 'causes')
      return dataset.relations.flatMap((r) => r.causes.map((cause) => ({ relation: r.id, ...cause })));
    return dataset[key] as unknown as Json[];
  };
  const languages = translationLanguages(dataset);
  const out: Record<string, string> = {};
  for (const spec of csvTables) {
    // Each text column is followed by its translations: `caption`, `caption_ms`.
    const columns = spec.columns.flatMap((c) => [
      { name: c.name, path: c.path },
      ...(isTranslatable(spec, c)
        ? languages.map((language) => ({
            name: `${c.name}_${language.toLowerCase()}`,
            path: translationPath(c, language),
          }))
        : []),
    ]);
    const rows = itemsOf(spec.key).map((item) => {
      const between = item.between as [string, string] | undefined;
      return columns.map((c) => cellText(getPath(item, resolvePath(c.path, between))));
    });
    // A byte-order mark, so that Excel reads the file as UTF-8 (names with diacritics, en dashes).
    out[spec.file] = stringify([columns.map((c) => c.name), ...rows], {
      bom: true,
      record_delimiter: '\n',
    });
  }
  return out;
}

/** The languages the dataset gives text in besides its own: those it lists first, then any other it uses. */
function translationLanguages(dataset: Dataset): string[] {
  const found = new Set((dataset.languages ?? []).slice(1));
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const entry of node) visit(entry);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'i18n' && value && typeof value === 'object')
          for (const tag of Object.keys(value)) found.add(tag);
        else visit(value);
      }
  };
  visit(dataset);
  return [...found];
}
