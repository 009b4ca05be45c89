import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../src/data/format';
import type { Dataset } from '../../src/data/schema';
import { maxDrawnValue } from '../../src/data/selectors';
import { type EdgeMarker, edgeMarkers, layOutEdgeMarkers } from '../../src/geo/edge-markers';
import {
  buildLayers,
  drawnKey,
  LAYER_KINDS,
  type LayerToken,
  layerTokens,
  parseLayerTokens,
  serializeLayerTokens,
  type ViewState,
} from '../../src/layers';
import { capitalData, labelData, labelMarks } from '../../src/layers/capitals';
import { layerPalettes } from '../../src/layers/colors';
import { eventData } from '../../src/layers/events';
import { dashes, nearestCopy } from '../../src/layers/geometry';
import { overlaps, placeLabels } from '../../src/layers/label-placement';
import { dotUnder } from '../../src/layers/picking';
import { embassyData, relationData } from '../../src/layers/relations';
import { legendStops, niceBelow, sqrtWidthScale } from '../../src/layers/scales';
import { arcSegments, tradeArcData, tradeArcLayer } from '../../src/layers/trade-arcs';
import { describePicked } from '../../src/text/describe';
import { en } from '../../src/text/strings';
import { loadDefaultDataset } from './default-dataset';

const dataset: Dataset = loadDefaultDataset();

function state(overrides: Partial<ViewState> = {}): ViewState {
  return {
    year: 2016,
    layers: new Set<LayerToken>(layerTokens),
    direction: 'both',
    palette: layerPalettes.light,
    widthScale: sqrtWidthScale(maxDrawnValue(dataset)),
    transitionMs: 600,
    ...overrides,
  };
}

describe('width scale', () => {
  const scale = sqrtWidthScale(6e9, { maxWidth: 20, minWidth: 1.5 });
  it('is a square-root scale with a floor', () => {
    expect(scale(6e9)).toBeCloseTo(20);
    expect(scale(1.5e9)).toBeCloseTo(10);
    expect(scale(2e6)).toBe(1.5);
    expect(scale(0)).toBe(1.5);
    expect(scale(Number.NaN)).toBe(1.5);
  });
  it('gives round legend values from 6 billion down', () => {
    expect(niceBelow(6.056e9)).toBe(5e9);
    expect(niceBelow(3.4e6)).toBe(2e6);
    const stops = legendStops(scale);
    // $5M would be drawn as thin as $50M: the key ends at "up to $50M" rather than show two alike.
    expect(stops.map((s) => s.value)).toEqual([5e9, 5e8, 5e7]);
    expect(stops.map((s) => s.atMost ?? false)).toEqual([false, false, true]);
    for (let i = 1; i < stops.length; i++) expect(stops[i - 1]!.width - stops[i]!.width).toBeGreaterThan(0.5);
    // The built-in dataset's key: no two swatches alike ($2M and $20M were).
    const builtIn = legendStops(sqrtWidthScale(maxDrawnValue(dataset)));
    for (let i = 1; i < builtIn.length; i++)
      expect(builtIn[i - 1]!.width - builtIn[i]!.width).toBeGreaterThan(0.5);
  });
  it('formats dollars compactly', () => {
    expect(formatUsd(3.422e9)).toBe('$3.42B');
    expect(formatUsd(2.38e6)).toBe('$2.38M');
  });
});

