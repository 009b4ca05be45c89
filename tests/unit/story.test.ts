import { describe, expect, it } from 'vitest';
import { permalink } from '../../src/data/share';
import { mergeStep, stepFromAttributes, stepIndex, stepState } from '../../src/data/story';
import { activationBand, cameraForView } from '../../src/geo/framing';
import { placeCapitalLabels, roughMeasure } from '../../src/layers/capital-labels';
import { emphasisFor, fade, noEmphasis } from '../../src/layers/emphasis';
import { loadDefaultDataset } from './default-dataset';

const dataset = loadDefaultDataset();
const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("a page's own step, from data-* attributes", () => {
  it('reads year, layers, direction, selection, centre and zoom', () => {
    const { state, problems } = stepFromAttributes(
      attributes({
        'data-year': '2017',
        'data-layers': 'trade labels',
        'data-direction': 'exports',
        'data-select': 'actor:MYS',
        'data-center': '101.7, 3.1',
        'data-zoom': '6',
      }),
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      year: 2017,
      layers: ['trade', 'labels'],
      direction: 'exports',
      select: { kind: 'actor', id: 'MYS' },
      view: { center: [101.7, 3.1], zoom: 6 },
    });
  });

  it('names each value it cannot read, and keeps the rest', () => {
    const { state, problems } = stepFromAttributes(
      attributes({
        'data-year': 'last year',
        'data-layers': 'trade rivers',
        'data-direction': 'north',
        'data-select': 'MYS',
        'data-center': 'Kuala Lumpur',
      }),
    );
    expect(state).toEqual({ layers: ['trade'] });
    expect(problems).toEqual([
      'data-year="last year" is not a year',
      'data-layers: unknown layer rivers',
      'data-direction="north" is not one of both, exports, imports',
      'data-select="MYS" is not "kind:id" (actor, flow, relation or event)',
      'data-center="Kuala Lumpur" is not "longitude,latitude"',
    ]);
  });

  it("lets inline values override the dataset's step, and only those", () => {
    const step = dataset.story.find((s) => s.id === 'step-klia2')!;
    const merged = mergeStep(stepState(step), stepFromAttributes(attributes({ 'data-year': '2016' })).state);
    expect(merged).toMatchObject({
      id: 'step-klia2',
      year: 2016,
      select: { kind: 'event', id: 'ev-2017-kjn' },
    });
    expect(merged.view).toEqual(step.view);
  });

  it("finds a step's place in the story, and -1 for an unknown one", () => {
    expect(stepIndex(dataset, dataset.story[3]!.id)).toBe(3);
    expect(stepIndex(dataset, 'nope')).toBe(-1);
    expect(stepIndex(dataset, undefined)).toBe(-1);
  });
});

describe("a step's camera", () => {
  const capitals = new Map(dataset.actors.map((a) => [a.code, a.capital]));
  it('frames the box around the capitals it names, no closer than zoom 6', () => {
    expect(cameraForView(capitals, { frame: ['PRK', 'MYS'] })).toEqual({
      bounds: [
        [101.69, 3.14],
        [125.75, 39.03],
      ],
      maxZoom: 6,
    });
  });
  it('centres on one capital, or on the centre it gives; nothing known: no move', () => {
    expect(cameraForView(capitals, { frame: ['MYS'] })).toEqual({ center: [101.69, 3.14], zoom: 5 });
    expect(cameraForView(capitals, { center: [129, 41], zoom: 5 })).toEqual({ center: [129, 41], zoom: 5 });
    expect(cameraForView(capitals, { frame: ['XYZ'] })).toBeUndefined();
  });
});

