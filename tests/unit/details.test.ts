import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { selectionExists } from '../../src/data/selection';
import { capitalData } from '../../src/layers/capitals';
import { eventData } from '../../src/layers/events';
import { describePicked } from '../../src/text/describe';
import {
  briefOf,
  detailsFor,
  formatDate,
  safeUrl,
  selectableItems,
  sourceLabel,
} from '../../src/text/details';
import { langFor } from '../../src/text/strings';
import { yearHeadline, yearSummary } from '../../src/text/summary';
import { loadDefaultDataset } from './default-dataset';

const dataset: Dataset = loadDefaultDataset();

describe('tooltip text', () => {
  it("gives a capital the figures its arcs draw that year, with their months (Kuala Lumpur's 2017 export)", () => {
    const kl = (year: number) => capitalData(dataset, year).find((c) => c.id === 'MYS')!;
    const lines2017 = describePicked(dataset, kl(2017)).lines;
    expect(lines2017[1]).toMatch(/^North Korea's exports: \$4\.89M \(Jan\s?–\s?May 2017\)$/);
    expect(describePicked(dataset, kl(2016)).lines.slice(1, 3)).toEqual([
      "North Korea's exports: $1.8M",
      "North Korea's imports: $2.4M",
    ]);
    expect(describePicked(dataset, kl(2021)).lines).toContain('Trade: no reported figure');
  });
  it('describes a flow with its figure, direction, series, evidence and source', () => {
    const flow = dataset.flows.find((f) => f.id === 'mys-2017jm-exports')!;
    const text = describePicked(dataset, {
      kind: 'flow',
      id: flow.id,
      flow,
      role: 'exports',
      source: [0, 0],
      target: [0, 0],
      width: 2,
      color: [0, 0, 0, 0],
      tilt: 0,
    });
    expect(text.title).toBe('North Korea (DPRK) → Malaysia, 2017');
    // Periods in the same style as dates, from the locale (ICU may space the dash with thin spaces).
    expect(text.lines[0]).toMatch(/^\$4\.89M · North Korea's exports \(Jan\s?–\s?May 2017\)$/);
    expect(text.lines[1]).toBe('reported by Malaysia Department of Statistics');
    expect(text.lines[2]).toMatch(/^Source: Reuters; Investvine/);
    // A part-year figure is never divided by a whole year's total.
    expect(text.lines[3]).toBe(
      "No share of North Korea's trade: the figure covers part of the year, the total the whole year.",
    );
  });
  it('says "no reported figure" for a partner without one, with the reason', () => {
    const indonesia = capitalData(dataset, 2021).find((c) => c.id === 'IDN')!;
    const text = describePicked(dataset, indonesia);
    expect(text.title).toBe('Indonesia');
    expect(text.lines).toContain('Trade: no reported figure');
    expect(text.lines.join(' ')).toMatch(/No figure for Indonesia/);
  });
  it("describes one event's dot: title, date, place, kind, and how many events share the spot", () => {
    const dot = eventData(dataset, 2021).find((m) => m.id === 'ev-2021-diplomats-leave')!;
    const text = describePicked(dataset, dot);
    expect(text.title).toBe(dot.event.title);
    expect(text.lines[0]).toBe('Mar 21, 2021 · Kuala Lumpur');
    expect(text.lines[1]).toBe('Diplomatic · reported');
    // 2021's ring near Kuala Lumpur gathers events of several places (Kuala Lumpur, Putrajaya): named, not "at
    // Kuala Lumpur" (issue 27: "11 events at klia2").
    expect(dot.spotPlaces.length).toBeGreaterThan(1);
    expect(text.lines[2]).toMatch(
      /^\d+ events close together this year \(Kuala Lumpur, .*Putrajaya.*\), each its own dot$/,
    );
    expect(text.lines[2]).toContain(`${dot.atSpot} events`);
  });

  it('says "at" a place only when every event of the ring happened there', () => {
    for (const year of [2016, 2017, 2021])
      for (const dot of eventData(dataset, year).filter((d) => d.atSpot > 1)) {
        const line = describePicked(dataset, dot).lines[2]!;
        if (dot.spotPlaces.length === 1) expect(line, dot.id).toContain(` at ${dot.place} `);
        else expect(line, dot.id).toMatch(/ events close together this year \(.*, each its own dot$/);
      }
  });
});

describe('details panel content', () => {
  it("gives a country's status, figures with alternatives, gaps and events for the year", () => {
    const view = detailsFor(dataset, { kind: 'actor', id: 'MYS' }, 2017)!;
    expect(view.title).toBe('Malaysia');
    const headings = view.sections.map((s) => s.heading);
    expect(headings).toEqual(['Relations in 2017', 'Trade in 2017', 'Events explaining 2017']);
    const relation = view.sections[0]!.items[0]!;
    expect(relation.text).toBe('North Korea (DPRK) – Malaysia: downgraded relations');
    // Whether Malaysia's Pyongyang embassy kept staff in 2017 is not in the sources: said as not known.
    expect(relation.meta).toMatch(/Malaysia's embassy in Pyongyang: not known/);
    expect(relation.meta).toMatch(
      /\. (Trade not suspended|Trade partly suspended|Trade suspended|Trade suspension: not known)\./,
    );
    expect(relation.meta).toMatch(/Reported in the sources below\.$/);
    expect(relation.meta).toMatch(/Visa-free travel: no/);
    const trade = view.sections[1]!.items.map((i) => i.text);
    expect(trade[0]).toMatch(/\$4\.89M · North Korea's exports \(shown on the map\)/);
    expect(trade.some((t) => t.startsWith('No reported figure'))).toBe(true);
  });

  it('lists the other figures for a flow', () => {
    const view = detailsFor(dataset, { kind: 'flow', id: 'chn-2021-kotra-imports' }, 2021)!;
    const others = view.sections.find((s) => s.heading === 'Other figures for this pair and year')!;
    const texts = others.items.map((i) => i.text).join('\n');
    expect(texts).toMatch(/\$318M · Two-way trade/);
    expect(texts).toMatch(/\$58\.1M · North Korea's exports \(shown on the map\)/);
  });

  it('links only http(s) sources', () => {
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,hi')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    const view = detailsFor(dataset, { kind: 'event', id: 'ev-2017-kjn' }, 2017)!;
    const sources = view.sections[0]!.items[0]!.sources;
    expect(sources.find((s) => s.label.startsWith('The Star'))?.url).toBeUndefined();
    expect(sources.find((s) => s.label.startsWith('9DASHLINE'))?.url).toMatch(
      /^https:\/\/www\.9dashline\.com\//,
    );
  });

  it('formats dates to their precision', () => {
    expect(formatDate('2017-02-13', 'day')).toBe('Feb 13, 2017');
    expect(formatDate('2017-06', 'month')).toBe('Jun 2017');
    expect(formatDate('2009', 'year')).toBe('2009');
  });

  it('offers every country, drawn flow, relation and event of the year to the keyboard', () => {
    const groups = selectableItems(dataset, 2016);
    expect(groups.map((g) => g.label)).toEqual([
      'Countries',
      'Trade flows, 2016',
      'Relations, 2016',
      'Events explaining 2016',
    ]);
    for (const group of groups)
      for (const item of group.items) expect(selectionExists(dataset, item.selection)).toBe(true);
    expect(groups[1]!.items.length).toBe(dataset.flows.filter((f) => f.year === 2016 && f.default).length);
  });
});

describe('locale', () => {
  it('formats figures and dates for the locale it is given', () => {
    const de = detailsFor(dataset, { kind: 'flow', id: 'chn-2016-kotra-imports' }, 2016, langFor('de'))!;
    expect(de.sections[0]!.items[0]!.text).toMatch(/3,42\sMrd\.\s\$ · North Korea's imports/);
    const ms = detailsFor(dataset, { kind: 'event', id: 'ev-2017-kjn' }, 2017, langFor('ms'))!;
    expect(ms.subtitle).toMatch(/^13 Feb 2017/);
    const en = detailsFor(dataset, { kind: 'event', id: 'ev-2017-kjn' }, 2017)!;
    expect(en.subtitle).toMatch(/^Feb 13, 2017/);
  });
});

describe("a figure's details", () => {
  it('name its pair and year once, in the title', () => {
    const view = detailsFor(dataset, { kind: 'flow', id: 'mys-2017jm-exports' }, 2017)!;
    expect(view.title).toBe('North Korea (DPRK) → Malaysia, 2017');
    expect(view.subtitle).toBe("North Korea's exports");
    expect(view.sections[0]!.items[0]!.text).toBe("$4.89M · North Korea's exports (shown on the map)");
  });
});

describe('the brief details of a phone', () => {
  it('say what, its status, its figure and one sentence of why, in a few lines', () => {
    const brief = briefOf(detailsFor(dataset, { kind: 'actor', id: 'MYS' }, 2017)!);
    expect(brief).toEqual([
      'North Korea (DPRK) – Malaysia: downgraded relations',
      expect.stringMatching(/^North Korea \(DPRK\) → Malaysia, 2017: \$4\.89M/),
      expect.stringMatching(/^Relations downgraded but not cut: .*\.$/),
    ]);
    // A few lines on a phone: about six of 70 characters (the 2,600-px wall was over 5,000).
    expect(brief.join(' ').length).toBeLessThan(420);
    // The focus country's: its first partners' lines, each with its status.
    const focus = briefOf(detailsFor(dataset, { kind: 'actor', id: 'PRK' }, 2017)!);
    expect(focus[0]).toMatch(/^China: full relations/);
  });
});

describe("the focus country's details", () => {
  it('come as one folded section per partner, named, with its status and drawn figures, then the events', () => {
    const view = detailsFor(dataset, { kind: 'actor', id: 'PRK' }, 2017)!;
    const headings = view.sections.map((s) => s.heading);
    expect(headings.at(-1)).toBe('Events explaining 2017');
    // Every event of the year, as the timeline counts them (it said 18 where the details said 15).
    expect(view.sections.at(-1)!.items).toHaveLength(dataset.events.filter((e) => e.year === 2017).length);
    expect(headings.slice(0, -1)).toEqual(
      dataset.actors
        .filter((a) => a.role === 'partner')
        .map((a) => a.name)
        .filter((n) => headings.includes(n)),
    );
    expect(headings).toEqual(expect.arrayContaining(['China', 'Malaysia', 'Indonesia']));
    expect(view.sections.every((s) => s.collapsed && s.summary)).toBe(true);
    const malaysia = view.sections.find((s) => s.heading === 'Malaysia')!;
    expect(malaysia.summary).toMatch(/^downgraded relations · \$4\.89M North Korea's exports/);
    // A partner without a figure is named by its section, not by a bare "No reported figure (trade)".
    const indonesia = view.sections.find((s) => s.heading === 'Indonesia')!;
    expect(indonesia.summary).toMatch(/no reported figure$/);
    expect(indonesia.items.some((i) => i.text === 'No reported figure (trade)')).toBe(true);
    // Manila's half-year figure is published but not drawn: said so, not "no reported figure".
    expect(view.sections.find((s) => s.heading === 'Philippines')!.summary).toMatch(
      /a figure exists, not drawn$/,
    );
    // Every item of the year's relations, figures and gaps is still there, once.
    const items = view.sections.slice(0, -1).flatMap((s) => s.items);
    const flows2017 = dataset.flows.filter((f) => f.year === 2017).length;
    const gaps2017 = dataset.gaps.filter((g) => g.year === 2017).length;
    const relationItems2017 = dataset.relations
      .filter((r) => r.year === 2017)
      .reduce(
        (n, r) => n + detailsFor(dataset, { kind: 'relation', id: r.id }, 2017)!.sections[0]!.items.length,
        0,
      );
    expect(items.length).toBe(flows2017 + gaps2017 + relationItems2017);
  });
});

describe('words a reader sees', () => {
  it('uses no jargon: no "seed", no bare evidence tags, no "(derived), derived"', () => {
    const texts: string[] = [dataset.method, ...dataset.years.map((y) => y.caption)];
    for (const year of [2016, 2017, 2021]) {
      for (const group of selectableItems(dataset, year)) {
        for (const item of group.items) {
          const view = detailsFor(dataset, item.selection, year)!;
          texts.push(view.title, view.subtitle);
          for (const section of view.sections)
            for (const i of section.items) texts.push(section.heading, i.text, i.meta ?? '', i.note ?? '');
        }
      }
      for (const c of capitalData(dataset, year)) texts.push(...describePicked(dataset, c).lines);
    }
    const all = texts.join('\n');
    expect(all).not.toMatch(/\bseed\b/i);
    expect(all).not.toMatch(/Evidence: (reported|derived|unverified)/);
    expect(all).not.toMatch(/\(derived\), derived/);
    expect(all).not.toMatch(/Trade suspension: (none|partial|full)/);
    expect(all).toMatch(/reported by KOTRA/);
  });
});

describe('dates and periods in one style', () => {
  it('writes periods like dates, from the locale, no more precise than given', async () => {
    const { formatDate, formatPeriod } = await import('../../src/data/format');
    expect(formatDate('2017-05', 'month')).toBe('May 2017');
    expect(formatPeriod({ from: '2017-01', to: '2017-05' })).toMatch(/^Jan\s?–\s?May 2017$/);
    expect(formatPeriod({ from: '2017-01', to: '2018-06' })).toMatch(/^Jan 2017\s?–\s?Jun 2018$/);
    expect(formatPeriod({ from: '2016', to: '2017' })).toBe('2016 – 2017');
    expect(formatPeriod({ from: '2017-01', to: '2017-05' }, 'ms')).toMatch(/^Jan\s?–\s?Mei 2017$/);
    // No ISO periods are left in what a reader sees.
    const texts = [2016, 2017, 2021].flatMap((year) =>
      selectableItems(dataset, year).flatMap((g) =>
        g.items.flatMap((i) =>
          detailsFor(dataset, i.selection, year)!.sections.flatMap((s) =>
            s.items.map((x) => `${x.text} ${x.meta}`),
          ),
        ),
      ),
    );
    expect(texts.join('\n')).not.toMatch(/\d{4}-\d{2} to \d{4}-\d{2}/);
    // Sources' dates too: "(Jul 9, 2018)", not "(2018-07-09)".
    const labels = [2016, 2017, 2021].flatMap((year) =>
      selectableItems(dataset, year).flatMap((g) =>
        g.items.flatMap((i) =>
          detailsFor(dataset, i.selection, year)!.sections.flatMap((s) => s.items.flatMap((x) => x.sources)),
        ),
      ),
    );
    expect(labels.length).toBeGreaterThan(50);
    expect(labels.map((l) => l.label).join('\n')).not.toMatch(/\(\d{4}-\d{2}(-\d{2})?\)/);
    expect(labels.some((l) => /\([A-Z][a-z]{2} \d{1,2}, \d{4}\)$/.test(l.label))).toBe(true);
  });
});

describe('citations', () => {
  it('quotes a headline and leaves a title that only describes the piece unquoted', () => {
    const base = { id: 's', title: 'A headline', publisher: 'Paper', date: '2017-03-04' };
    expect(sourceLabel(base)).toBe('Paper, "A headline" (Mar 4, 2017)');
    expect(sourceLabel({ ...base, title: 'Report on the expulsion', descriptive: true })).toBe(
      'Paper, Report on the expulsion (Mar 4, 2017)',
    );
  });
});

describe('the year in words, for readers who cannot see the map', () => {
  it('names the largest recorded partner with its figure and series, the relations not full, and the events', () => {
    const text = yearSummary(dataset, 2017);
    // The headline first: the relation the story is about (`featured`), said once.
    expect(text).toMatch(
      /^In 2017, North Korea and Malaysia had downgraded relations\. In 2017, North Korea's largest recorded trading partner was China \(\$5\.26B, KOTRA\)\./,
    );
    expect(text).not.toContain('Downgraded relations with Malaysia.');
    expect(text).toMatch(/\d+ events explain the year\.$/);
    expect(yearSummary(dataset, 2021)).toMatch(/^In 2021, North Korea and Malaysia had severed relations\./);
    expect(yearHeadline(dataset, 2016)).toBe('In 2016, North Korea and Malaysia had full relations.');
    // A dataset that names no relation has no headline, and its summary starts with its largest partner.
    const plain = { ...dataset, relations: dataset.relations.map((r) => ({ ...r, featured: undefined })) };
    expect(yearHeadline(plain, 2021)).toBeUndefined();
    expect(yearSummary(plain, 2021)).toContain('Severed relations with Malaysia.');
  });
  it('speaks Malay with lang="ms"', () => {
    expect(yearSummary(dataset, 2021, langFor('ms'))).toMatch(
      /^Pada 2021, North Korea dan Malaysia: hubungan diputuskan\. Pada 2021, rakan dagang/,
    );
  });
});