describe('trade arcs', () => {
  it('draws the default figures of the year, directions kept apart', () => {
    const arcs = tradeArcData(dataset, state({ year: 2016 }));
    const ids = arcs.map((a) => a.id).sort();
    expect(ids).toContain('chn-2016-kotra-exports');
    expect(ids).toContain('chn-2016-kotra-imports');
    expect(ids).toContain('tha-2016-itc-total');
    expect(ids).not.toContain('chn-2016-kotra-total');
    const exportsArc = arcs.find((a) => a.id === 'chn-2016-kotra-exports')!;
    const importsArc = arcs.find((a) => a.id === 'chn-2016-kotra-imports')!;
    // Opposite directions: source and target swap, and the same tilt bends them to opposite sides.
    expect(exportsArc.source).toEqual(importsArc.target);
    expect(exportsArc.color).not.toEqual(importsArc.color);
    expect(exportsArc.role).toBe('exports');
    expect(importsArc.role).toBe('imports');
  });

  it('has no arc for a partner without a figure, and never a zero-width one', () => {
    const arcs = tradeArcData(dataset, state({ year: 2021 }));
    expect(arcs.some((a) => a.flow.to === 'IDN' || a.flow.from === 'IDN')).toBe(false);
    expect(arcs.some((a) => a.flow.to === 'MYS' || a.flow.from === 'MYS')).toBe(false);
    for (const arc of arcs) expect(arc.width).toBeGreaterThanOrEqual(1.5);
  });

  it('filters by direction', () => {
    const exportsOnly = tradeArcData(dataset, state({ year: 2016, direction: 'exports' }));
    expect(exportsOnly.length).toBeGreaterThan(0);
    expect(exportsOnly.every((a) => a.flow.from === 'PRK' && a.flow.type === 'directed')).toBe(true);
    const importsOnly = tradeArcData(dataset, state({ year: 2016, direction: 'imports' }));
    expect(importsOnly.every((a) => a.flow.to === 'PRK' && a.flow.type === 'directed')).toBe(true);
  });

  it('locks widths across years: the same value is as wide in 2016 as in 2021', () => {
    const s2016 = state({ year: 2016 });
    const s2021 = state({ year: 2021 });
    expect(s2016.widthScale(1e8)).toBe(s2021.widthScale(1e8));
    const china2021 = tradeArcData(dataset, s2021).find((a) => a.id === 'chn-2021-kotra-imports')!;
    const china2016 = tradeArcData(dataset, s2016).find((a) => a.id === 'chn-2016-kotra-imports')!;
    expect(china2021.width).toBeLessThan(china2016.width);
  });

  it('makes layer props with stable ids, update triggers and transitions', () => {
    const spec = tradeArcLayer(dataset, state());
    expect(spec.type).toBe('arc');
    expect(spec.props.id).toBe('trade-arcs');
    expect(spec.props.pickable).toBe(true);
    expect(spec.props.updateTriggers?.getWidth).toEqual([2016, 'both', maxDrawnValue(dataset)]);
    expect(spec.props.transitions?.getWidth).toEqual({ duration: 600 });
    const still = tradeArcLayer(dataset, state({ transitionMs: 0 }));
    expect(still.props.transitions?.getWidth).toBe(0);
  });
});

describe('capitals and labels', () => {
  it('has a dot for every actor and marks those without a figure', () => {
    const capitals = capitalData(dataset, 2016);
    expect(capitals.map((c) => c.id)).toEqual(dataset.actors.map((a) => a.code));
    expect(capitals.find((c) => c.id === 'IDN')?.hasFigure).toBe(false);
    expect(capitals.find((c) => c.id === 'MYS')?.hasFigure).toBe(true);
    expect(capitals.find((c) => c.id === 'PRK')?.isFocus).toBe(true);
  });
  it("gives the focus country's tooltip none of the partners' notes, and each partner its own", () => {
    for (const year of [2016, 2017, 2021]) {
      const capitals = capitalData(dataset, year);
      const pyongyang = describePicked(dataset, capitals.find((c) => c.id === 'PRK')!);
      expect(pyongyang.lines).toEqual(['Capital: Pyongyang']);
      for (const partner of capitals.filter((c) => !c.isFocus)) {
        const lines = describePicked(dataset, partner).lines.join(' ');
        for (const gap of partner.gaps) expect(gap.between).toContain(partner.id);
        // A published figure that is not drawn speaks for the pair before any gap (Manila 2017, below).
        if (partner.gaps[0] && partner.undrawn.length === 0) expect(lines).toContain(partner.gaps[0].reason);
      }
    }
    const jakarta = describePicked(dataset, capitalData(dataset, 2016).find((c) => c.id === 'IDN')!);
    expect(jakarta.lines.join(' ')).toMatch(/Indonesia/);
  });
  it('says "not drawn", with the figure and why, where a figure was published but is not drawn (Manila 2017)', () => {
    const manila = capitalData(dataset, 2017).find((c) => c.id === 'PHL')!;
    expect(manila.hasFigure).toBe(false);
    expect(manila.undrawn.map((f) => f.id)).toEqual(['phl-2017h1-kotra-total']);
    // A compact mark beside the name; the words are in the key, the tooltip, the details and the table.
    expect(labelData(dataset, state({ year: 2017 })).find((l) => l.id === 'PHL')?.text).toBe('Manila *');
    const tip = describePicked(dataset, manila).lines.join('\n');
    expect(tip).toMatch(/Trade: \$28\.8M \(Jan\s?–\s?Jun 2017\) published, not drawn/);
    expect(tip).toMatch(/not drawn on the map for that reason/);
    expect(tip).not.toContain('no reported figure');
    // Where nothing was published, the label still says so.
    expect(labelData(dataset, state({ year: 2021 })).find((l) => l.id === 'PHL')?.text).toBe('Manila ∅');
    expect(labelMarks(dataset, 2017, new Set(['labels']), en).map((m) => `${m.mark} ${m.label}`)).toEqual([
      '∅ no reported figure',
      '* a figure exists, not drawn',
    ]);
  });
  it('labels a partner without a figure as such, never as zero', () => {
    const labels = labelData(dataset, state({ year: 2021 }));
    expect(labels.find((l) => l.id === 'IDN')?.text).toBe('Jakarta ∅');
    expect(labels.find((l) => l.id === 'CHN')?.text).toBe('Beijing');
    expect(labels.some((l) => /\b0\b/.test(l.text))).toBe(false);
  });
});

