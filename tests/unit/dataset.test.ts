import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import {
  alternativesFor,
  flowsForYear,
  gapsForYear,
  partnersWithoutFigure,
  relationsForYear,
} from '../../src/data/selectors';
import { formatShare, shareOfRecordedTrade } from '../../src/data/shares';
import { validateDataset } from '../../src/data/validate';

const raw = JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8'));
const result = validateDataset(raw);

function data(): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}
const flow = (id: string) => data().flows.find((f) => f.id === id)!;
const relation = (partner: string, year: number) =>
  data().relations.find((r) => r.year === year && r.between[1] === partner)!;

describe('the default dataset', () => {
  it('validates', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('covers the three years and the actors the story needs', () => {
    expect(data().years.map((y) => y.year)).toEqual([2016, 2017, 2021]);
    expect(data().years.map((y) => y.label)).toEqual(['Friends', 'Rupture', 'Severed']);
    const codes = data().actors.map((a) => a.code);
    for (const code of ['PRK', 'CHN', 'MYS', 'THA', 'IDN', 'SGP', 'VNM', 'PHL', 'USA'])
      expect(codes).toContain(code);
  });

  it('gives every figure, relation and event a source and an evidence tag', () => {
    const sourceIds = new Set(data().sources.map((s) => s.id));
    for (const item of [...data().flows, ...data().relations, ...data().events]) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const id of item.sources) expect(sourceIds.has(id), `${item.id} cites ${id}`).toBe(true);
      expect(['reported', 'derived', 'seed', 'unverified']).toContain(item.evidence);
    }
    for (const f of data().flows) if (f.evidence === 'derived') expect(f.method, f.id).toBeTruthy();
  });

  it('never draws an unverified figure', () => {
    expect(data().flows.filter((f) => f.default && f.evidence === 'unverified')).toEqual([]);
  });

  it('names the reason for each default where sources disagree', () => {
    for (const f of data().flows.filter((x) => x.default)) {
      if (alternativesFor(data(), f).length > 0) expect(f.defaultReason, f.id).toBeTruthy();
    }
  });

  it('keeps both China 2021 figures, KOTRA drawn by default', () => {
    expect(flow('chn-2021-kotra-total').valueUsd).toBe(681.66e6);
    expect(flow('chn-2021-customs-total').valueUsd).toBe(318e6);
    expect(flow('chn-2021-customs-total').default).toBe(false);
    expect(flow('chn-2021-kotra-imports').valueUsd).toBe(623.55e6);
    expect(flow('chn-2021-kotra-exports').valueUsd).toBe(58.11e6);
    expect(flowsForYear(data(), 2021).filter((f) => f.to === 'CHN' || f.from === 'CHN')).toHaveLength(2);
  });

  it('has Thailand 2017 as reported by the Thai commerce ministry, in baht and dollars', () => {
    const f = flow('tha-2017-tpso-total');
    expect(f.valueUsd).toBe(2.38e6);
    expect(f.original).toMatchObject({ currency: 'THB', value: 76.5e6 });
    expect(f.evidence).toBe('reported');
  });

  it('keeps the three Thailand 2016 totals with their tags', () => {
    expect(flow('tha-2016-itc-total')).toMatchObject({ valueUsd: 50e6, evidence: 'reported', default: true });
    expect(flow('tha-2016-kotra-total')).toMatchObject({ evidence: 'derived', default: false });
    expect(flow('tha-2016-seed-total')).toMatchObject({ valueUsd: 53e6, evidence: 'seed', default: false });
  });

  it("gives Malaysia's Jan–May 2017 imports in ringgit with its period", () => {
    const f = flow('mys-2017jm-exports');
    expect(f.from).toBe('PRK');
    expect(f.original).toMatchObject({ currency: 'MYR', value: 20.6e6 });
    expect(f.period).toMatchObject({ from: '2017-01', to: '2017-05' });
  });

  it("records Malaysia's status: full, downgraded, severed", () => {
    expect(relation('MYS', 2016)).toMatchObject({ status: 'full', visaFree: true });
    expect(relation('MYS', 2017)).toMatchObject({ status: 'downgraded', visaFree: false });
    // Not resident in Pyongyang is an inference the sources do not make (no ambassador, affairs handled from Beijing).
    expect(relation('MYS', 2017).residentEmbassy).toEqual({ PRK: true, MYS: null });
    expect(relation('MYS', 2021)).toMatchObject({ status: 'severed' });
    expect(relation('MYS', 2021).residentEmbassy).toEqual({ PRK: false, MYS: false });
    expect(relationsForYear(data(), 2021).find((r) => r.between[1] === 'THA')?.status).toBe('full');
  });

  it('has no figure for Indonesia or Malaysia 2021, and says why', () => {
    expect(data().flows.some((f) => f.from === 'IDN' || f.to === 'IDN')).toBe(false);
    expect(partnersWithoutFigure(data(), 2021).map((a) => a.code)).toEqual(
      expect.arrayContaining(['IDN', 'MYS', 'THA']),
    );
    const gaps = gapsForYear(data(), 2021);
    expect(gaps.find((g) => g.between.includes('IDN'))?.reason).toMatch(/No figure/);
    expect(gaps.find((g) => g.between.includes('MYS'))?.reason).toMatch(/19 March 2021/);
  });

  it('records the seed article and its dating error', () => {
    const seed = data().sources.find((s) => s.id === 'seed-9dashline')!;
    expect(seed.note).toMatch(/March 2020/);
    const extradition = data().events.find((e) => e.id === 'ev-2021-federal-court')!;
    expect(extradition.date).toBe('2021-03-09');
    expect(extradition.note).toMatch(/March 2020/);
  });

  it('tells the events the seed tells, each with a date precision and slider year', () => {
    const byId = new Map(data().events.map((e) => [e.id, e]));
    expect(byId.get('ev-2017-kjn')).toMatchObject({ date: '2017-02-13', year: 2017, precision: 'day' });
    expect(byId.get('ev-2017-kjn')?.place).toMatchObject({ lat: 2.74333, lon: 101.69806 });
    expect(byId.get('ev-2021-severed')).toMatchObject({ date: '2021-03-19', year: 2021 });
    expect(byId.get('ev-2016-kl-talks')).toMatchObject({ date: '2016-10-21', year: 2016 });
    expect(byId.get('ev-2000-arf')).toMatchObject({ date: '2000-07-27', year: 2016 });
    expect(byId.get('ev-2020-ftb')).toMatchObject({ date: '2020-05-28', year: 2021 });
    expect(byId.get('ev-2017-visa-end')?.date).toBe('2017-03-06');
    expect(byId.get('ev-2017-imports-halt')).toMatchObject({ precision: 'month', kind: 'trade' });
  });

  it('states the method: mirror statistics, KOTRA oil estimate', () => {
    expect(data().method).toMatch(/mirror statistics/);
    expect(data().method).toMatch(/crude oil/);
  });

  it('only uses http(s) source addresses', () => {
    for (const s of data().sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
  });
});

