import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../scripts/static-server';
import { useSite } from './browser';
import { demoPageWith, everythingSaid, rendered } from './page-helpers';

/**
 * The built-in dataset read in Malay (`lang="ms"`), as a Malaysian outlet would publish it: the dataset's own words —
 * the title, year labels and captions, the story, the details, the names of countries — are Malay on screen and in
 * the SVG, and none of their English text is left.
 */
interface Texts {
  [field: string]: unknown;
  i18n?: { ms?: Record<string, string> };
}
const dataset = JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8')) as Texts & {
  years: Array<Texts & { year: number; label: string; caption: string }>;
  story: Array<Texts & { title: string; text: string }>;
  relations: Array<Texts & { id: string; summary: string }>;
  actors: Array<Texts & { name: string }>;
};
const ms = (item: Texts, field: string) => item.i18n?.ms?.[field] ?? '';

/** Every English text of the dataset that has a Malay text of its own (not a proper name, the same in both). */
function englishTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const entry of node) englishTexts(entry, out);
  else if (node && typeof node === 'object') {
    const item = node as Texts;
    for (const [field, text] of Object.entries(item.i18n?.ms ?? {}))
      if (typeof item[field] === 'string' && item[field] !== text) out.push(item[field] as string);
    for (const [key, value] of Object.entries(item)) if (key !== 'i18n') englishTexts(value, out);
  }
  return out;
}
// Long enough not to be a word the Malay text shares by chance.
const english = englishTexts(dataset).filter((text) => text.length >= 12);

const page: Route = (_request, response) => {
  response
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(demoPageWith('display:block;width:1200px;height:700px', 'lang="ms" year="2017"'));
};
const site = useSite({ pages: { '/ms.html': page } });
const MAP = '#map';

describe('the built-in dataset in Malay', () => {
  it('says its title, years, story, details and names in Malay, on screen and in the SVG, and no English of its own', async () => {
    const p = await site.open('/ms.html', { viewport: { width: 1280, height: 800 }, rendered: MAP });
    const englishIn = (text: string) => english.filter((t) => text.includes(t));
    try {
      const said = await everythingSaid(p, MAP);
      expect(englishIn(said)).toEqual([]);
      const y2017 = dataset.years.find((y) => y.year === 2017)!;
      expect(said).toContain(ms(y2017, 'caption'));
      for (const stop of dataset.years) expect(said).toContain(ms(stop, 'label'));
      expect(said).toContain(ms(dataset, 'title'));
      // The interface's words around the focus country use its Malay name.
      expect(said).toContain('Eksport Korea Utara');
      expect(await p.locator(`${MAP} .map`).getAttribute('aria-label')).toBe(
        'Peta hubungan dan perdagangan Korea Utara',
      );
      // The capitals' names on the map, as Malay writes them.
      const labels = await p.locator(`${MAP} .map-labels text`).allTextContents();
      expect(labels.join(' ')).toContain('Singapura');

      // Kuala Lumpur's details: the relation's summary and the country's name in Malay.
      const relation = dataset.relations.find((r) => r.id === 'rel-mys-2017')!;
      await p.locator(MAP).evaluate((el) => {
        (el as HTMLElement & { selection: unknown }).selection = { kind: 'actor', id: 'MYS' };
      });
      await p.locator(`${MAP} relations-details`).waitFor();
      const details = await everythingSaid(p, `${MAP} relations-details`);
      expect(details).toContain(ms(relation, 'summary'));
      expect(englishIn(details)).toEqual([]);

      // The story's first step.
      await p.locator(MAP).evaluate((el) => {
        (el as HTMLElement & { selection: unknown }).selection = null;
        el.setAttribute('mode', 'story');
      });
      const step = dataset.story[0]!;
      await expect.poll(() => everythingSaid(p, MAP)).toContain(ms(step, 'title'));
      const story = await everythingSaid(p, MAP);
      expect(story).toContain(ms(step, 'text'));
      expect(englishIn(story)).toEqual([]);

      // The SVG: its title and caption in Malay.
      const svg = await p.locator(MAP).evaluate(async (el) => {
        const blob = await (
          el as HTMLElement & { exportImage(o: { type: string }): Promise<Blob> }
        ).exportImage({
          type: 'image/svg+xml',
        });
        return blob.text();
      });
      expect(svg).toContain('Korea Utara');
      expect(englishIn(svg.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'"))).toEqual([]);
      await rendered(p, MAP);
    } finally {
      await p.close();
    }
  });
});
