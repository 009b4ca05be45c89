import { describe, expect, it } from 'vitest';
import { compareFlows, compareRelations, compareYears, parseCompare } from '../../src/data/compare';
import type { Dataset } from '../../src/data/schema';
import { maxDrawnValue } from '../../src/data/selectors';
import { localize } from '../../src/data/translations';
import {
  buildLayers,
  type ChangeDatum,
  type LabelDatum,
  type LayerToken,
  type ViewState,
} from '../../src/layers';
import { layerPalettes } from '../../src/layers/colors';
import { sqrtWidthScale } from '../../src/layers/scales';
import { changeLabel, changeSentence, relationChangeSentence } from '../../src/text/compare';
import { langFor } from '../../src/text/strings';
import { loadDefaultDataset } from './default-dataset';

const dataset = loadDefaultDataset();
const malay = langFor('ms', dataset);

function changeOf(yearA: number, yearB: number, key: string) {
  const change = compareFlows(dataset, yearA, yearB).find((c) => c.key === key);
  if (!change) throw new Error(`no change for ${key}`);
  return change;
}

describe('comparing two years', () => {
  it('sets two figures of one series over the same months against each other', () => {
    const exports = changeOf(2016, 2021, 'directed:PRK>CHN');
    expect(exports.kind).toBe('compared');
    if (exports.kind !== 'compared') return;
    expect(exports.changeUsd).toBe(58_110_000 - 2_634_000_000);
    expect(exports.ratio).toBeCloseTo(58_110_000 / 2_634_000_000 - 1, 6);
    expect(changeLabel(exports, [2016, 2021])).toBe('−98%');
    expect(changeSentence(dataset, exports, [2016, 2021])).toBe(
      'North Korea (DPRK) → China: down 98% from 2016 to 2021 ($2.58B less), KOTRA figures',
    );
    expect(changeSentence(localize(dataset, 'ms'), exports, [2016, 2021], malay)).toMatch(
      /^Korea Utara .*→ China: turun 98% dari 2016 ke 2021 \(.+ kurang\), angka KOTRA$/,
    );
    const imports = changeOf(2016, 2017, 'directed:CHN>PRK');
    expect(changeLabel(imports, [2016, 2017])).toBe('+5%');
  });

  it('never gives a percentage across series or months, and says why', () => {
    const thailand = changeOf(2016, 2017, 'total:PRK~THA');
    expect(thailand.kind).toBe('not-compared');
    if (thailand.kind !== 'not-compared') return;
    expect(thailand.reasons).toEqual(['series']);
    const sentence = changeSentence(dataset, thailand, [2016, 2017]);
    expect(sentence).toContain(
      'not compared: counted by different bodies (2016: ITC Trade Map; 2017: Thai Commerce',
    );
    expect(sentence).not.toMatch(/%/);
    expect(changeLabel(thailand, [2016, 2017])).toBe('not compared');

    // Malaysia 2017 is January to May of another body's figures: both reasons.
    const malaysia = changeOf(2016, 2017, 'directed:PRK>MYS');
    expect(malaysia.kind === 'not-compared' && malaysia.reasons).toEqual(['series', 'coverage']);
    const words = changeSentence(dataset, malaysia, [2016, 2017]);
    expect(words).toContain('over different months (2016: the whole year; 2017: Jan');
    expect(words).not.toMatch(/%/);
  });

  it('says which year has no drawn figure instead of counting it as zero', () => {
    const imports = changeOf(2016, 2017, 'directed:MYS>PRK');
    expect(imports.kind).toBe('only-a');
    expect(changeLabel(imports, [2016, 2017])).toBe('2016 only');
    expect(changeSentence(dataset, imports, [2016, 2017])).toBe(
      'Malaysia → North Korea (DPRK): figure for 2016 only: no reported figure for 2017',
    );
    const vietnam = changeOf(2016, 2021, 'total:PRK~VNM');
    expect(vietnam.kind).toBe('only-b');
    expect(changeLabel(vietnam, [2016, 2021], malay)).toBe('2021 sahaja');
  });

  it('lists every drawn figure of either year once', () => {
    const changes = compareFlows(dataset, 2016, 2017);
    const drawn = dataset.flows.filter((f) => f.default && (f.year === 2016 || f.year === 2017));
    const listed = changes.flatMap((c) =>
      c.kind === 'only-a' ? [c.a] : c.kind === 'only-b' ? [c.b] : [c.a, c.b],
    );
    expect(listed.map((f) => f.id).sort()).toEqual(drawn.map((f) => f.id).sort());
    expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);
  });

  it("gives each partner's diplomatic status in both years", () => {
    const changes = compareRelations(dataset, 2016, 2021);
    const malaysia = changes.find((c) => c.partner === 'MYS');
    expect(malaysia?.kind).toBe('changed');
    expect(relationChangeSentence(dataset, malaysia!, [2016, 2021])).toBe(
      'Malaysia: Full relations → Severed',
    );
    expect(changes.find((c) => c.partner === 'CHN')?.kind).toBe('same');
  });

  it('takes two of the dataset years, in any order, and refuses others by name', () => {
    expect(compareYears(dataset, undefined)).toEqual({ years: [2016, 2021] });
    expect(compareYears(dataset, parseCompare('2021 2016'))).toEqual({ years: [2016, 2021] });
    expect(compareYears(dataset, parseCompare('2016,2017'))).toEqual({ years: [2016, 2017] });
    expect(compareYears(dataset, parseCompare(['2016', 2017]))).toEqual({ years: [2016, 2017] });
    expect(compareYears(dataset, parseCompare('2016 2019'))).toEqual({ refused: 'unknown', unknown: [2019] });
    expect(compareYears(dataset, parseCompare('2016'))).toEqual({ refused: 'count', unknown: [] });
    expect(compareYears(dataset, parseCompare('2016 2016'))).toEqual({ refused: 'count', unknown: [] });
    expect(compareYears(dataset, parseCompare('2016 soon'))).toMatchObject({ refused: 'unknown' });
  });

  it('compares a figure that was zero by its amount', () => {
    const base = dataset.flows.find((f) => f.id === 'chn-2016-exports') ?? dataset.flows[0]!;
    const zero: Dataset = {
      ...dataset,
      flows: [
        { ...base, id: 'z-a', year: 2016, valueUsd: 0, default: true },
        { ...base, id: 'z-b', year: 2017, valueUsd: 1_200_000, default: true },
      ],
    };
    const [change] = compareFlows(zero, 2016, 2017);
    expect(change?.kind === 'compared' && change.ratio).toBeUndefined();
    expect(changeLabel(change!, [2016, 2017])).toBe('+$1.2M');
  });
});