describe('corrections from the second check against the research (issue 17, first part)', () => {
  const text = readFileSync('datasets/dprk-relations.json', 'utf8');
  const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;

  it('claims nothing the sources do not say', () => {
    for (const unsupported of [
      'following UN Security Council resolution 2270',
      'to comply with UN sanctions',
      'businessman',
      'sanctions evasion',
      'half-brother',
      'court records',
      'were starting to bite',
      'Under UN and US pressure',
    ])
      expect(text, unsupported).not.toContain(unsupported);
    expect(byId(data().events, 'ev-2019-mun-arrest').description).toMatch(/money laundering/);
    // Malaysia said it would close its Pyongyang embassy (research §2), not that it had.
    expect(byId(data().relations, 'rel-mys-2021').summary).toMatch(
      /said it would close its own Pyongyang embassy/,
    );
  });

  it('stores an approximate date no more precisely than it is known', () => {
    // About 6–7 March 2017 (research §3): a span of two days, not one exact day and not the whole month.
    expect(byId(data().events, 'ev-2017-exit-bans')).toMatchObject({
      date: '2017-03-06',
      dateTo: '2017-03-07',
      precision: 'day',
    });
    expect(byId(data().events, 'ev-2017-exit-bans').dateNote).toMatch(/About 6–7 March/);
  });

  it('states the ringgit rate it used (18 ÷ 4.05), that it is a 2017 rate, and claims no more precision than it has', () => {
    const converted = data().flows.filter((f) => f.original?.currency === 'MYR' && f.evidence === 'derived');
    expect(converted.length).toBeGreaterThan(0);
    for (const f of converted) {
      expect(f.original!.conversion).toMatch(/RM 4\.44 .*18 ÷ 4\.05/);
      expect(f.original!.conversion).toMatch(/2017 rate applied to 2016 trade/);
      // Rounded to US$0.1 million: the rate is a year off, so more digits would be false precision.
      expect(f.valueUsd % 100_000).toBe(0);
      expect(Math.abs(f.original!.value / (18 / 4.05) - f.valueUsd)).toBeLessThanOrEqual(50_000);
    }
  });

  it('tags and sources the relations as the research does (§7.1, 7.3, 7.5)', () => {
    const rel = (id: string) => byId(data().relations, id);
    const source = (id: string) => byId(data().sources, id);
    // Malaysia 2017: no ambassador posted and affairs handled from Beijing (§2); whether its embassy kept staff is
    // not in the sources.
    expect(rel('rel-mys-2017').residentEmbassy.MYS).toBeNull();
    expect(rel('rel-mys-2017').summary).not.toMatch(/left without staff/);
    expect(rel('rel-mys-2017').summary).toMatch(/handled from Beijing/);
    // No source covers Singapore's diplomatic status in 2021; Vietnam's is read from the reports of its vacant
    // ambassador post (research §7.5), its own embassy in Pyongyang only inferred (so not known here).
    expect(rel('rel-sgp-2021').evidence).toBe('unverified');
    expect(rel('rel-vnm-2021').evidence).toBe('reported');
    expect(rel('rel-vnm-2021').residentEmbassy).toEqual({ PRK: true, VNM: null });
    // Relations since 31 January 1950, from a source that says so.
    expect(rel('rel-vnm-2016').sources).toEqual(['vietnamnews-2024-09']);
    expect(source('vietnamnews-2024-09').note).toMatch(/31 January 1950/);
    // Thailand 2017: the August cause from August reports; trade cut back, not fully suspended (US$2.38 M recorded).
    const thailand = rel('rel-tha-2017');
    expect(thailand.tradeSuspension).toBe('partial');
    const august = thailand.causes.find((c) => c.date.startsWith('2017-08'))!;
    for (const id of august.sources) expect(source(id).date).toMatch(/^2017-08/);
    // China 2017: its votes for 2371 and 2375 and its order closing North Korean firms, each sourced.
    const china = rel('rel-chn-2017');
    for (const [date, words] of [
      ['2017-08-05', /2371/],
      ['2017-09-11', /2375/],
      ['2017-09-28', /close within 120 days/],
    ] as const) {
      const cause = china.causes.find((c) => c.date === date)!;
      expect(cause.text).toMatch(words);
      expect(cause.sources.length).toBeGreaterThan(0);
      for (const id of cause.sources) expect(china.sources).toContain(id);
    }
  });
});

