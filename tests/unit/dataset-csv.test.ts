import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { main } from '../../src/tools/cli';
import { csvTables } from '../../src/tools/csv-tables';
import { type CsvProblem, datasetFromCsv, datasetToCsv, formatCsvProblem } from '../../src/tools/dataset-csv';
import { loadDefaultDataset } from './default-dataset';

const defaultDataset = loadDefaultDataset();

const template = () =>
  Object.fromEntries(
    readdirSync('datasets/template')
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f, readFileSync(join('datasets/template', f), 'utf8')]),
  ) as Record<string, string>;

/** The template with one file's text changed. */
const withFile = (file: string, edit: (text: string) => string) => {
  const files = template();
  files[file] = edit(files[file]!);
  return files;
};

const problemsOf = (files: Record<string, string | undefined>): string[] => {
  const result = datasetFromCsv(files);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatCsvProblem);
};

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a dataset from CSV files', () => {
  it('round-trips the built-in dataset: to-csv then from-csv gives the same dataset', () => {
    const files = datasetToCsv(defaultDataset);
    expect(Object.keys(files).sort()).toEqual(csvTables.map((t) => t.file).sort());
    const back = datasetFromCsv(files);
    expect(back.ok && back.dataset).toEqual(defaultDataset);
  });

  it('reads the template, a valid dataset', () => {
    const result = datasetFromCsv(template());
    expect(result.ok).toBe(true);
    const d = result.ok ? result.dataset : ({} as Dataset);
    expect(d.actors.map((a) => a.code).sort()).toEqual(['CHN', 'MYS', 'PRK']);
    expect(d.flows.length).toBeGreaterThan(5);
    expect(d.relations.some((r) => r.causes.length > 0)).toBe(true);
  });

  it('reads quotes, embedded separators and line breaks, doubled quotes, a BOM, CRLF and blank lines', () => {
    const files = withFile('years.csv', () =>
      [
        '\uFEFFyear,label,caption,sources',
        '',
        '2016,"Friends, still","Trade ""rose"";',
        'a second line, with a comma",kotra-2016',
        '\r',
        '2017,Foes,Ties fray.,kotra-2017',
      ].join('\r\n'),
    );
    const result = datasetFromCsv(files);
    expect(result.ok).toBe(true);
    const years = result.ok ? result.dataset.years : [];
    expect(years[0]).toEqual({
      year: 2016,
      label: 'Friends, still',
      caption: 'Trade "rose";\r\na second line, with a comma',
      sources: ['kotra-2016'],
    });
    expect(years[1]!.label).toBe('Foes');
  });

  it('reads semicolon-separated files, and columns in any order', () => {
    const files = withFile(
      'years.csv',
      () =>
        'sources;caption;label;year\nkotra-2016;Trade rose, slowly;Friends;2016\nkotra-2017;Ties fray;Foes;2017\n',
    );
    const result = datasetFromCsv(files);
    expect(result.ok && result.dataset.years.map((y) => [y.year, y.caption])).toEqual([
      [2016, 'Trade rose, slowly'],
      [2017, 'Ties fray'],
    ]);
  });

  it('names the file, the line and the column of an unknown actor code', () => {
    const files = template();
    const flows = files['flows.csv']!.split('\n');
    const index = flows.findIndex((line) => /^[^,]*,[^,]*,(MYS,|[^,]*,MYS,)/.test(line));
    const cells = flows[index]!.split(',');
    const column = cells[2] === 'MYS' ? 'from' : 'to';
    cells[column === 'from' ? 2 : 3] = 'XYZ';
    flows[index] = cells.join(',');
    files['flows.csv'] = flows.join('\n');
    expect(problemsOf(files)).toContain(
      `flows.csv:${index + 1}: column "${column}": unknown actor code "XYZ"; define it in actors.csv`,
    );
  });

  it('counts lines as a spreadsheet shows them, past cells with line breaks', () => {
    const parsed = datasetFromCsv(template());
    if (!parsed.ok) throw new Error('the template does not read');
    const d = structuredClone(parsed.dataset);
    d.flows[0]!.note = 'A note\nover three\nlines';
    d.flows[2]!.sources = ['no-such-source'];
    const files = datasetToCsv(d);
    const line = lineOf(files['flows.csv']!, 'no-such-source');
    // Two line breaks inside the first row's note put the third row on line 6, not 4.
    expect(line).toBe(6);
    expect(problemsOf(files)).toEqual([
      `flows.csv:${line}: column "sources": source "no-such-source" is not defined in sources.csv`,
    ]);
  });

  it('says which cell is not a number, not a boolean, or in a row too long', () => {
    const files = template();
    const flows = files['flows.csv']!.split('\n');
    const cells = flows[1]!.split(',');
    cells[5] = '1 234';
    flows[1] = cells.join(',');
    files['flows.csv'] = flows.join('\n');
    files['relations.csv'] = files['relations.csv']!.replace(/,true,/, ',maybe,');
    files['gaps.csv'] = `${files['gaps.csv']!.trimEnd()}\ngap-x,2016,PRK,MYS,trade,reason,,surplus\n`;
    const problems = problemsOf(files);
    expect(problems).toContain(
      'flows.csv:2: column "value_usd": "1 234" is not a number: write digits only, with a point for decimals',
    );
    expect(
      problems.some((p) =>
        /^relations\.csv:\d+: column "(\w+_embassy|visa_free)": "maybe" is neither true nor false( nor "vacated")?$/.test(
          p,
        ),
      ),
    ).toBe(true);
    const gapLine = lineOf(files['gaps.csv']!, 'gap-x');
    expect(problems).toContain(`gaps.csv:${gapLine}: 8 cells, but the header has 7 columns`);
  });

  it('refuses unknown and missing columns, missing files, an unclosed quote and a cause of no relation', () => {
    const files = template();
    files['actors.csv'] = files['actors.csv']!.replace('iso_numeric', 'iso_number');
    files['flows.csv'] = files['flows.csv']!.replace(',value_usd,', ',value,');
    delete files['sources.csv'];
    files['events.csv'] = `${files['events.csv']!.trimEnd()}\nev-x,2017,"day,2017\n`;
    files['causes.csv'] = `${files['causes.csv']!.trimEnd()}\nrel-nope,2017,Something,kotra-2017\n`;
    const problems = problemsOf(files);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^actors\.csv:1: unknown column "iso_number"; the columns are code, name, short_name, iso_numeric/,
        ),
        'flows.csv:1: the required column "value_usd" is missing',
        'sources.csv: the file is missing; it is required',
        expect.stringMatching(/^events\.csv:\d+: a quoted cell is never closed/),
        `causes.csv:${lineOf(files['causes.csv']!, 'rel-nope')}: column "relation": no relation "rel-nope" in relations.csv`,
      ]),
    );
  });

  it('maps every validation problem back to a file and line (a year out of order, and what cites it)', () => {
    const files = template();
    files['years.csv'] = files['years.csv']!.replace(/\n2017,/, '\n2015,');
    const problems: CsvProblem[] = (() => {
      const r = datasetFromCsv(files);
      return r.ok ? [] : r.problems;
    })();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file).toMatch(/\.csv$/);
      expect(p.line, formatCsvProblem(p)).toBeGreaterThan(0);
    }
    expect(problems.map(formatCsvProblem)).toContain(
      `years.csv:${lineOf(files['years.csv']!, '2015,')}: column "year": years must be listed in increasing order`,
    );
  });

  it("speaks the editor's words: a dropped leading zero, duplicates by both lines, a second focus where it is", () => {
    // China twice, and a second focus actor; with China's code read as a number or not.
    const withExtraActors = (dropZero: boolean) =>
      withFile('actors.csv', (text) => {
        const lines = text.trimEnd().split('\n');
        const china = lines.find((l) => l.startsWith('CHN,'))!;
        // Excel read "036"-style codes as numbers: Malaysia's 458 is safe, so drop a zero from China's 156 → 56.
        return [
          ...lines.map((l) => (dropZero && l.startsWith('CHN,') ? l.replace(',156,', ',56,') : l)),
          china.replace('CHN,China', 'CHN,China again'),
          china
            .replace('CHN,China', 'XAA,Another focus')
            .replace(',partner,', ',focus,')
            .replace(',156,', ',,'),
        ].join('\n');
      });
    const problems = problemsOf(withExtraActors(true));
    const actors = template()['actors.csv']!;
    const chinaLine = lineOf(actors, 'CHN,');
    const rows = actors.trimEnd().split('\n').length;
    expect(problems).toEqual(
      expect.arrayContaining([
        `actors.csv:${chinaLine}: column "iso_numeric": write three digits, e.g. 036 (a spreadsheet may have dropped the leading zero)`,
      ]),
    );
    expect(problems.join('\n')).not.toMatch(/pattern|\/\^/);
    // Schema problems first: the rest once the codes read.
    const fixed = problemsOf(withExtraActors(false));
    expect(fixed).toEqual(
      expect.arrayContaining([
        `actors.csv:${rows + 1}: column "code": actor "CHN" is defined twice (first at actors.csv:${chinaLine})`,
        `actors.csv:${rows + 2}: column "role": only the dataset's focus, "PRK", has role "focus": give "XAA" role "partner"`,
      ]),
    );
    // An id used twice names the other row by its file and line, not a JSON path.
    const flows = template()['flows.csv']!;
    const first = flows.split('\n')[1]!;
    const twice = problemsOf(withFile('flows.csv', (text) => `${text.trimEnd()}\n${first}`));
    expect(twice.join('\n')).toMatch(
      /flows\.csv:\d+: column "id": id "[^"]+" is already used at flows\.csv:2$/m,
    );
    expect(twice.join('\n')).not.toMatch(/flows\[/);
  });

  it('refuses a file not saved as UTF-8, naming it and how to save it again, and reads accented UTF-8', () => {
    // Windows-1252 read as UTF-8: "Thaïland" with its ï lost.
    const garbled = problemsOf(withFile('actors.csv', (text) => text.replace('CHN,China', 'CHN,Ch\uFFFDna')));
    expect(garbled).toEqual([
      expect.stringMatching(
        new RegExp(
          `^actors\\.csv:${lineOf(template()['actors.csv']!, 'CHN,')}: the file is not saved as UTF-8.*"CSV UTF-8 \\(Comma delimited\\)"`,
        ),
      ),
    ]);
    const accented = datasetFromCsv(withFile('actors.csv', (text) => text.replace('CHN,China', 'CHN,Chïna')));
    expect(accented.ok).toBe(true);
  });

  it('documents every column of every file in the template README', () => {
    const readme = readFileSync('datasets/template/README.md', 'utf8');
    for (const table of csvTables) {
      expect(readme).toContain(`## ${table.file}`);
      for (const column of table.columns) expect(readme).toContain(`| \`${column.name}\` |`);
    }
  });
});