describe('label placement', () => {
  const box = (l: number, t: number, r: number, b: number) => ({ left: l, top: t, right: r, bottom: b });
  const bounds = box(0, 0, 400, 300);
  const label = (id: string, x: number, y: number, priority: number) => ({
    id,
    x,
    y,
    width: 80,
    height: 16,
    radius: 5,
    priority,
  });
  it('puts a label right of its dot when there is room, and tries the other sides when not', () => {
    const placed = placeLabels([label('a', 100, 100, 1), label('b', 220, 100, 0)], [], bounds);
    expect(placed.get('a')).toMatchObject({ anchor: 'start', baseline: 'center' });
    expect(placed.get('b')).toMatchObject({ anchor: 'start', baseline: 'center' });
    const crowded = placeLabels([label('a', 100, 100, 1), label('b', 150, 100, 0)], [], bounds);
    // a's label runs over b's dot, so a (placed first) goes elsewhere; the boxes never overlap.
    const boxes = [...crowded.values()].filter((p) => p !== null).map((p) => p!.box);
    expect(boxes.length).toBe(2);
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
  });
  it('keeps labels inside the map and out of the obstacles, and leaves out one that fits nowhere', () => {
    const edge = placeLabels([label('e', 390, 100, 0)], [], bounds);
    expect(edge.get('e')).toMatchObject({ anchor: 'end' });
    const walled = placeLabels([label('w', 200, 150, 0)], [box(0, 0, 400, 300)], bounds);
    expect(walled.get('w')).toBeNull();
  });
  it('places the important ones first', () => {
    // Two dots at one spot: only one label fits to the right; the focus country gets it.
    const placed = placeLabels([label('partner', 100, 100, 0), label('focus', 100, 100, 100)], [], bounds);
    expect(placed.get('focus')).toMatchObject({ anchor: 'start', baseline: 'center' });
    expect(placed.get('partner')).not.toMatchObject({ anchor: 'start', baseline: 'center' });
  });
  it('never leaves out the label to keep: it goes over a marker that yields, else over the fewest obstacles', () => {
    const walls = [box(0, 0, 400, 140), box(0, 160, 400, 300), box(0, 140, 190, 160)];
    const marker = { ...box(206, 140, 260, 160), yields: true };
    const kept = { ...label('focus', 200, 150, 100), keep: true };
    // A partner's label in the same spot is left out; the focus country's is not.
    expect(placeLabels([label('p', 200, 150, 0)], [...walls, marker], bounds).get('p')).toBeNull();
    expect(placeLabels([kept], [...walls, marker], bounds).get('focus')).toMatchObject({ anchor: 'start' });
    expect(placeLabels([kept], [box(0, 0, 400, 300)], bounds).get('focus')).not.toBeNull();
  });
});

