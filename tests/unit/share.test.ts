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
    expect(element).toContain('center="101.691,3.139" zoom="4.26"');
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
    expect(code.split('\n')[1]).toBe('<relations-map  style="height: 520px"></relations-map>');
  });

  it("frames the embed for its own height: the story's framing unless the reader moved the map", () => {
    // Not moved: no centre or zoom, so the element fits the story to whatever box it is pasted into.
    const story = embedView(view, 793, false);
    expect([story.center, story.zoom]).toEqual([undefined, undefined]);
    expect(embedSnippet('x.js', story)).not.toMatch(/center=|zoom=/);
    // Moved: the same centre, and as much latitude in 520 px as the reader saw in 793 (one zoom level halves it).
    const moved = embedView(view, 793, true);
    expect(moved.center).toEqual(view.center);
    expect(moved.zoom).toBeCloseTo(view.zoom + Math.log2(EMBED_HEIGHT / 793), 6);
    expect(embedView(view, EMBED_HEIGHT * 2, true).zoom).toBeCloseTo(view.zoom - 1, 6);
  });
});