describe('the sanctions and tests behind the story (issue 17, research §7.1 and §7.2)', () => {
  const event = (id: string) => data().events.find((e) => e.id === id)!;

  it('dates each resolution and test as the research does, in local time for events in Korea', () => {
    const expected: Array<[string, string, number]> = [
      ['ev-2016-test-4', '2016-01-06', 2016],
      ['ev-2016-res-2270', '2016-03-02', 2016],
      ['ev-2016-test-5', '2016-09-09', 2016],
      ['ev-2016-res-2321', '2016-11-30', 2016],
      ['ev-2017-res-2356', '2017-06-02', 2017],
      ['ev-2017-res-2371', '2017-08-05', 2017],
      ['ev-2017-test-6', '2017-09-03', 2017],
      ['ev-2017-res-2375', '2017-09-11', 2017],
      ['ev-2017-res-2397', '2017-12-22', 2017],
      // §7.2 launches and §7.3 flagged events.
      ['ev-2017-recall', '2017-02-20', 2017],
      ['ev-2017-port-klang', '2017-03-20', 2017],
      ['ev-2017-icbm-1', '2017-07-04', 2017],
      ['ev-2017-icbm-2', '2017-07-28', 2017],
      ['ev-2017-tillerson-bkk', '2017-08-08', 2017],
      ['ev-2017-tillerson-kl', '2017-08-08', 2017],
      ['ev-2017-china-firms', '2017-09-28', 2017],
      ['ev-2017-icbm-3', '2017-11-29', 2017],
      ['ev-2021-mun-handover', '2021-03-17', 2021],
      ['ev-2021-launches', '2021-03-25', 2021],
    ];
    for (const [id, date, year] of expected)
      expect(event(id), id).toMatchObject({ date, year, precision: 'day' });
    // Where sources disagree on the date, both are kept.
    expect(event('ev-2017-res-2375').dateNote).toMatch(/12 September in East Asia/);
    expect(event('ev-2017-test-6').note).toMatch(/2 September, in US time/);
    expect(event('ev-2017-icbm-1').note).toMatch(/3 July, in US time/);
    expect(event('ev-2017-icbm-3').note).toMatch(/28 November, in US time/);
    expect(event('ev-2021-mun-handover').dateNote).toMatch(/17 March.*20 March/);
    expect(event('ev-2017-recall').dateNote).toMatch(/Saturday/);
    expect(event('ev-2021-launches').note).toMatch(/Hamju.*Wonsan/);
    // Places not located, or off this map (a court in Washington), carry no coordinates.
    for (const id of ['ev-2017-icbm-2', 'ev-2021-mun-handover', 'ev-2021-launches'])
      expect(event(id).place?.lon, id).toBeUndefined();
  });

  it('gives resolutions adopted in New York no place on this map, so none becomes a dot off its edge', () => {
    for (const e of data().events.filter((x) => x.id.includes('-res-'))) {
      expect(e.place?.lon).toBeUndefined();
      expect(e.place?.lat).toBeUndefined();
    }
    // The tests are at Punggye-ri, on the map.
    expect(event('ev-2017-test-6').place).toMatchObject({ lon: 129.0874, lat: 41.2781 });
  });
});