describe('edge markers', () => {
  const view = { left: 0, top: 0, right: 400, bottom: 300 };
  it('marks an actor out of view where the line from the focus leaves the view, with an arrow', () => {
    const [us] = edgeMarkers(view, { x: 300, y: 50 }, [
      { code: 'USA', name: 'United States', x: 1200, y: 50 },
      { code: 'CHN', name: 'China', x: 200, y: 60 },
    ]);
    expect(us).toMatchObject({ code: 'USA', side: 'right', x: 400, y: 50, arrow: '→' });
    const [south] = edgeMarkers(view, { x: 200, y: 100 }, [{ code: 'IDN', name: 'Indonesia', x: 0, y: 900 }]);
    expect(south).toMatchObject({ side: 'bottom', y: 300 });
    expect(south!.arrow).toBe('↓');
  });
  it('marks nothing when every actor is in view', () => {
    expect(edgeMarkers(view, { x: 10, y: 10 }, [{ code: 'A', name: 'A', x: 20, y: 20 }])).toEqual([]);
  });

  // Every character 7 px wide and a button 24 px high, as a chip of 12-px text is.
  const size = (text: string) => ({ width: text.length * 7 + 12, height: 24 });
  const at = (code: string, x: number, y: number, side: EdgeMarker['side'], arrow = '↓'): EdgeMarker => ({
    code,
    name: code,
    x,
    y,
    side,
    arrow,
  });
  const apart = (placed: ReturnType<typeof layOutEdgeMarkers>) =>
    placed.every((a, i) =>
      placed.every(
        (b, j) =>
          i === j ||
          a.left + a.width <= b.left ||
          b.left + b.width <= a.left ||
          a.top + a.height <= b.top ||
          b.top + b.height <= a.top,
      ),
    );
  it('merges markers on one edge that would touch into one, naming them in order along the edge', () => {
    const placed = layOutEdgeMarkers(
      [
        at('Vietnam', 150, 300, 'bottom'),
        at('Philippines', 230, 300, 'bottom'),
        at('Singapore', 180, 300, 'bottom'),
      ],
      view,
      size,
    );
    expect(placed.map((m) => m.text)).toEqual(['Vietnam, Singapore, Philippines ↓']);
    expect(placed[0]!.codes).toEqual(['Vietnam', 'Singapore', 'Philippines']);
    // Far apart, each keeps its own marker.
    const spread = layOutEdgeMarkers([at('A', 40, 300, 'bottom'), at('B', 360, 300, 'bottom')], view, size);
    expect(spread.map((m) => m.text)).toEqual(['A ↓', 'B ↓']);
    expect(apart(spread)).toBe(true);
  });
  it('keeps markers apart at a corner, and a long group to the view by counting the rest', () => {
    const corner = layOutEdgeMarkers(
      [
        at('Right', 400, 290, 'right', '→'),
        at('Bottom', 390, 300, 'bottom'),
        at('Left', 0, 150, 'left', '←'),
      ],
      view,
      size,
    );
    expect(apart(corner)).toBe(true);
    expect(corner.map((m) => m.text)).toContain('← Left');
    const names = ['Vietnam', 'Singapore', 'Philippines', 'Thailand', 'Indonesia', 'Malaysia', 'Cambodia'];
    const crowd = layOutEdgeMarkers(
      names.map((n, i) => at(n, 180 + i * 5, 300, 'bottom')),
      view,
      size,
    );
    expect(crowd).toHaveLength(1);
    expect(crowd[0]!.text).toMatch(/^Vietnam, .* \+\d ↓$/);
    expect(crowd[0]!.width).toBeLessThanOrEqual(400);
    expect(crowd[0]!.codes).toHaveLength(7);
  });
  it('slides a marker along its edge off what it must avoid (the focus capital and its name)', () => {
    const focusName = { left: 160, top: 250, right: 260, bottom: 300 };
    const [moved] = layOutEdgeMarkers([at('X', 200, 300, 'bottom')], view, size, [focusName]);
    const clear = moved!.left >= focusName.right || moved!.left + moved!.width <= focusName.left;
    expect(clear).toBe(true);
    expect(moved!.top + moved!.height).toBeLessThanOrEqual(300);
  });
});

