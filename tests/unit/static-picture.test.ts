import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapThemes } from '../../src/basemap/style';
import { embedSnippet } from '../../src/data/share';
import { paperBounds, STORY_BOUNDS } from '../../src/geo/framing';
import {
  cameraForBounds,
  cameraWithOffset,
  panCamera,
  projector,
  zoomCameraAt,
} from '../../src/geo/mercator';
import { roughMeasure } from '../../src/layers/capital-labels';
import { layerPalettes } from '../../src/layers/colors';
import { widthScaleFor } from '../../src/layers/scales';
import { layerTokens } from '../../src/layers/types';
import { posters } from '../../src/picture/posters';
import { staticPicture } from '../../src/picture/static-picture';
import { standalonePicture } from '../../src/picture/svg-export';
import { arcPoints, escapeXml, layersSvg } from '../../src/picture/svg-layers';
import { bindStrings, english, langFor } from '../../src/text/strings';
import { posterAlt } from '../../src/text/summary';
import { loadDefaultDataset } from './default-dataset';

const dataset = loadDefaultDataset();
const topology = JSON.parse(readFileSync('geo/countries-story.json', 'utf8'));
const size = { width: 800, height: 560 };
const padding = { top: 16, bottom: 24, left: 320, right: 50 };

describe('the static picture’s camera, as MapLibre’s fitBounds chooses it', () => {
  it('fits the box into the room inside the padding, touching it on one axis and centred on the other', () => {
    const camera = cameraForBounds(STORY_BOUNDS, size, padding);
    const project = projector(camera, size);
    const [[west, south], [east, north]] = STORY_BOUNDS;
    const [x0, y0] = project(west, north);
    const [x1, y1] = project(east, south);
    const roomX = size.width - padding.left - padding.right;
    const roomY = size.height - padding.top - padding.bottom;
    const touchesX = Math.abs(x1 - x0 - roomX) < 0.01;
    const touchesY = Math.abs(y1 - y0 - roomY) < 0.01;
    expect(touchesX || touchesY).toBe(true);
    // Centred in the room on both axes.
    expect((x0 + x1) / 2).toBeCloseTo(padding.left + roomX / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo(padding.top + roomY / 2, 6);
  });

  it('keeps to the map’s zoom limits, and shows a centre offset from the middle as MapLibre’s offset does', () => {
    expect(
      cameraForBounds(
        [
          [100, 10],
          [100.001, 10.001],
        ],
        size,
        padding,
      ).zoom,
    ).toBe(8);
    expect(
      cameraForBounds(
        [
          [-179, -80],
          [179, 80],
        ],
        size,
        padding,
      ).zoom,
    ).toBe(1);
    const camera = cameraWithOffset([101.69, 3.14], 5, [120, -30]);
    const [x, y] = projector(camera, size)(101.69, 3.14);
    expect(x).toBeCloseTo(size.width / 2 + 120, 6);
    expect(y).toBeCloseTo(size.height / 2 - 30, 6);
  });
});

describe('the picture on paper', () => {
  it('frames every capital within reach of the focus country and leaves the far ones to the edge', () => {
    const pyongyang = { lon: 125.75, lat: 39.03 };
    const capitals = [
      pyongyang,
      { lon: 116.4, lat: 39.91 },
      { lon: 106.84, lat: -6.2 },
      { lon: -77.04, lat: 38.9 },
      // Across the date line from the focus, but near it: framed on its side.
      { lon: -175.2, lat: -21.1 },
    ];
    const { bounds, far } = paperBounds(capitals, pyongyang);
    expect(far).toEqual([3]);
    expect(bounds).toEqual([
      [106.84, -21.1],
      [184.8, 39.91],
    ]);
  });
});

describe('the picture moved by the reader before the map exists', () => {
  const camera = cameraForBounds(STORY_BOUNDS, size, padding);
  const bangkok: [number, number] = [100.53, 13.72];

  it('pans by the drag: the place under the pointer stays under it', () => {
    const [x, y] = projector(camera, size)(...bangkok);
    const [x2, y2] = projector(panCamera(camera, -150, 60), size)(...bangkok);
    expect(x2 - x).toBeCloseTo(-150, 6);
    expect(y2 - y).toBeCloseTo(60, 6);
    // A drag across the date line comes back with a longitude MapLibre accepts.
    const far = panCamera({ center: [179, 0], zoom: 1 }, -2000, 0);
    expect(far.center[0]).toBeGreaterThanOrEqual(-180);
    expect(far.center[0]).toBeLessThan(180);
  });

  it('zooms about the pointer, within the zooms the map allows', () => {
    const point: [number, number] = [620, 140];
    const before = projector(camera, size);
    const zoomed = zoomCameraAt(camera, size, point, camera.zoom + 1);
    expect(zoomed.zoom).toBeCloseTo(camera.zoom + 1, 9);
    // Bangkok's distance from the pointer doubles; the pointer's own place does not move.
    const [bx, by] = before(...bangkok);
    const [ax, ay] = projector(zoomed, size)(...bangkok);
    expect(ax - point[0]).toBeCloseTo(2 * (bx - point[0]), 6);
    expect(ay - point[1]).toBeCloseTo(2 * (by - point[1]), 6);
    expect(zoomCameraAt(camera, size, point, 40).zoom).toBe(8);
    expect(zoomCameraAt(camera, size, point, -3).zoom).toBe(1);
  });
});

describe('layers drawn as SVG', () => {
  it('bends an arc to the left of its direction of travel by deck.gl’s paraboloid, and leaves a flat one straight', () => {
    const points = arcPoints([0, 100], [200, 100], 0.35, 75, 21);
    const middle = points[10]!;
    expect(middle[0]).toBeCloseTo(100, 6);
    // Eastward on a screen whose y points down: the left is up. Height 0.35 × 200 px × √(½·½) × sin 75°.
    expect(100 - middle[1]).toBeCloseTo(0.35 * 200 * 0.5 * Math.sin((75 * Math.PI) / 180), 6);
    expect(points[0]).toEqual([0, 100]);
    expect(points[20]![0]).toBeCloseTo(200, 6);
    expect(arcPoints([0, 0], [10, 10], 0, 0, 50)).toEqual([
      [0, 0],
      [10, 10],
    ]);
  });

  it('reads each accessor as deck.gl does: constants and functions, pixel offsets up for dots and down for text', () => {
    const svg = layersSvg(
      [
        {
          type: 'scatter',
          props: {
            id: 'dots',
            data: [{ id: 'a', p: [0, 0] }] as never,
            stroked: true,
            getPosition: (d: { p: [number, number] }) => d.p,
            getPixelOffset: [0, 5],
            getRadius: 4,
            getFillColor: [255, 0, 0, 128],
            getLineColor: [0, 0, 0, 255],
            getLineWidth: 1.5,
          } as never,
        },
        {
          type: 'text',
          props: {
            id: 'names',
            data: [{ id: 'b', text: 'A & <B>' }] as never,
            getText: (d: { text: string }) => d.text,
            getPosition: [0, 0],
            getPixelOffset: [3, 5],
            getTextAnchor: 'start',
            getAlignmentBaseline: 'top',
          } as never,
        },
      ],
      () => [50, 50],
    );
    expect(svg).toContain(
      '<circle data-id="a" cx="50.0" cy="45.0" r="4" fill="rgb(255,0,0)" fill-opacity="0.502"',
    );
    expect(svg).toContain('stroke="rgb(0,0,0)" stroke-width="1.5"');
    expect(svg).toContain('x="53.0" y="55.0"');
    expect(svg).toContain('text-anchor="start" dominant-baseline="text-before-edge"');
    expect(svg).toContain('>A &amp; &lt;B&gt;</text>');
  });
});

const input = (year: number) => ({
  dataset,
  state: {
    year,
    layers: new Set(layerTokens),
    direction: 'both' as const,
    palette: layerPalettes.light,
    widthScale: widthScaleFor(dataset, year, 'locked'),
  },
  topology,
  colors: basemapThemes.light,
  camera: cameraForBounds(STORY_BOUNDS, size, padding),
  size,
  measure: roughMeasure,
  title: 'A <title>',
  description: 'Described & said',
});

describe('the static picture', () => {
  it('draws land by role, the borders, the year’s arcs with their widths, the capitals and their names', () => {
    const svg = staticPicture(input(2017));
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="static-map" width="800" height="560"'),
    ).toBe(true);
    expect(svg).toContain('<title>A &lt;title&gt;</title><desc>Described &amp; said</desc>');
    for (const role of ['other', 'partner', 'focus']) expect(svg).toContain(`data-land="${role}"`);
    expect(svg).toContain('data-borders=""');
    const arcs = svg.match(/<g data-layer="trade-arcs">(.*?)<\/g>/)![1]!;
    const widths = [...arcs.matchAll(/stroke-width="([\d.]+)"/g)].map((m) => Number(m[1]));
    const scale = widthScaleFor(dataset, 2017, 'locked');
    const drawn = dataset.flows.filter((f) => f.year === 2017 && f.default).map((f) => scale(f.valueUsd));
    expect(widths.sort()).toEqual(drawn.sort());
    expect(svg).toMatch(/<circle data-id="PRK"/);
    expect(svg).toMatch(/<text data-id="PRK"[^>]*>Pyongyang<\/text>/);
  });

  it('leaves out a layer the reader turned off', () => {
    const off = { ...input(2017), state: { ...input(2017).state, layers: new Set(['relations'] as const) } };
    const svg = staticPicture(off);
    expect(svg).not.toContain('data-layer="trade-arcs"');
    expect(svg).not.toContain('data-layer="capital-labels"');
    expect(svg).toContain('data-layer="relations"');
  });

  it('stands alone with a title, the key of what is drawn, the arc widths, the sources and the attribution', () => {
    const { svg, width, height } = standalonePicture(
      input(2016),
      { strings: bindStrings(english.t, dataset), locale: 'en' },
      { theme: 'light' },
    );
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(560 + 60);
    expect(svg).toMatch(/the map in 2016 \(Friends\)/);
    expect(svg).toContain(">North Korea's exports</text>");
    const words = svg.replace(/<[^>]+>/g, ' ');
    expect(words).toMatch(/Sources: .*KOTRA/);
    expect(svg).toMatch(/Natural Earth/);
  });
});

