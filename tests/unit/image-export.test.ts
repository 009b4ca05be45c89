import { describe, expect, it } from 'vitest';
import { basemapThemes } from '../../src/basemap/style';
import { layerPalettes } from '../../src/layers/colors';
import { widthScaleFor } from '../../src/layers/scales';
import { layerTokens } from '../../src/layers/types';
import { imageDecorations, uncoveredPart } from '../../src/picture/image-export';
import { bindStrings, en } from '../../src/text/strings';
import { loadDefaultDataset } from './default-dataset';

const dataset = loadDefaultDataset();
const decorations = (year: number, direction: 'both' | 'exports' | 'imports' = 'both') =>
  imageDecorations(
    {
      dataset,
      year,
      layers: new Set(layerTokens),
      direction,
      palette: layerPalettes.light,
      strings: bindStrings(en, dataset),
      locale: 'en',
      widthScale: widthScaleFor(dataset, year, 'locked'),
    },
    basemapThemes.light,
  );

describe('an exported image stands alone', () => {
  it("is titled as a sentence: the dataset's title, then the year's map and its label", () => {
    const d = decorations(2017);
    const label = dataset.years.find((y) => y.year === 2017)!.label;
    expect(d.title).toBe(`${dataset.title}: the map in 2017 (${label})`);
  });

  it('keys every mark it shows: the labels’ ∅ and the countries’ shading', () => {
    const d = decorations(2021);
    expect(d.marks).toContainEqual({ mark: '∅', label: 'no reported figure' });
    expect(d.areas).toEqual([
      { color: basemapThemes.light.focus, label: 'North Korea (DPRK), shaded' },
      { color: basemapThemes.light.partner, label: 'Other countries in the data' },
    ]);
  });

  it('keys only what is drawn that year', () => {
    const labels = decorations(2016).keys.map((k) => k.label);
    // 2016: nobody had downgraded or severed relations yet, and the United States had none.
    expect(labels).toContain('No relations');
    expect(labels).not.toContain('Downgraded');
    expect(labels).not.toContain('Severed');
    // The story's relation first, drawn thick, named with its status.
    const keys2021 = decorations(2021).keys;
    expect(keys2021.find((k) => k.heavy)).toMatchObject({ label: "Severed: Malaysia, the story's subject" });
    expect(keys2021.filter((k) => k.heavy)).toHaveLength(1);
    // One trade direction: the others are not in the key.
    const exportsOnly = decorations(2016, 'exports').keys.map((k) => k.label);
    expect(exportsOnly).toContain("North Korea's exports");
    expect(exportsOnly).not.toContain('Two-way trade');
    expect(exportsOnly).not.toContain("North Korea's imports");
  });

  it('carries the arc widths with their values, and the sources of what is drawn', () => {
    const d = decorations(2017);
    expect(d.widths.length).toBeGreaterThanOrEqual(2);
    expect(d.widths[0]!.label).toMatch(/^\$\d/);
    expect(d.widths.at(-1)!.label).toMatch(/^up to \$/);
    for (let i = 1; i < d.widths.length; i++)
      expect(d.widths[i - 1]!.width).toBeGreaterThan(d.widths[i]!.width);
    expect(d.sources).toMatch(/^Sources: .*KOTRA/);
    expect(d.attribution).toContain(dataset.title);
  });
});

describe('the part of the map the image keeps', () => {
  const box = (left: number, top: number, width: number, height: number) => ({
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
  });
  it('leaves out a side panel, or a panel along the bottom', () => {
    expect(uncoveredPart(box(0, 0, 1280, 800), box(10, 10, 300, 700))).toEqual({
      x: 310,
      y: 0,
      width: 970,
      height: 800,
    });
    expect(uncoveredPart(box(100, 50, 390, 600), box(110, 350, 370, 280))).toEqual({
      x: 0,
      y: 0,
      width: 390,
      height: 300,
    });
  });
  it('keeps the whole map without a panel, or when what is left would be too small', () => {
    expect(uncoveredPart(box(0, 0, 800, 500), undefined)).toBeUndefined();
    expect(uncoveredPart(box(0, 0, 400, 300), box(0, 0, 380, 290))).toBeUndefined();
  });
});
