import { describe, expect, it } from 'vitest';
import { csvColumns, csvField, flowsCsv, parseCsv } from '../../src/data/csv';
import { langFor } from '../../src/text/strings';
import { eventRows, flowRows, flowSortKey, relationRows, sortRows } from '../../src/text/table';
import { loadDefaultDataset } from './default-dataset';

const dataset = loadDefaultDataset();

function records(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('table rows', () => {
  it('puts one row per pair and direction, the drawn figure first and the alternatives beside it', () => {
    const rows = flowRows(dataset, 2016);
    const chinaImports = rows.filter((r) => r.pair === 'China → North Korea (DPRK)');
    expect(chinaImports).toHaveLength(1);
    expect(chinaImports[0]!.shown).toBe(true);
    expect(chinaImports[0]!.series).toBe('KOTRA');
    expect(chinaImports[0]!.alternatives.length).toBeGreaterThan(0);
    // Every figure of the year appears once: as a row or as an alternative.
    const listed = rows.flatMap((r) =>
      Number.isNaN(r.valueUsd) ? [] : [r.id, ...r.alternatives.map((a) => a.id)],
    );
    const figures = dataset.flows.filter((f) => f.year === 2016).map((f) => f.id);
    expect(listed.sort()).toEqual(figures.sort());
  });

  it('says the base of each share (exports, imports or all trade), with no precision the data lack', () => {
    const share = (pair: string, year: number) => flowRows(dataset, year).find((r) => r.pair === pair)?.share;
    expect(share('North Korea (DPRK) → China', 2021)).toBe('70.9% of exports');
    expect(share('China → North Korea (DPRK)', 2021)).toBe('98.8% of imports');
    expect(share('Trade between North Korea (DPRK) and Vietnam', 2021)).toBe('1.7% of all trade');
    expect(share('North Korea (DPRK) → Singapore', 2016)).toBe('<0.1% of exports');
    const ms = flowRows(dataset, 2021, langFor('ms')).find((r) => r.id === 'chn-2021-kotra-exports');
    expect(ms?.share).toBe('70.9% daripada eksport');
  });

  it('shows gaps as "no reported figure", never as zero', () => {
    const gaps = flowRows(dataset, 2021).filter((r) => Number.isNaN(r.valueUsd));
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      expect(g.value).toBe('no reported figure');
      expect(g.note).toBeTruthy();
    }
  });

  it('follows the direction filter', () => {
    const exports = flowRows(dataset, 2016, undefined, 'exports');
    expect(
      exports.every((r) => r.role === 'exports' || (Number.isNaN(r.valueUsd) && r.role === 'total')),
    ).toBe(true);
    expect(exports.some((r) => r.role === 'exports')).toBe(true);
  });

  it('changes with the year', () => {
    const pairs = (year: number) => relationRows(dataset, year).map((r) => `${r.pair}: ${r.status}`);
    expect(pairs(2016)).toContain('North Korea (DPRK) – Malaysia: Full relations');
    expect(pairs(2021)).toContain('North Korea (DPRK) – Malaysia: Severed');
    expect(eventRows(dataset, 2017).some((e) => /Kim Jong[- ]nam/i.test(e.title))).toBe(true);
  });
});

describe('sorting', () => {
  const rows = [
    { name: 'b', value: 2 },
    { name: 'a', value: Number.NaN },
    { name: 'c', value: 10 },
    { name: '', value: 1 },
  ];
  const key = (r: (typeof rows)[number], c: 'name' | 'value') => r[c];
  it('sorts numbers as numbers and keeps missing values last in both directions', () => {
    expect(sortRows(rows, { column: 'value', direction: 'ascending' }, key).map((r) => r.value)).toEqual([
      1,
      2,
      10,
      Number.NaN,
    ]);
    expect(sortRows(rows, { column: 'value', direction: 'descending' }, key).map((r) => r.value)).toEqual([
      10,
      2,
      1,
      Number.NaN,
    ]);
    expect(sortRows(rows, { column: 'name', direction: 'descending' }, key).map((r) => r.name)).toEqual([
      'c',
      'b',
      'a',
      '',
    ]);
  });
  it('leaves the order alone without a sort', () => {
    expect(sortRows(rows, undefined, key)).toEqual(rows);
  });
});