describe('what a step picks out', () => {
  it('keeps an event and its countries, and fades the rest', () => {
    const e = emphasisFor(dataset, { kind: 'event', id: 'ev-2017-kjn' });
    expect(e.event('ev-2017-kjn', ['MYS', 'PRK'])).toBe(true);
    expect(e.event('ev-2017-png', ['MYS', 'PRK'])).toBe(false);
    expect(e.actor('MYS')).toBe(true);
    expect(e.actor('SGP')).toBe(false);
    expect(e.flow('PRK', 'CHN', 'chn-2017-kotra-exports')).toBe(false);
  });
  it("keeps a flow's pair in both directions, and a country's flows, relations and events", () => {
    const flow = emphasisFor(dataset, { kind: 'flow', id: 'chn-2016-kotra-imports' });
    expect(flow.flow('PRK', 'CHN', 'chn-2016-kotra-exports')).toBe(true);
    expect(flow.flow('PRK', 'THA', 'tha-2016-itc-total')).toBe(false);
    const country = emphasisFor(dataset, { kind: 'actor', id: 'THA' });
    expect(country.flow('PRK', 'THA', 'x')).toBe(true);
    expect(country.relation('rel-tha-2017')).toBe(true);
    expect(country.relation('rel-mys-2017')).toBe(false);
    expect(country.actor('PRK')).toBe(true);
  });
  it('keeps every event a step picks with `also`, and names the places that are not a capital', () => {
    const e = emphasisFor(dataset, {
      kind: 'event',
      id: 'ev-2017-sgp-ban',
      also: ['ev-2017-phl-suspend', 'ev-2017-vnm-suspend'],
    });
    for (const [id, country] of [
      ['ev-2017-sgp-ban', 'SGP'],
      ['ev-2017-phl-suspend', 'PHL'],
      ['ev-2017-vnm-suspend', 'VNM'],
    ] as const) {
      expect(e.event(id, [country, 'PRK'])).toBe(true);
      expect(e.actor(country)).toBe(true);
    }
    expect(e.actor('THA')).toBe(false);
    // Singapore, Manila and Hanoi are capitals: their labels name them already.
    expect(e.places).toEqual([]);
    expect(emphasisFor(dataset, { kind: 'event', id: 'ev-2017-kjn' }).places).toEqual(['ev-2017-kjn']);
    expect(emphasisFor(dataset, { kind: 'event', id: 'ev-2016-test-5' }).places).toEqual(['ev-2016-test-5']);
  });
  it("names a picked event's place beside its dot, and a capital's label keeps its place", () => {
    const project = ([lon, lat]: readonly [number, number]) => ({ x: (lon - 95) * 60, y: (25 - lat) * 60 });
    const bounds = { left: 0, top: 0, right: 1400, bottom: 1600 };
    const layers = new Set(['events', 'labels'] as const);
    const args = [dataset, 2017, layers, project, roughMeasure, bounds, []] as const;
    const placements = placeCapitalLabels(...args, ['ev-2017-kjn']);
    const place = placements.get('place:ev-2017-kjn');
    expect(place).toBeTruthy();
    // Clear of Kuala Lumpur's own label, which is placed as without it.
    const kl = placements.get('MYS')!.box;
    expect(
      place!.box.right <= kl.left ||
        place!.box.left >= kl.right ||
        place!.box.bottom <= kl.top ||
        place!.box.top >= kl.bottom,
    ).toBe(true);
    // No events drawn: no dot, no place name.
    expect(
      placeCapitalLabels(
        dataset,
        2017,
        new Set(['labels'] as const),
        project,
        roughMeasure,
        bounds,
        [],
        ['ev-2017-kjn'],
      ).has('place:ev-2017-kjn'),
    ).toBe(false);
  });
  it('changes nothing without a pick, and fades to a fifth of the opacity', () => {
    expect(emphasisFor(dataset, null)).toBe(noEmphasis);
    expect(fade([10, 20, 30, 255], true)).toEqual([10, 20, 30, 255]);
    expect(fade([10, 20, 30, 255], false)).toEqual([10, 20, 30, 56]);
  });
});

describe('a link to a step', () => {
  it('carries the step and the story mode, and drops them when the reader leaves', () => {
    const key = (name: string) => name;
    const base = { year: 2017, layers: null, direction: 'both', center: undefined, zoom: undefined };
    const href = permalink('https://example.org/a', key, { ...base, step: 'step-klia2', mode: 'story' });
    expect(new URL(href).searchParams.get('step')).toBe('step-klia2');
    expect(new URL(href).searchParams.get('mode')).toBe('story');
    const back = new URL(permalink(href, key, { ...base, mode: 'map' }));
    expect(back.searchParams.has('step')).toBe(false);
    expect(back.searchParams.has('mode')).toBe(false);
  });
});

describe('where a scrolled step becomes the active one', () => {
  it('is the middle of the screen, or below a sticky map the upper part of the text that is left', () => {
    expect(activationBand(844, 0)).toBe('-45% 0px -45% 0px');
    // A phone: the map covers 380 px at the top; the band runs from its foot to 55% of the 464 px below.
    expect(activationBand(844, 380)).toBe('-380px 0px -209px 0px');
    // A map that covers nearly all the screen leaves no text to read beside: the middle again.
    expect(activationBand(844, 800)).toBe('-45% 0px -45% 0px');
  });
});
