import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/data/json-schema';
import { type Problem, validateDataset, validateDatasetText } from '../../src/data/validate';
import { main } from '../../src/tools/cli';
import { minimalDataset } from '../fixtures/minimal-dataset';

type Mutable = ReturnType<typeof minimalDataset> & Record<string, unknown>;

function problemsAfter(mutate: (d: Mutable) => void): Problem[] {
  const d = minimalDataset() as Mutable;
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems;
}

describe('validateDataset', () => {
  it('accepts the minimal dataset and fills defaults', () => {
    const result = validateDataset(minimalDataset());
    expect(result.ok).toBe(true);
  });

  const cases: Array<[string, (d: Mutable) => void, string, RegExp]> = [
    ['a missing field', (d) => delete (d as Partial<Mutable>).title, 'title', /is missing/],
    [
      'a wrong type',
      (d) => (d.flows[0]!.valueUsd = '12' as unknown as number),
      'flows[0].valueUsd',
      /should be number, not string/,
    ],
    ['a negative value', (d) => (d.flows[0]!.valueUsd = -5), 'flows[0].valueUsd', /cannot be negative/],
    [
      'an unknown field',
      (d) => ((d.flows[0] as Record<string, unknown>).valu = 3),
      'flows[0]',
      /unknown field "valu"/,
    ],
    ['a lower-case actor code', (d) => (d.actors[1]!.code = 'chn'), 'actors[1].code', /ISO 3166 alpha-3/],
    [
      'a flow to an undefined actor',
      (d) => (d.flows[0]!.to = 'XYZ'),
      'flows[0].to',
      /unknown actor code "XYZ"/,
    ],
    [
      'a relation with an undefined actor',
      (d) => (d.relations[0]!.between = ['PRK', 'JPN']),
      'relations[0].between[1]',
      /unknown actor code "JPN"/,
    ],
    [
      'an event with an undefined actor',
      (d) => d.events[0]!.actors.push('KOR'),
      'events[0].actors[2]',
      /unknown actor code "KOR"/,
    ],
    [
      'a year not in the dataset',
      (d) => (d.flows[0]!.year = 2019),
      'flows[0].year',
      /year 2019 is not one of the dataset's years \(2016, 2017\)/,
    ],
    ['years out of order', (d) => d.years.reverse(), 'years[1].year', /increasing order/],
    ['a duplicate year', (d) => (d.years[1]!.year = 2016), 'years[1].year', /listed twice/],
    [
      'an undefined source',
      (d) => (d.flows[0]!.sources = ['nope']),
      'flows[0].sources[0]',
      /source "nope" is not defined/,
    ],
    ['a duplicate source id', (d) => d.sources.push({ ...d.sources[0]! }), 'sources[1].id', /used twice/],
    ['a duplicate actor', (d) => d.actors.push({ ...d.actors[1]! }), 'actors[2].code', /defined twice/],
    ['a duplicate id', (d) => (d.events[0]!.id = 'f1'), 'events[0].id', /already used at flows\[0\]\.id/],
    [
      'a longitude out of range',
      (d) => (d.actors[1]!.capital.lon = 200),
      'actors[1].capital.lon',
      /at most 180/,
    ],
    ['a latitude out of range', (d) => (d.events[0]!.place.lat = -95), 'events[0].place.lat', /at least -90/],
    ['a bad date', (d) => (d.events[0]!.date = '1 June 2016'), 'events[0].date', /YYYY-MM-DD/],
    [
      'a script URL',
      (d) => (d.sources[0]!.url = 'javascript:alert(1)'),
      'sources[0].url',
      /http:\/\/ or https:\/\//,
    ],
    ['a focus that is not an actor', (d) => (d.focus = 'KOR'), 'focus', /not one of the dataset's actors/],
    [
      'a derived figure without method',
      (d) => (d.flows[0]!.evidence = 'derived'),
      'flows[0].method',
      /must say how/,
    ],
    [
      'two defaults for one pair and year',
      (d) => d.flows.push({ ...d.flows[0]!, id: 'f2' }),
      'flows[1].default',
      /already the default/,
    ],
    [
      'an unknown status',
      (d) => (d.relations[0]!.status = 'friendly'),
      'relations[0].status',
      /Invalid option/,
    ],
    [
      'an embassy of an actor outside the pair',
      (d) => (d.relations[0]!.residentEmbassy = { PRK: true, JPN: true } as never),
      'relations[0].residentEmbassy.JPN',
      /not one of the pair/,
    ],
    ['no years at all', (d) => (d.years = []), 'years', /at least one year/],
    [
      'a second focus actor, said on its own row',
      (d) => (d.actors[1]!.role = 'focus'),
      'actors[1].role',
      /only the dataset's focus, "PRK", has role "focus": give "CHN" role "partner"/,
    ],
    [
      'the focus actor given another role',
      (d) => (d.actors[0]!.role = 'partner'),
      'actors[0].role',
      /"PRK" is the dataset's focus: give it role "focus"/,
    ],
    [
      'a story step of a year not in the dataset',
      (d) =>
        (d.story = [
          { ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] }, year: 2019 },
        ]),
      'story[0].year',
      /year 2019 is not one of the dataset's years/,
    ],
    [
      'a story step picking out a feature that does not exist',
      (d) =>
        (d.story = [
          {
            ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
            select: { kind: 'flow', id: 'nope' },
          },
        ]),
      'story[0].select.id',
      /there is no flow "nope"/,
    ],
    [
      'a story step picking out a feature of another year',
      (d) =>
        (d.story = [
          {
            ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
            year: 2017,
            select: { kind: 'event', id: 'e1' },
          },
        ]),
      'story[0].select.id',
      /event "e1" belongs to 2016, not to the step's year 2017/,
    ],
    [
      'a story step picking out an unknown country',
      (d) =>
        (d.story = [
          {
            ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
            select: { kind: 'actor', id: 'XYZ' },
          },
        ]),
      'story[0].select.id',
      /there is no actor "XYZ"/,
    ],
    [
      'a story step that also picks out a feature that does not exist',
      (d) =>
        (d.story = [
          {
            ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
            select: { kind: 'event', id: 'e1', also: ['e1', 'e9'] },
          },
        ]),
      'story[0].select.also[1]',
      /there is no event "e9"/,
    ],
    [
      'a story step framing an unknown actor',
      (d) =>
        (d.story = [
          {
            ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
            view: { frame: ['PRK', 'XYZ'] },
          },
        ]),
      'story[0].view.frame[1]',
      /unknown actor code "XYZ"/,
    ],
    [
      'a story step with an undefined source',
      (d) =>
        (d.story = [
          { ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] }, sources: ['nope'] },
        ]),
      'story[0].sources[0]',
      /source "nope" is not defined/,
    ],
    [
      'a story step whose view says nothing',
      (d) =>
        (d.story = [
          { ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] }, view: { zoom: 4 } },
        ]),
      'story[0].view',
      /a "center" \(with a "zoom"\) or actors to "frame"/,
    ],
    [
      'a story step with both a centre and a frame',
      (d) =>
        (d.story = [
          {
            ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
            view: { center: [100, 10], zoom: 4, frame: ['PRK'] },
          },
        ]),
      'story[0].view',
      /not both/,
    ],
    [
      'a story step centred off the map',
      (d) =>
        (d.story = [
          {
            ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
            view: { center: [10, 100], zoom: 4 },
          },
        ]),
      'story[0].view.center',
      /\[longitude, latitude\]/,
    ],
    [
      'two story steps with one id',
      (d) =>
        (d.story = [
          { id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
          { id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
        ]),
      'story[1].id',
      /already used at story\[0\]\.id/,
    ],
    [
      'a story step with an unknown layer',
      (d) =>
        (d.story = [
          {
            ...{ id: 'st1', title: 'One', text: 'Words.', year: 2016, sources: ['s1'] },
            layers: ['trade', 'rivers'],
          },
        ]),
      'story[0].layers[1]',
      /Invalid option/,
    ],
    [
      'a total of a year not in the dataset',
      (d) =>
        (d.totals = [
          {
            ...{
              id: 't1',
              year: 2016,
              series: 'KOTRA',
              valueUsd: 100,
              exportsUsd: 40,
              importsUsd: 60,
              evidence: 'reported',
              sources: ['s1'],
            },
            year: 2019,
          },
        ]),
      'totals[0].year',
      /year 2019 is not one of the dataset's years/,
    ],
    [
      'a total with an undefined source',
      (d) =>
        (d.totals = [
          {
            ...{
              id: 't1',
              year: 2016,
              series: 'KOTRA',
              valueUsd: 100,
              exportsUsd: 40,
              importsUsd: 60,
              evidence: 'reported',
              sources: ['s1'],
            },
            sources: ['nope'],
          },
        ]),
      'totals[0].sources[0]',
      /source "nope" is not defined/,
    ],
    [
      'two totals of one series for one year',
      (d) =>
        (d.totals = [
          {
            id: 't1',
            year: 2016,
            series: 'KOTRA',
            valueUsd: 100,
            exportsUsd: 40,
            importsUsd: 60,
            evidence: 'reported',
            sources: ['s1'],
          },
          {
            ...{
              id: 't1',
              year: 2016,
              series: 'KOTRA',
              valueUsd: 100,
              exportsUsd: 40,
              importsUsd: 60,
              evidence: 'reported',
              sources: ['s1'],
            },
            id: 't2',
          },
        ]),
      'totals[1].series',
      /totals\[0\] is already the KOTRA total for 2016/,
    ],
    [
      'exports and imports that do not add up to the total',
      (d) =>
        (d.totals = [
          {
            ...{
              id: 't1',
              year: 2016,
              series: 'KOTRA',
              valueUsd: 100,
              exportsUsd: 40,
              importsUsd: 60,
              evidence: 'reported',
              sources: ['s1'],
            },
            exportsUsd: 10,
          },
        ]),
      'totals[0].valueUsd',
      /add up to the total/,
    ],
  ];

  for (const [name, mutate, path, message] of cases) {
    it(`reports ${name} at ${path}`, () => {
      const problems = problemsAfter(mutate);
      expect(problems.length).toBeGreaterThan(0);
      const match = problems.find((p) => p.path === path);
      expect(match, JSON.stringify(problems)).toBeDefined();
      expect(match!.message).toMatch(message);
    });
  }

  it('reports text that is not JSON without throwing', () => {
    const result = validateDatasetText('{"id": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('reports a value that is not an object', () => {
    for (const value of [null, 42, 'text', [], undefined]) {
      const result = validateDataset(value);
      expect(result.ok).toBe(false);
    }
  });

  it('caps the number of problems', () => {
    const d = minimalDataset() as Mutable;
    for (let i = 0; i < 500; i++) d.flows.push({ ...d.flows[0]!, id: `f-${i}`, valueUsd: -1 });
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeLessThanOrEqual(50);
  });
});