describe('the change drawn on a map', () => {
  const palette = layerPalettes.light;
  const widthScale = sqrtWidthScale(maxDrawnValue(dataset));
  const years = [2016, 2017] as const;
  const compared: ViewState = {
    year: 2017,
    layers: new Set<LayerToken>(['trade', 'labels']),
    direction: 'both',
    palette,
    widthScale,
    transitionMs: 0,
    compare: { years, label: (c) => changeLabel(c, years) },
  };
  const specs = buildLayers(dataset, compared);
  const arcs = specs.find((s) => s.props.id === 'change-arcs')!.props.data as ChangeDatum[];
  const labels = specs.find((s) => s.props.id === 'change-labels')!.props.data as LabelDatum[];
  const arc = (key: string) => arcs.find((a) => a.id === key)!;

  it("takes the place of the year's trade arcs, one arc per pair and direction of either year", () => {
    expect(specs.map((s) => s.props.id)).not.toContain('trade-arcs');
    expect(arcs.map((a) => a.id).sort()).toEqual(
      compareFlows(dataset, 2016, 2017)
        .map((c) => c.key)
        .sort(),
    );
    expect(buildLayers(dataset, { ...compared, compare: undefined }).map((s) => s.props.id)).not.toContain(
      'change-arcs',
    );
  });

  it('is as thick as the change and coloured by its way; neutral where no change can be told', () => {
    const exports = arc('directed:PRK>CHN');
    const change = changeOf(2016, 2017, 'directed:PRK>CHN');
    if (change.kind !== 'compared') throw new Error('compared');
    expect(exports.color).toEqual(palette.change.down);
    expect(exports.width).toBeCloseTo(widthScale(Math.abs(change.changeUsd)), 6);
    expect(arc('directed:CHN>PRK').color).toEqual(palette.change.up);
    expect(arc('total:PRK~THA').color).toEqual(palette.change.notCompared);
    const label = (key: string) => labels.find((l) => l.id === `change:${key}`)!.text;
    expect(label('directed:PRK>CHN')).toBe('−37%');
    expect(label('total:PRK~THA')).toBe('not compared');
    // The two directions between Pyongyang and Beijing bow apart, so their labels do too.
    const [a, b] = ['directed:PRK>CHN', 'directed:CHN>PRK'].map(
      (key) => labels.find((l) => l.id === `change:${key}`)!.position,
    );
    expect(Math.hypot(a![0] - b![0], a![1] - b![1])).toBeGreaterThan(1);
  });

  it("follows the direction chosen, as the year's arcs do", () => {
    const onlyExports = buildLayers(dataset, { ...compared, direction: 'exports' });
    const data = onlyExports.find((s) => s.props.id === 'change-arcs')!.props.data as ChangeDatum[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((d) => d.change.role === 'exports')).toBe(true);
  });
});
