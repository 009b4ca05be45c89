import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { localize, namesLanguageOf } from '../../src/data/translations';
import { validateDataset } from '../../src/data/validate';
import { langFor } from '../../src/text/strings';
import { datasetFromCsv, datasetToCsv, formatCsvProblem } from '../../src/tools/dataset-csv';
import { minimalDataset } from '../fixtures/minimal-dataset';
import { loadDefaultDataset } from './default-dataset';

/** The minimal dataset, complete in Malay too. */
function bilingual() {
  const d = minimalDataset() as ReturnType<typeof minimalDataset> & Record<string, unknown>;
  d.languages = ['en', 'ms'];
  d.i18n = { ms: { title: 'Kecil', method: 'Data ujian.' } };
  const labels = ['Satu', 'Dua'];
  for (const [i, y] of d.years.entries())
    Object.assign(y, { i18n: { ms: { label: labels[i], caption: `Tahun ${labels[i]}.` } } });
  const names: Record<string, [string, string]> = {
    PRK: ['Korea Utara', 'Pyongyang'],
    CHN: ['China', 'Beijing'],
  };
  for (const a of d.actors) {
    const [name, capital] = names[a.code]!;
    Object.assign(a, { i18n: { ms: { name } } });
    Object.assign(a.capital, { i18n: { ms: { name: capital } } });
  }
  for (const r of d.relations as Array<Record<string, unknown>>)
    r.i18n = { ms: { summary: 'Hubungan penuh.' } };
  for (const e of d.events as Array<Record<string, unknown> & { place?: Record<string, unknown> }>) {
    e.i18n = { ms: { title: 'Satu peristiwa', description: 'Sesuatu berlaku.' } };
    if (e.place) e.place.i18n = { ms: { name: 'Suatu tempat' } };
  }
  return d;
}

const valid = (input: unknown): Dataset => {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.dataset;
};