describe('JSON Schema for editors', () => {
  it('matches the generated file in datasets/', () => {
    const onDisk = JSON.parse(readFileSync('datasets/dataset.schema.json', 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
  });
  it('lists the top-level fields and requires the essential ones', () => {
    const schema = datasetJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'years',
        'actors',
        'flows',
        'relations',
        'events',
        'gaps',
        'sources',
        'method',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['years', 'actors', 'sources', 'focus']));
  });
});

describe('npm run validate (relations-map dataset validate)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relations-validate-'));
  const run = (...files: string[]) => {
    const io = { stdout: '', stderr: '' };
    const status = main(
      ['validate', ...files],
      {
        out: (text) => {
          io.stdout += `${text}\n`;
        },
        err: (text) => {
          io.stderr += `${text}\n`;
        },
      },
      { defaultFiles: ['datasets/dprk-relations.json'] },
    );
    return { status, ...io };
  };

  it('exits 0 on the default dataset', () => {
    const r = run('datasets/dprk-relations.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid \(3 years/);
  });

  it('checks the built-in dataset when given no file', () => {
    expect(run().stdout).toMatch(/^datasets\/dprk-relations\.json: valid \(3 years, .* 3 totals/);
  });

  it('prints every problem with its path and exits 1', () => {
    const file = join(dir, 'bad.json');
    const d = minimalDataset() as Mutable;
    d.flows[0]!.to = 'XYZ';
    d.flows[0]!.valueUsd = -1;
    writeFileSync(file, JSON.stringify(d));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/flows\[0\]\.valueUsd: a trade value cannot be negative/);
    expect(r.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
  });

  it('says plainly when the file is not JSON or not there', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, 'not json');
    const r = run(file, join(dir, 'missing.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not valid JSON/);
    expect(r.stderr).toMatch(/missing\.json: cannot be read \(no such file\)/);
  });
});

describe('the README', () => {
  it('shows a minimal dataset that validates', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Your own data'));
    const json = section.slice(
      section.indexOf('```json') + 7,
      section.indexOf('```', section.indexOf('```json') + 7),
    );
    const result = validateDatasetText(json);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