describe('relations and events', () => {
  it("styles Malaysia's relation differently each year", () => {
    const statuses = [2016, 2017, 2021].map((year) => {
      const pieces = relationData(dataset, state({ year })).filter((d) => d.relation.between[1] === 'MYS');
      return { status: pieces[0]!.status, pieces: pieces.length };
    });
    expect(statuses.map((s) => s.status)).toEqual(['full', 'downgraded', 'severed']);
    expect(new Set(statuses.map((s) => s.pieces)).size).toBe(3);
  });
  it('takes the short way across the Pacific to Washington', () => {
    expect(nearestCopy([125.75, 39], [-77, 38.9])).toEqual([283, 38.9]);
    expect(nearestCopy([100, 0], [110, 0])).toEqual([110, 0]);
    const along = dashes([0, 0], [9, 0], 2, 0.5).map((d) =>
      d.map(([lon, lat]) => [Math.round(lon * 1e9) / 1e9, Math.round(lat * 1e9) / 1e9]),
    );
    // Two dashes and one gap: the line starts and ends with a dash.
    expect(along).toEqual([
      [
        [0, 0],
        [3, 0],
      ],
      [
        [6, 0],
        [9, 0],
      ],
    ]);
    // A severed relation's dotted line reaches both capitals (it stopped a gap short of Kuala Lumpur).
    const dotted = dashes([125.75, 39.03], [101.69, 3.14], 36, 0.2);
    expect(dotted[0]![0]).toEqual([125.75, 39.03]);
    expect(dotted.at(-1)![1][0]).toBeCloseTo(101.69, 9);
    expect(dotted.at(-1)![1][1]).toBeCloseTo(3.14, 9);
    // Spaced in Mercator: the midpoint between 0° and 60° N lies north of 30° N, on the straight screen line.
    const [midpoint] = dashes([0, 0], [0, 60], 2, 1)[1]!;
    expect(midpoint[1]).toBeGreaterThan(35);
    expect(midpoint[1]).toBeLessThan(40);
  });
  it('marks resident embassies beside their host capital, and none when unknown', () => {
    const embassies = (year: number) =>
      embassyData(dataset, state({ year })).filter((d) => d.relation.between[1] === 'MYS');
    expect(
      embassies(2016)
        .map((d) => d.owner)
        .sort(),
    ).toEqual(['MYS', 'PRK']);
    // 2017: only North Korea's embassy in Kuala Lumpur stayed.
    const y2017 = embassies(2017);
    expect(y2017.map((d) => d.owner)).toEqual(['PRK']);
    expect(y2017[0]!.host).toBe('MYS');
    expect(Math.hypot(y2017[0]!.position[0] - 101.69, y2017[0]!.position[1] - 3.14)).toBeLessThan(4);
    expect(embassies(2021)).toEqual([]);
    // Thailand 2021: North Korea's ambassador in Bangkok met the Thai foreign ministry in February, so its embassy
    // has a dot; Thailand keeps none in Pyongyang.
    expect(
      embassyData(dataset, state({ year: 2021 }))
        .filter((d) => d.relation.between[1] === 'THA')
        .map((d) => d.owner),
    ).toEqual(['PRK']);
    // Indonesia 2021: its Pyongyang embassy kept but vacated for the lockdown, so no dot for a resident embassy.
    expect(
      embassyData(dataset, state({ year: 2021 })).filter(
        (d) => d.relation.between[1] === 'IDN' && d.owner === 'IDN',
      ),
    ).toEqual([]);
  });

  it('gives every event with a place its own dot, and none to an event without one', () => {
    for (const year of [2016, 2017, 2021]) {
      const dots = eventData(dataset, year);
      const placed = dataset.events.filter((e) => e.year === year && e.place?.lon !== undefined);
      expect(dots.map((d) => d.id).sort()).toEqual(placed.map((e) => e.id).sort());
      expect(dots.every((d) => d.event.year === year)).toBe(true);
    }
    expect(eventData(dataset, 2016).some((d) => d.id === 'ev-2016-res-2270')).toBe(false);
  });

  it('sets events that share a spot apart on screen, so each can be picked (Punggye-ri, Kuala Lumpur, Pyongyang)', () => {
    for (const year of [2016, 2017, 2021]) {
      const dots = eventData(dataset, year);
      for (const a of dots)
        for (const b of dots) {
          if (a === b) continue;
          const sameSpot =
            Math.abs(a.position[0] - b.position[0]) < 0.5 && Math.abs(a.position[1] - b.position[1]) < 0.5;
          if (!sameSpot) continue;
          // Their centres on screen at any zoom differ by the offsets plus the (tiny) distance between places.
          const gap = Math.hypot(a.offset[0] - b.offset[0], a.offset[1] - b.offset[1]);
          expect(gap, `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * a.radius + 2);
        }
    }
    const tests2016 = eventData(dataset, 2016).filter((d) => d.place.startsWith('Punggye-ri'));
    expect(tests2016.map((d) => d.id)).toEqual(['ev-2016-test-4', 'ev-2016-test-5']);
    expect(tests2016[0]!.offset).not.toEqual(tests2016[1]!.offset);
  });

  it("keeps an event's dot clear of the capital's dot drawn over it", () => {
    const pyongyang = eventData(dataset, 2021).filter((d) => d.place === 'Pyongyang');
    expect(pyongyang.length).toBeGreaterThan(0);
    for (const d of pyongyang) expect(Math.hypot(...d.offset)).toBeGreaterThanOrEqual(7 + d.radius + 2);
    const beijing = eventData(dataset, 2017).filter((d) => d.place === 'Beijing');
    expect(beijing.every((d) => d.category === 'economic')).toBe(true);
  });
});

describe('layer tokens', () => {
  it('parses absent as all, empty as none, and reports unknown tokens', () => {
    expect([...parseLayerTokens(null).layers]).toEqual([...layerTokens]);
    expect(parseLayerTokens('').layers.size).toBe(0);
    const parsed = parseLayerTokens('trade  bogus labels');
    expect([...parsed.layers]).toEqual(['trade', 'labels']);
    expect(parsed.unknown).toEqual(['bogus']);
    expect(serializeLayerTokens(new Set(['labels', 'trade']))).toBe('trade labels');
  });
  it('builds only the layers that are on; capitals always show', () => {
    const ids = (layers: LayerToken[]) =>
      buildLayers(dataset, state({ layers: new Set(layers) })).map((s) => s.props.id);
    expect(ids([])).toEqual(['capitals']);
    expect(ids(['trade'])).toEqual(['trade-arcs', 'capitals']);
    expect(ids([...layerTokens])).toEqual([
      'relations',
      'embassies',
      'trade-arcs',
      'events',
      'capitals',
      'capital-labels',
    ]);
  });
});

describe('layer kinds', () => {
  it('draws every kind with one of three primitives, so a new kind needs no change to deck.gl or the SVG', () => {
    const all = buildLayers(dataset, state({ layers: new Set(layerTokens) }));
    expect(new Set(all.map((s) => s.type))).toEqual(new Set(['arc', 'scatter', 'text']));
    // Each kind's layers, in the registry's order: the draw order.
    const byKind = LAYER_KINDS.flatMap((kind) => kind.specs(dataset, state()).map((s) => s.props.id));
    expect(all.map((s) => s.props.id)).toEqual(byKind);
  });

  it("lists the key's entries by the kinds' rank, only for kinds shown and what they draw this year", () => {
    const palette = layerPalettes.light;
    const key = (layers: LayerToken[], year = 2017) =>
      drawnKey(dataset, year, new Set(layers), 'both', palette, en).map((k) => k.label);
    const all = key([...layerTokens]);
    // Trade first, then relations, then events, whatever the draw order.
    expect(all.indexOf(en.role.exports)).toBeLessThan(all.indexOf(en.statusNames.full));
    expect(all.indexOf(en.statusNames.full)).toBeLessThan(
      all.findIndex((l) => Object.values(en.categoryNames).includes(l)),
    );
    expect(key(['relations'])).not.toContain(en.role.exports);
    expect(key([])).toEqual([]);
  });
});

describe('arc segments', () => {
  it("keeps the story's arcs smooth and thins the vertices of thousands", () => {
    expect(arcSegments(40)).toBe(50);
    expect(arcSegments(100)).toBe(50);
    expect(arcSegments(1000)).toBeLessThan(20);
    expect(arcSegments(10_000)).toBe(8);
    expect(arcSegments(100_000)).toBe(8);
  });
  it('uses them on the trade arcs layer', () => {
    const spec = buildLayers(dataset, state()).find((l) => l.props.id === 'trade-arcs')!;
    expect((spec.props as { numSegments?: number }).numSegments).toBe(50);
  });
});

describe('the dot under the pointer', () => {
  // A flat projection: a degree is ten pixels.
  const project = (lon: number, lat: number) => [lon * 10, -lat * 10] as const;
  const specs = buildLayers(dataset, state({ year: 2017 }));
  const tradeOnly = buildLayers(
    dataset,
    state({ year: 2017, layers: new Set(['trade', 'labels'] as const) }),
  );
  const at = ([lon, lat]: readonly [number, number]) => project(lon, lat);
  it('is the dot whose drawn disc the pointer is on, to its rim, whatever lies under it', () => {
    const [x, y] = at([116.4, 39.91]);
    // Only the arcs under Beijing's dot: the dot.
    const picked = dotUnder(tradeOnly, project, x + 6, y);
    expect(picked?.kind).toBe('actor');
    expect(picked && 'id' in picked ? picked.id : '').toBe('CHN');
    expect(dotUnder(tradeOnly, project, x + 9, y)).toBeNull();
  });
  it("is an event's dot where it sits on its ring, not its place", () => {
    const kjn = eventData(dataset, 2017).find((e) => e.id === 'ev-2017-kjn')!;
    const [x, y] = at(kjn.position);
    expect(dotUnder(specs, project, x + kjn.offset[0], y + kjn.offset[1])?.kind).toBe('event');
  });
});