describe('the sources, audited against the research (issue 17)', () => {
  const cited = () => {
    const ids = new Set<string>();
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === 'object')
        for (const [k, v] of Object.entries(o)) {
          if (k === 'sources' && Array.isArray(v)) for (const id of v) ids.add(String(id));
          else walk(v);
        }
    };
    const d = data();
    walk([d.years, d.actors, d.flows, d.relations, d.events, d.gaps, d.totals]);
    return ids;
  };

  it('cites every source it lists, and lists no article twice', () => {
    const ids = cited();
    expect(
      data()
        .sources.filter((s) => !ids.has(s.id))
        .map((s) => s.id),
    ).toEqual([]);
    const urls = data()
      .sources.map((s) => s.url)
      .filter(Boolean);
    expect(urls.length - new Set(urls).size).toBe(0);
  });

  it('marks titles that are not headlines on record as descriptive', () => {
    const source = (id: string) => data().sources.find((s) => s.id === id)!;
    for (const id of ['kja-2017-02-13', 'voa-mun-2019', 'reuters-najib-trump-2017-09', 'donga-2017-11-17'])
      expect(source(id).descriptive, id).toBe(true);
    // Headlines the research gives are quoted as they are.
    expect(source('kotra-2021').descriptive).toBeUndefined();
  });

  it('says where a source was read when its address is not the copy the research read', () => {
    const source = (id: string) => data().sources.find((s) => s.id === id)!;
    expect(source('fmt-air-koryo-2017-02-23').via).toMatch(/dev-v4\.freemalaysiatoday\.com/);
    expect(source('wikipedia-klia').via).toMatch(/archived copy/);
  });

  it('names only the publisher a "reuters" source is by', () => {
    for (const s of data().sources.filter((x) => x.id.startsWith('reuters')))
      expect(s.publisher, s.id).toMatch(/^Reuters/);
  });
});

describe("the DPRK statement of 19 March 2021 and Mun's court appearance (research §7.3)", () => {
  const event = (id: string) => data().events.find((e) => e.id === id)!;
  it("gives the statement's charges and its sources: KCNA, Kyodo, Reuters", () => {
    const e = event('ev-2021-severed');
    expect(e.date).toBe('2021-03-19');
    expect(e.description).toMatch(/KCNA/);
    expect(e.description).toMatch(/Singapore/);
    expect(e.description).toMatch(/drinking party/);
    expect(e.sources).toEqual(
      expect.arrayContaining(['kcna-2021-03-19', 'kyodo-2021-03-19', 'reuters-2021-03-22']),
    );
  });
  it('dates the first court appearance 22 March 2021, in a court with no place on this map', () => {
    const e = event('ev-2021-extradited');
    expect(e.date).toBe('2021-03-22');
    expect(e.description).toMatch(/six counts of money laundering/);
    expect(e.description).not.toMatch(/sanctions evasion|businessman/);
    expect(e.place?.lon).toBeUndefined();
    expect(e.sources).toEqual(expect.arrayContaining(['law360-2021-03-22', 'voa-2021-03-22']));
    // The handover's two dates stay side by side.
    expect(event('ev-2021-mun-handover').dateNote).toMatch(/17 March.*20 March/);
  });
});