describe('relations-map dataset (the command line)', () => {
  const run = (...args: string[]) => {
    const io = { stdout: '', stderr: '' };
    const status = main(['dataset', ...args], {
      out: (text) => {
        io.stdout += `${text}\n`;
      },
      err: (text) => {
        io.stderr += `${text}\n`;
      },
    });
    return { status, ...io };
  };

  it('converts the built-in dataset to CSV and back, writing the JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relations-csv-'));
    expect(run('to-csv', 'datasets/dprk-relations.json', '-o', dir).status).toBe(0);
    const out = join(dir, 'back.json');
    const result = run('from-csv', dir, '-o', out);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(defaultDataset);
  });

  it('says how it is used, and exits 2 on a usage mistake', () => {
    expect(run('to-csv', 'datasets/dprk-relations.json').stderr).toMatch(/needs an output folder/);
    const unknown = run('merge');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "merge"[\s\S]*relations-map dataset from-csv/);
  });

  it('exits non-zero, prints file:line problems and writes nothing for a bad folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relations-csv-'));
    for (const [name, text] of Object.entries(template())) writeFileSync(join(dir, name), text);
    writeFileSync(
      join(dir, 'flows.csv'),
      readFileSync(join(dir, 'flows.csv'), 'utf8').replace(',MYS,', ',XYZ,'),
    );
    const out = join(dir, 'out.json');
    const result = run('from-csv', dir, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(result.stderr).toMatch(
      /flows\.csv:\d+: column "(from|to)": unknown actor code "XYZ"; define it in actors\.csv/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a folder whose CSV a spreadsheet saved as Windows-1252, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relations-csv-'));
    for (const [name, text] of Object.entries(template())) writeFileSync(join(dir, name), text);
    const actors = readFileSync(join(dir, 'actors.csv'), 'utf8').replace('CHN,China', 'CHN,Chïna');
    // Windows-1252: one byte, 0xEF, for "ï"; every other character here is ASCII.
    writeFileSync(join(dir, 'actors.csv'), Buffer.from(actors.replace(/^\uFEFF/, ''), 'latin1'));
    const out = join(dir, 'out.json');
    const result = run('from-csv', dir, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/actors\.csv:\d+: the file is not saved as UTF-8/);
    expect(existsSync(out)).toBe(false);
  });
});
