import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { buildStoryBasemap } from '../../scripts/build-basemap';
import { crossesAntimeridian, unwrapRing } from '../../src/basemap/antimeridian';
import { landInView } from '../../src/basemap/land-in-view';
import {
  basemapThemes,
  bordersFromTopology,
  buildBasemapStyle,
  countriesFromTopology,
  isCountriesTopology,
} from '../../src/basemap/style';
import { projector } from '../../src/geo/mercator';
import { loadDefaultDataset } from './default-dataset';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const storyText = readFileSync('geo/countries-story.json', 'utf8');
const topology = JSON.parse(storyText);
const fine = read('geo/countries-50m.json');
const coarse = read('geo/countries-110m.json');

describe('antimeridian repair', () => {
  it('makes a ring that jumps from +180 to -180 continuous', () => {
    const ring = [
      [179, -16],
      [180, -16.5],
      [-180, -16.5],
      [-179.5, -17],
      [179, -16],
    ];
    expect(crossesAntimeridian(ring)).toBe(true);
    const fixed = unwrapRing(ring);
    expect(crossesAntimeridian(fixed)).toBe(false);
    expect(fixed[2]).toEqual([180, -16.5]);
    expect(fixed[3]).toEqual([180.5, -17]);
  });

  it('leaves an ordinary ring alone', () => {
    const ring = [
      [100, 1],
      [101, 1],
      [101, 2],
      [100, 1],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('basemap style from Natural Earth TopoJSON', () => {
  it('recognises the world-atlas topology', () => {
    expect(isCountriesTopology(topology)).toBe(true);
    expect(isCountriesTopology({ type: 'FeatureCollection' })).toBe(false);
  });

  it('marks focus and partner countries, leaves out Antarctica and has no antimeridian seams', () => {
    const countries = countriesFromTopology(topology, { partnerIds: ['458', '764', '156'], focusId: '408' });
    const byId = new Map(countries.features.map((f) => [f.id, f]));
    expect(byId.get('408')?.properties.role).toBe('focus');
    expect(byId.get('458')?.properties.role).toBe('partner');
    expect(byId.get('392')?.properties.role).toBe('other');
    expect(byId.has('010')).toBe(false);
    for (const f of countries.features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const rings of polygons) for (const ring of rings) expect(crossesAntimeridian(ring)).toBe(false);
    }
  });

  it('draws land borders only, so no line runs along the antimeridian', () => {
    const borders = bordersFromTopology(topology);
    expect(borders.coordinates.length).toBeGreaterThan(100);
    for (const line of borders.coordinates) expect(crossesAntimeridian(line)).toBe(false);
  });

  it('is a complete style that needs nothing from the network', () => {
    const style = buildBasemapStyle(topology, {
      colors: basemapThemes.light,
      partnerIds: ['458'],
      focusId: '408',
    });
    expect(style.version).toBe(8);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
    expect(style.layers.map((l) => l.type)).toEqual(['background', 'fill', 'line']);
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });
});

describe('the mixed-detail basemap', () => {
  /** How many points a country's outline has in a topology. */
  const points = (t: Parameters<typeof countriesFromTopology>[0], id: string) => {
    const f = feature(t, t.objects.countries).features.find((x) => x.id === id);
    return JSON.stringify(f?.geometry ?? null).split('],[').length;
  };

  it('is what scripts/build-basemap.ts makes from the two world-atlas files', () => {
    expect(`${JSON.stringify(buildStoryBasemap(fine, coarse))}\n`).toBe(storyText);
  });

  it('draws the story region at 1:50m and the rest of the world at 1:110m', () => {
    // Malaysia, Indonesia, Singapore (absent from 1:110m) and China: detailed. Brazil and France: simplified.
    for (const id of ['458', '360', '702', '156'])
      expect(points(topology, id)).toBeGreaterThan(points(coarse, id));
    for (const id of ['458', '360']) expect(points(topology, id)).toBeGreaterThan(points(fine, id) * 0.9);
    for (const id of ['076', '250']) expect(points(topology, id)).toBe(points(coarse, id));
    const ids = (t: typeof fine) =>
      new Set(
        t.objects.countries.geometries.map((g: { id?: string }) => g.id).filter((id: string) => id !== '010'),
      );
    expect(ids(topology)).toEqual(ids(fine));
  });

  it('keeps the borders between detailed and simplified countries', () => {
    const frontier =
      bordersFromTopology(topology).coordinates.length -
      bordersFromTopology({
        ...topology,
        objects: { countries: topology.objects.countries },
      }).coordinates.length;
    expect(frontier).toBeGreaterThan(10);
  });

  it('fits the first-view budget: at most 120 KB gzip, less than half of 1:50m everywhere', () => {
    const size = gzipSync(storyText, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(120 * 1024);
    expect(size).toBeLessThan(gzipSync(readFileSync('geo/countries-50m.json'), { level: 9 }).length / 2);
  });
});

describe('whose land is in view', () => {
  const dataset = loadDefaultDataset();
  const size = { width: 980, height: 660 };
  const view = { left: 0, top: 0, right: size.width, bottom: size.height };
  const at = (center: [number, number], zoom: number) => {
    const project = projector({ center, zoom }, size);
    return ([lon, lat]: [number, number]) => {
      const [x, y] = project(lon, lat);
      return { x, y };
    };
  };
  it("sees China's north-east around Punggye-ri, and no Thailand there", () => {
    const korea = at([129.09, 41.28], 5);
    expect(landInView(topology, dataset, 'CHN', korea, view, 129)).toBe(true);
    expect(landInView(topology, dataset, 'THA', korea, view, 129)).toBe(false);
  });
  it('sees a country that fills the whole view, with none of its outline in it', () => {
    expect(landInView(topology, dataset, 'CHN', at([105, 35], 9), view, 105)).toBe(true);
  });
  it('sees nothing of an actor the basemap has no outline for', () => {
    const noIso = { ...dataset, actors: dataset.actors.map((a) => ({ ...a, isoNumeric: undefined })) };
    expect(landInView(topology, noIso, 'CHN', at([105, 35], 4), view, 105)).toBe(false);
  });
});