describe("KOTRA's totals and each partner's share (research §7.4)", () => {
  it('holds the three totals as reported, with exports and imports', () => {
    expect(
      data().totals.map((t) => [t.year, t.series, t.valueUsd, t.exportsUsd, t.importsUsd, t.evidence]),
    ).toEqual([
      [2016, 'KOTRA', 6_550_000_000, 2_820_000_000, 3_730_000_000, 'reported'],
      [2017, 'KOTRA', 5_550_000_000, 1_770_000_000, 3_780_000_000, 'reported'],
      [2021, 'KOTRA', 713_330_000, 81_960_000, 631_370_000, 'reported'],
    ]);
  });

  it("gives KOTRA's own shares back: China 92.5%, 94.8%, 95.6%; Thailand 0.8%; Singapore 0.2%; Vietnam 1.7%", () => {
    const share = (id: string) => {
      const answer = shareOfRecordedTrade(data(), flow(id));
      return answer.kind === 'share' ? formatShare(answer.fraction) : answer.reason;
    };
    expect(share('chn-2016-kotra-total')).toBe('92.5%');
    expect(share('chn-2017-kotra-total')).toBe('94.8%');
    expect(share('chn-2021-kotra-total')).toBe('95.6%');
    expect(share('tha-2016-kotra-total')).toBe('0.8%');
    expect(share('sgp-2016-kotra-total')).toBe('0.2%');
    expect(share('vnm-2021-kotra-total')).toBe('1.7%');
    // Exports against exports: never rounded down to nothing.
    // A tiny share says "under 0.1%", not a precision the mirror statistics do not have (issue 27).
    expect(share('sgp-2016-kotra-exports')).toBe('<0.1%');
  });

  it('never divides mixed series or part-year figures (the research marks those "do not publish")', () => {
    const reason = (id: string) => shareOfRecordedTrade(data(), flow(id));
    expect(reason('chn-2017-customs-total')).toMatchObject({ kind: 'none', reason: 'other-series' });
    expect(reason('chn-2021-customs-total')).toMatchObject({ kind: 'none', reason: 'other-series' });
    expect(reason('tha-2017-tpso-total')).toMatchObject({ kind: 'none', reason: 'other-series' });
    expect(reason('mys-2016-miti-total')).toMatchObject({ kind: 'none', reason: 'other-series' });
    expect(reason('phl-2017h1-kotra-total')).toMatchObject({ kind: 'none', reason: 'part-year' });
    expect(reason('mys-2017jm-exports')).toMatchObject({ kind: 'none', reason: 'part-year' });
  });
});

describe('the built-in story (issue 16)', () => {
  it('walks the article from 2016 to 2021 in 8 to 12 steps, each sourced and picking out something real', () => {
    const story = data().story;
    expect(story.length).toBeGreaterThanOrEqual(8);
    expect(story.length).toBeLessThanOrEqual(12);
    const years = story.map((s) => s.year);
    expect(years).toEqual([...years].sort());
    expect(new Set(years)).toEqual(new Set([2016, 2017, 2021]));
    for (const step of story) {
      expect(step.sources.length, step.id).toBeGreaterThan(0);
      // A comparison is of everything drawn: it picks nothing out.
      if (!step.compare) expect(step.select, step.id).toBeDefined();
      expect(step.view, step.id).toBeDefined();
      expect(step.text.length, step.id).toBeLessThan(500);
    }
    // The turns of the article: the killing at klia2, the severing of ties.
    expect(story.map((s) => s.select?.id)).toEqual(expect.arrayContaining(['ev-2017-kjn', 'rel-mys-2021']));
    // And it ends on what changed: its first year against its last.
    expect(story.at(-1)?.compare).toEqual([2016, 2021]);
  });
});