describe('posters', () => {
  it('makes one per year, each with the year in words as its description, in English and in Malay', () => {
    const made = posters(dataset, topology, english);
    expect(made.map((p) => p.year)).toEqual([2016, 2017, 2021]);
    const poster2017 = made[1]!.svg;
    expect(poster2017).toContain(`<desc>${escapeXml(posterAlt(dataset, 2017, english))}</desc>`);
    expect(posterAlt(dataset, 2017, english)).toMatch(
      /largest recorded trading partner was China \(\$[\d.]+B, KOTRA\)/,
    );
    // Small enough to send in an email or a feed.
    expect(poster2017.length).toBeLessThan(200_000);
    const malay = posters(dataset, topology, langFor('ms'))[1]!.svg;
    expect(malay).not.toBe(poster2017);
    expect(malay).toMatch(/<desc>[^<]*China/);
  });

  it('goes inside the embed code’s element, alt text escaped, so that a page without scripts shows it', () => {
    const code = embedSnippet(
      'https://cdn.example/relations-map.js',
      { year: 2017, layers: null, direction: 'both', center: undefined, zoom: undefined },
      {
        src: 'https://cdn.example/posters/2017.svg',
        alt: 'In 2017, "China" <largest>',
        width: 800,
        height: 520,
      },
    );
    expect(code).toContain(
      '<img slot="poster" src="https://cdn.example/posters/2017.svg" alt="In 2017, &quot;China&quot; &lt;largest&gt;" width="800" height="520"',
    );
    expect(code.split('\n')[1]).toMatch(/^<relations-map [^>]*><img [^>]*><\/relations-map>$/);
  });
});
