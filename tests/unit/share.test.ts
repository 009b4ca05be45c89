import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedSnippet, embedView, permalink } from '../../src/data/share';

const view = {
  year: 2017,
  layers: 'trade labels',
  direction: 'exports',
  center: [101.6912, 3.1389] as [number, number],
  zoom: 4.256,
};

describe('sharing a view', () => {
  it('makes a permalink with the map id in each parameter, keeping the page’s other parameters', () => {
    const link = permalink('https://news.example/story?lang=en', (n) => `map1.${n}`, view);
    const params = new URL(link).searchParams;
    expect(params.get('lang')).toBe('en');
    expect(params.get('map1.year')).toBe('2017');
    expect(params.get('map1.layers')).toBe('trade labels');
    expect(params.get('map1.view')).toBe('101.691,3.139,4.26');
  });

  it('makes embed code of one script tag and one element, with attributes escaped', () => {
    const code = embedSnippet('https://cdn.example/relations-map.js', { ...view, layers: 'trade"><script>' });
    const [script, element] = code.split('\n');
    expect(script).toBe('<script type="module" src="https://cdn.example/relations-map.js"></script>');
    expect(element).toContain('year="2017"');
    expect(element).toContain('direction="exports"');
    expect(element).toContain('layers="trade&quot;&gt;&lt;script&gt;"');
    expect(element).not.toContain('<script>');
  });

  it('leaves out what is at its default', () => {
    const code = embedSnippet('x.js', {
      year: undefined,
      layers: null,
      direction: 'both',
      center: undefined,
      zoom: undefined,
    });
    expect(code.split('\n')[1]).toBe(
      `<relations-map  style="--relations-height: ${EMBED_HEIGHT}px"></relations-map>`,
    );
  });

  it("frames the embed by the box the reader saw, never a centre and zoom: the story's framing unless moved", () => {
    const seen = {
      ...view,
      bounds: [
        [98.5, 1.25],
        [105.125, 7.5],
      ] as [[number, number], [number, number]],
    };
    // Not moved: nothing, so the element fits the story to whatever box it is pasted into.
    const story = embedView(seen, false);
    expect([story.center, story.zoom, story.bounds]).toEqual([undefined, undefined, undefined]);
    expect(embedSnippet('x.js', story)).not.toMatch(/center=|zoom=|bounds=/);
    // Moved: the box, which a phone's embed and a wide column's each fit to their own size.
    const moved = embedSnippet('x.js', embedView(seen, true));
    expect(moved).toContain('bounds="98.500,1.250,105.125,7.500"');
    expect(moved).not.toMatch(/center=|zoom=/);
  });

  it('shares a comparison with its two years, and never a table view or a stale comparison', () => {
    const compared = { ...view, mode: 'compare', compare: '2016 2021' };
    const link = new URL(permalink('https://news.example/?map1.compare=2016+2017', (n) => n, compared));
    expect([link.searchParams.get('mode'), link.searchParams.get('compare')]).toEqual([
      'compare',
      '2016 2021',
    ]);
    expect(embedSnippet('x.js', compared)).toMatch(/ mode="compare" compare="2016 2021"/);
    const table = new URL(
      permalink('https://news.example/?compare=2016+2017', (n) => n, { ...compared, mode: 'table' }),
    );
    expect([table.searchParams.get('mode'), table.searchParams.get('compare')]).toEqual([null, null]);
    expect(embedSnippet('x.js', { ...compared, mode: 'table' })).not.toMatch(/mode=|compare=/);
  });
});