describe('the third fact-check against the research and the article (issue 31)', () => {
  const d = () => data();
  const step = (id: string) => d().story.find((s) => s.id === id)!;
  const rel = (id: string) => d().relations.find((r) => r.id === id)!;
  const event = (id: string) => d().events.find((e) => e.id === id)!;
  const source = (id: string) => d().sources.find((s) => s.id === id)!;
  const flowById = (id: string) => d().flows.find((f) => f.id === id)!;

  it('tells China in 2017 as it voted, and links nothing the sources do not link', () => {
    const coal = step('step-china-coal');
    for (const resolution of ['2356', '2371', '2375', '2397']) expect(coal.text).toContain(resolution);
    expect(coal.text).not.toMatch(/two more rounds|days after the killing/i);
    const china = rel('rel-chn-2017');
    for (const date of ['2017-06-02', '2017-08-05', '2017-09-11', '2017-12-22'])
      expect(china.causes.map((c) => c.date)).toContain(date);
  });

  it("says what Thailand's figures show and, apart, what the article says, each with its source", () => {
    const thailand = step('step-thailand');
    expect(thailand.text).toMatch(/first half/);
    expect(thailand.text).toMatch(/9DASHLINE article .*largely ignored/);
    expect(thailand.text).not.toMatch(/Under US pressure/);
    expect(thailand.sources).toEqual(
      expect.arrayContaining(['coconuts-afp-2017-08-08', 'inewstoday-2017-08-10', 'seed-9dashline']),
    );
    expect(rel('rel-tha-2017').summary).toMatch(/largely ignored/);
    // 2021: the February meeting with North Korea's ambassador, from the Thai foreign ministry.
    const t2021 = rel('rel-tha-2021');
    expect(t2021.causes.find((c) => c.date === '2021-02-16')?.sources).toEqual(['mfa-th-2021-02-23']);
    expect(t2021.residentEmbassy.PRK).toBe(true);
  });

  it('puts the figure a step quotes in the panel it opens (92.5%, not the imports share)', () => {
    const share = step('step-china-share');
    expect(share.select).toEqual({ kind: 'flow', id: 'chn-2016-kotra-total' });
    const answer = shareOfRecordedTrade(d(), flowById(share.select!.id));
    expect(answer.kind).toBe('share');
    expect(share.text).toContain(answer.kind === 'share' ? formatShare(answer.fraction) : answer.reason);
  });

  it('names the countries it generalises over, sources its tests and resolution, and gives 2021 its number two', () => {
    const neighbours = step('step-neighbours');
    expect(neighbours.text).not.toMatch(/everywhere except/);
    for (const country of ['Thailand', 'Indonesia', 'Singapore', 'Vietnam', 'Philippines', 'Malaysia'])
      expect(neighbours.text).toContain(country);
    expect(step('step-tests-2016').sources).toEqual(
      expect.arrayContaining(['wikipedia-jan-2016-test', 'un-2270-summary']),
    );
    expect(step('step-closed').text).toMatch(/Vietnam, its second-largest partner/);
  });

  it('keeps the captions to what their own sources say', () => {
    const caption = (year: number) => d().years.find((y) => y.year === year)!;
    expect(caption(2017).caption).toContain('no imports from North Korea from mid-year');
    expect(caption(2021).caption).toMatch(/handed to the United States in March, Pyongyang cut/);
    expect(caption(2016).sources).toEqual(
      expect.arrayContaining(['kyodo-2017-03', 'un-2270-summary', 'usembassy-seoul-2321-2016-11-30']),
    );
  });

  it('records the relations as the research has them', () => {
    for (const year of [2016, 2017, 2021]) expect(relation('SGP', year).residentEmbassy.SGP).toBe(false);
    expect(rel('rel-sgp-2016').causes[0]).toMatchObject({ date: '1975-11-08' });
    const vietnam = rel('rel-vnm-2021');
    expect(vietnam.summary).toMatch(/no ambassador/);
    expect(vietnam.causes.map((c) => c.date)).toEqual(['2019-03-01', '2019-04']);
    const malaysia = rel('rel-mys-2017');
    expect(malaysia.summary).not.toMatch(/chargé/);
    expect(malaysia.causes[0]).toMatchObject({ date: '2017-02-20' });
    expect(rel('rel-usa-2016').sources[0]).toBe('myanmartimes-2016');
    expect(rel('rel-idn-2021').residentEmbassy.IDN).toBe('vacated');
    // No source says trade was not suspended in 2016: not known, rather than "none".
    for (const r of d().relations.filter((x) => x.year === 2016))
      expect(r.tradeSuspension, r.id).not.toBe('none');
  });

  it('dates, attributes and quotes the events as their sources do', () => {
    expect(event('ev-2017-najib-trump').description).not.toMatch(/After the meeting/);
    expect(event('ev-2017-glocom').description).toMatch(/^Reuters reported that Glocom/);
    const severed = event('ev-2021-severed').description;
    for (const quoted of [
      'unpardonable crime',
      'drinking party',
      'backstage manipulator',
      'unfriendly and unconstructive',
    ])
      expect(severed).toContain(`"${quoted}"`);
    expect(event('ev-2021-mun-handover')).toMatchObject({ date: '2021-03-17', dateTo: '2021-03-20' });
  });

  it('lists every outlet its text names, and where every marker stands comes from', () => {
    const outlets = [
      'BBC',
      'Goodyfeed',
      'Tribunnews',
      'Myanmar Times',
      'Sputnik',
      'Kyodo',
      'Reuters',
      'KCNA',
    ];
    const items = [...d().flows, ...d().relations, ...d().events];
    for (const item of items) {
      const words = JSON.stringify({ ...item, sources: undefined });
      const cited = JSON.stringify(
        [...item.sources, ...('causes' in item ? item.causes.flatMap((c) => c.sources) : [])].map((id) =>
          source(id),
        ),
      );
      for (const outlet of outlets)
        if (words.includes(outlet)) expect(cited, `${item.id}: ${outlet}`).toContain(outlet);
    }
    for (const e of d().events.filter((x) => x.place?.lon !== undefined))
      expect(e.place!.sources?.length, e.id).toBeGreaterThan(0);
    expect(source('capitals-list').url).toMatch(/^https:\/\/github\.com\//);
  });

  it('gets the trade notes right: US$379 million of oil, series changes told, the Philippines 2017 gap', () => {
    expect(flowById('chn-2021-kotra-imports').note).toMatch(/US\$379 million/);
    expect(flowById('chn-2021-customs-total').note).toMatch(/681\.7 − 379 ≈ 303/);
    expect(JSON.stringify(d().flows)).not.toMatch(/US\$370 million/);
    expect(flowById('tha-2017-tpso-total').note).toMatch(/different series/);
    expect(flowById('mys-2017jm-exports').note).toMatch(/different series/);
    expect(d().gaps.find((g) => g.id === 'gap-phl-2017-trade')).toMatchObject({ year: 2017, about: 'trade' });
    expect(d().totals.find((t) => t.id === 'total-2017-kotra')!.note).toMatch(/revised/);
  });

  it('links each source as it was read, and nothing on an unrelated host or a preview system', () => {
    expect(source('yonhap-kotra-2021').url).toBeUndefined();
    expect(source('voa-2021-03-22').url).toBeUndefined();
    for (const s of d().sources) expect(s.url ?? '', s.id).not.toMatch(/\/preview\/|urhairsalon/);
    expect(source('fmt-air-koryo-2017-02-23').url).toMatch(/^https:\/\/dev-v4\.freemalaysiatoday\.com\//);
    expect(source('wikipedia-klia').url).toBe('https://en.wikipedia.org/wiki/Kuala_Lumpur_Airport');
    expect(source('vietnamnews-2024-09').descriptive).toBe(true);
  });

  it("adds what the article's readers missed, each sourced, and keeps its unconfirmed claims as its own", () => {
    for (const [id, evidenceTag] of [
      ['ev-2019-1mdb-return', 'reported'],
      ['ev-2020-goldman-settlement', 'reported'],
      ['ev-2021-1mdb-452m', 'reported'],
      ['ev-2021-bukit-muria-jaya', 'reported'],
      ['ev-2018-wise-honest', 'reported'],
      ['ev-2017-un-panel-glocom', 'reported'],
      ['ev-2017-warmbier', 'reported'],
      ['ev-2017-dprk-rejects-2375', 'reported'],
      ['ev-seed-mys-condemns', 'seed'],
      ['ev-seed-workers', 'seed'],
      ['ev-seed-2021-cruise', 'seed'],
    ] as const) {
      const e = event(id);
      expect(e.evidence, id).toBe(evidenceTag);
      expect(e.sources.length, id).toBeGreaterThan(0);
      if (evidenceTag === 'seed') {
        expect(e.sources, id).toEqual(['seed-9dashline']);
        expect(e.title, id).toMatch(/the article's claim/);
      }
    }
    expect(rel('rel-mys-2021').causes[0]!.text).toMatch(/^The 9DASHLINE article's main explanation.*1MDB/);
    expect(event('ev-2017-kjn').note).toMatch(/9DASHLINE article describes Kim Jong Nam/);
    expect(d().changes).toMatch(/December 2026/);
  });
});
