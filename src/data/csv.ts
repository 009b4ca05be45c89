import type { Dataset } from './schema';
import { actorIndex, flowRole, gapsForYear, sourceIndex, yearsOf } from './selectors';

/**
 * Column names are fixed English identifiers whatever the interface language, so scripts that read the file keep
 * working; values are raw (US dollars as plain numbers, ISO dates) for the same reason.
 */
export const csvColumns = [
  'year',
  'from',
  'to',
  'from_name',
  'to_name',
  'direction',
  'value_usd',
  'on_map',
  'series',
  'evidence',
  'method',
  'period_from',
  'period_to',
  'original_value',
  'original_currency',
  'conversion',
  'note',
  'sources',
  'source_urls',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet shows text rather than running a formula. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The trade figures as CSV: every published figure (the one on the map and the alternatives) and one row per
 * "no reported figure" with an empty value, with sources named and linked. One year, or all of them.
 */
export function flowsCsv(dataset: Dataset, year?: number): string {
  const actors = actorIndex(dataset);
  const sources = sourceIndex(dataset);
  const name = (code: string) => actors.get(code)?.name ?? code;
  const cite = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const s = sources.get(id);
        return s ? `${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ''}` : id;
      })
      .join(' | ');
  const urls = (ids: readonly string[]) =>
    ids
      .map((id) => sources.get(id)?.url)
      .filter(Boolean)
      .join(' | ');
  const years = year === undefined ? yearsOf(dataset) : [year];
  const rows: Array<Partial<Record<CsvColumn, string | number | boolean>>> = [];
  for (const y of years) {
    for (const f of dataset.flows.filter((flow) => flow.year === y)) {
      rows.push({
        year: f.year,
        from: f.from,
        to: f.to,
        from_name: name(f.from),
        to_name: name(f.to),
        direction: flowRole(f, dataset.focus),
        value_usd: f.valueUsd,
        on_map: f.default,
        series: f.series,
        evidence: f.evidence,
        method: f.method,
        period_from: f.period?.from,
        period_to: f.period?.to,
        original_value: f.original?.value,
        original_currency: f.original?.currency,
        conversion: f.original?.conversion,
        note: [f.note, f.period?.note].filter(Boolean).join(' '),
        sources: cite(f.sources),
        source_urls: urls(f.sources),
      });
    }
    for (const gap of gapsForYear(dataset, y)) {
      if (gap.about === 'relations') continue;
      const [a, b] = gap.between;
      rows.push({
        year: gap.year,
        from: a,
        to: b,
        from_name: name(a),
        to_name: name(b),
        direction: gap.about === 'trade' ? 'total' : gap.about,
        value_usd: '',
        on_map: false,
        evidence: 'no reported figure',
        note: gap.reason,
        sources: cite(gap.sources),
        source_urls: urls(gap.sources),
      });
    }
  }
  const lines = [csvColumns.join(',')];
  for (const row of rows) lines.push(csvColumns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A CSV parser for the tests and for readers' own checks: quoted fields, doubled quotes, CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
