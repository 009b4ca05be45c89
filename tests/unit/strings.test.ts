import { describe, expect, it } from 'vitest';
import { detailsFor, selectableItems } from '../../src/text/details';
import { adoptString, en, langFor, ms, type Strings, stringsFor } from '../../src/text/strings';
import { flowRows } from '../../src/text/table';
import { loadDefaultDataset } from './default-dataset';

/** Every leaf of a string table, functions called with sample arguments, keyed by path. */
function leaves(table: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof table === 'string') out.set(path, table);
  else if (typeof table === 'function') {
    const args = path === '.forDataset' ? [{ focus: 'X', short: 'Y', credit: 'Z' }] : ['X', 'Y'];
    const made = (table as (...a: unknown[]) => unknown)(...args);
    // A table of words made from a dataset's names (forDataset): each of its strings.
    if (made && typeof made === 'object') for (const [p, s] of leaves(made, path)) out.set(p, s);
    else out.set(path, String(made));
  } else if (table && typeof table === 'object')
    for (const [k, v] of Object.entries(table)) for (const [p, s] of leaves(v, `${path}.${k}`)) out.set(p, s);
  return out;
}

// Words that are the same in both languages: acronyms, names, and the article's own title.
const sameInBoth = new Set([
  '.attributionData',
  '.columns.status',
  '.trade',
  '.layerNames.labels',
  '.attributionStory',
  // An arrow between two statuses, each already in its language.
  '.relationChange',
]);
// Empty until a dataset names its story: then `forDataset` gives the credit.
const emptyWithoutDataset = new Set(['.attributionStory']);

describe('interface strings', () => {
  it('has a complete Malay table: every English string has a non-empty Malay one', () => {
    const english = leaves(en);
    const malay = leaves(ms);
    expect([...malay.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of malay)
      if (!emptyWithoutDataset.has(key)) expect(value.trim(), key).not.toBe('');
  });

  it('translates rather than copies: Malay differs from English except for shared words', () => {
    const english = leaves(en);
    const copied = [...leaves(ms)].filter(([k, v]) => english.get(k) === v && !sameInBoth.has(k));
    expect(copied.map(([k]) => k)).toEqual([]);
  });

  it('chooses the table by primary language, English otherwise', () => {
    expect(stringsFor('ms')).toBe(ms);
    expect(stringsFor('ms-MY')).toBe(ms);
    expect(stringsFor('MS-my')).toBe(ms);
    expect(stringsFor('en-GB')).toBe(en);
    expect(stringsFor('id')).toBe(en);
    expect(stringsFor('de')).toBe(en);
  });

  it("keeps a linked control's own text and replaces only the tables' texts", () => {
    expect(adoptString('year', en.year, ms.year)).toBe(ms.year);
    expect(adoptString('year', 'Year of the first map', ms.year)).toBe('Year of the first map');
    const own: Strings['layerNames'] = { ...en.layerNames };
    expect(adoptString('layerNames', own, ms.layerNames)).toBe(own);
  });
});

describe('Malay text from the data functions', () => {
  const dataset = loadDefaultDataset();
  const malay = langFor('ms');

  it('names statuses, evidence and directions in Malay, with Malay number formats', () => {
    const view = detailsFor(dataset, { kind: 'actor', id: 'MYS' }, 2017, malay)!;
    const text = JSON.stringify(view);
    expect(text).toMatch(/Hubungan pada 2017/);
    expect(text).toMatch(/hubungan diturunkan taraf/);
    expect(text).toMatch(/Eksport DPRK/);
    expect(text).not.toMatch(/DPRK exports|Relations in|downgraded relations/);
    const rows = flowRows(dataset, 2016, malay);
    const china = rows.find((r) => r.id === 'chn-2016-kotra-imports')!;
    expect(china.value).toMatch(/^USD\s3\.42B$/);
    expect(china.direction).toBe('Import DPRK');
    expect(rows.find((r) => Number.isNaN(r.valueUsd))?.value).toBe('tiada angka dilaporkan');
  });

  it('groups the picker in Malay', () => {
    expect(selectableItems(dataset, 2021, malay).map((g) => g.label)).toEqual([
      'Negara',
      'Aliran perdagangan, 2021',
      'Hubungan, 2021',
      'Peristiwa yang menjelaskan 2021',
    ]);
  });
});