describe('a dataset in more than one language', () => {
  it("is read in the reader's language: its full tag, its primary language, else the dataset's own", () => {
    const d = valid(bilingual());
    const ms = localize(d, 'ms-MY');
    expect(ms.title).toBe('Kecil');
    expect(ms.years.map((y) => [y.label, y.caption])).toEqual([
      ['Satu', 'Tahun Satu.'],
      ['Dua', 'Tahun Dua.'],
    ]);
    expect(ms.actors[0]!.name).toBe('Korea Utara');
    expect(ms.actors[0]!.capital.name).toBe('Pyongyang');
    // Figures, ids and sources are the dataset's own.
    expect(ms.flows).toEqual(d.flows);
    expect(localize(d, 'ms')).toBe(localize(d, 'ms'));
    // The dataset's own language, and one it does not give, read the dataset as it is.
    expect(localize(d, 'en-GB')).toBe(d);
    expect(localize(d, 'fr').years.map((y) => y.caption)).toEqual(['First.', 'Second.']);
    expect(namesLanguageOf(ms)).toBe('ms');
    expect(namesLanguageOf(localize(d, 'fr'))).toBe('en');
  });

  it('names the focus country in the interface by its name in that language, else by its short name', () => {
    const d = valid(bilingual());
    expect(langFor('ms', localize(d, 'ms')).t.role.exports).toBe('Eksport Korea Utara');
    const untranslated = structuredClone(minimalDataset()) as Record<string, unknown> & {
      actors: Array<Record<string, unknown>>;
    };
    untranslated.actors[0]!.shortName = 'DPRK';
    const plain = valid(untranslated);
    expect(langFor('ms', localize(plain, 'ms')).t.role.exports).toBe('Eksport DPRK');
    expect(langFor('en', plain).t.role.exports).toBe("North Korea's exports");
  });

  it('is refused when a language it lists is missing a text, with where it is missing', () => {
    const d = bilingual();
    delete (d.years[1] as { i18n?: { ms: Record<string, string> } }).i18n!.ms.caption;
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'years[1].i18n.ms.caption',
        message: 'has no "ms" text, though "languages" says the dataset is complete in "ms"',
      },
    ]);
    // A language it does not list may be partial: it is used where given.
    const partial = bilingual();
    partial.languages = ['en'];
    delete (partial.years[1] as { i18n?: unknown }).i18n;
    expect(validateDataset(partial).ok).toBe(true);
  });

  it("asks for a source's title in each language only when the dataset wrote it (descriptive)", () => {
    const d = bilingual();
    const source = d.sources[0] as Record<string, unknown>;
    expect(validateDataset(d).ok).toBe(true);
    source.descriptive = true;
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['sources[0].i18n.ms.title']);
  });

  it('refuses text for a field that is not the reader-facing kind, and a malformed language tag', () => {
    const d = bilingual();
    (d.flows[0] as Record<string, unknown>).i18n = { ms: { series: 'X' } };
    (d.years[0] as Record<string, unknown>).i18n = { Malay: { label: 'Satu' } };
    const result = validateDataset(d);
    const messages = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContainEqual('flows[0].i18n.ms: has unknown field "series"');
    expect(messages.some((m) => m.startsWith('years[0].i18n') && m.includes('"ms" or "pt-BR"'))).toBe(true);
  });

  it('has its languages as CSV columns (caption, caption_ms): to CSV and back gives the same dataset', () => {
    const d = valid(bilingual());
    const files = datasetToCsv(d);
    expect(files['years.csv']!.split('\n')[0]).toBe('\uFEFFyear,label,label_ms,caption,caption_ms,sources');
    expect(files['actors.csv']!.split('\n')[0]).toContain('capital,capital_ms,capital_lon');
    const back = datasetFromCsv(files);
    expect(back.ok && back.dataset).toEqual(d);
  });

  it('says which CSV cell lacks its translation, by file, line and language column', () => {
    const files = datasetToCsv(valid(bilingual()));
    files['years.csv'] = files['years.csv']!.replace('Tahun Dua.', '');
    const result = datasetFromCsv(files);
    expect(result.ok ? [] : result.problems.map(formatCsvProblem)).toEqual([
      'years.csv:3: column "caption_ms": has no "ms" text, though "languages" says the dataset is complete in "ms"',
    ]);
  });
});

describe('the built-in dataset in Malay', () => {
  /** Names Malay writes as English does: capitals, places and countries spelt the same, and an acronym. */
  const sameInMalay = new Set([
    'DPRK',
    'China',
    'Malaysia',
    'Thailand',
    'Indonesia',
    'Vietnam',
    'Pyongyang',
    'Beijing',
    'Kuala Lumpur',
    'Bangkok',
    'Jakarta',
    'Hanoi',
    'Manila',
    'Washington, DC',
    'Putrajaya',
    'Wisma Putra, Putrajaya',
  ]);

  it('is complete in Malay, and every text differs from the English but a proper name spelt the same', () => {
    const dataset = loadDefaultDataset();
    expect(dataset.languages).toEqual(['en', 'ms']);
    const ms = localize(dataset, 'ms');
    const pairs: Array<[string, string]> = [];
    const collect = (en: unknown, malay: unknown) => {
      if (Array.isArray(en)) {
        for (const [i, entry] of en.entries()) collect(entry, (malay as unknown[])[i]);
      } else if (en && typeof en === 'object') {
        const item = en as Record<string, unknown>;
        for (const field of Object.keys((item.i18n as { ms?: object } | undefined)?.ms ?? {}))
          pairs.push([item[field] as string, (malay as Record<string, string>)[field]!]);
        for (const [key, value] of Object.entries(item))
          if (key !== 'i18n') collect(value, (malay as Record<string, unknown>)[key]);
      }
    };
    collect(dataset, ms);
    expect(pairs.length).toBeGreaterThan(450);
    expect(pairs.filter(([en, malay]) => en === malay && !sameInMalay.has(en))).toEqual([]);
  });
});