describe('CSV', () => {
  it('has the fixed columns and one row per figure and per gap of the year', () => {
    const csv = flowsCsv(dataset, 2017);
    const [header] = parseCsv(csv);
    expect(header).toEqual([...csvColumns]);
    const rows = records(csv);
    const flows = dataset.flows.filter((f) => f.year === 2017);
    const gaps = dataset.gaps.filter((g) => g.year === 2017 && g.about !== 'relations');
    expect(rows).toHaveLength(flows.length + gaps.length);
    expect(rows.every((r) => r.year === '2017')).toBe(true);
  });

  it('totals match the dataset, per year and across all years', () => {
    const total = (rows: Array<Record<string, string>>) =>
      rows.reduce((sum, r) => sum + (r.value_usd ? Number(r.value_usd) : 0), 0);
    for (const year of [2016, 2017, 2021]) {
      const expected = dataset.flows.filter((f) => f.year === year).reduce((s, f) => s + f.valueUsd, 0);
      expect(total(records(flowsCsv(dataset, year)))).toBeCloseTo(expected, 0);
    }
    const all = records(flowsCsv(dataset));
    expect(total(all)).toBeCloseTo(
      dataset.flows.reduce((s, f) => s + f.valueUsd, 0),
      0,
    );
    expect(all.filter((r) => r.on_map === 'true')).toHaveLength(
      dataset.flows.filter((f) => f.default).length,
    );
  });

  it("names every figure's sources with their addresses, and leaves gaps empty rather than zero", () => {
    const rows = records(flowsCsv(dataset));
    for (const r of rows.filter((row) => row.value_usd !== '')) expect(r.sources).not.toBe('');
    const gap = rows.find((r) => r.evidence === 'no reported figure')!;
    expect(gap.value_usd).toBe('');
    expect(rows.some((r) => r.source_urls.startsWith('https://'))).toBe(true);
  });

  it('quotes commas, quotes and newlines, and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-5)).toBe('-5');
    expect(parseCsv('a,"b,c","d""e"\r\n1,2,3\r\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['1', '2', '3'],
    ]);
  });
});

describe('the trade table as an editor reads it', () => {
  it("sorts by pair by partner, so China's three rows stay together", () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const rows = sortRows(flowRows(dataset, 2017), { column: 'pair', direction }, flowSortKey);
      const china = rows.map((r, i) => (r.partner === 'China' ? i : -1)).filter((i) => i >= 0);
      expect(china.length).toBe(3);
      expect(china.at(-1)! - china[0]!).toBe(2);
    }
  });

  it('says why a figure is missing beside "no reported figure", not under the evidence', () => {
    const gaps = flowRows(dataset, 2021).filter((r) => Number.isNaN(r.valueUsd));
    expect(gaps.length).toBeGreaterThan(0);
    for (const row of gaps) {
      expect(row.evidence).toBe('');
      expect(row.note).toBeTruthy();
      expect(row.shown).toBe(false);
    }
  });

  it('fills "As published" for every reported figure, 2021 included', () => {
    for (const year of [2016, 2017, 2021]) {
      for (const row of flowRows(dataset, year).filter((r) => !Number.isNaN(r.valueUsd))) {
        const flow = dataset.flows.find((f) => f.id === row.id)!;
        if (flow.original) expect(row.original).toMatch(new RegExp(`${flow.original.currency}$`));
        else if (flow.evidence === 'reported') expect(row.original).toMatch(/^[\d,]+ USD$/);
        else expect(row.original).toBe('');
      }
    }
    expect(flowRows(dataset, 2021).some((r) => r.original !== '')).toBe(true);
  });
});
