import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/text/strings';
import { mountMap, removeAll } from './helpers';

/** The dataset's corrections as a reader meets them: in the details panel and beside the method. */
afterEach(() => removeAll());

const visibleText = (root: ParentNode, selector: string): string => {
  const node = root.querySelector<HTMLElement>(selector);
  if (!node) return '';
  const box = node.getBoundingClientRect();
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader reads.
  return box.width > 0 && box.height > 0 ? (node.innerText ?? '') : '';
};

describe('what the data says, where a reader reads it', () => {
  it('gives an event the span its sources leave it in, and an embassy vacated for a time its own words', async () => {
    const { el, ready } = mountMap({ year: '2021', layers: 'relations events labels' });
    await ready;
    const details = () => el.shadowRoot!.querySelector('relations-details')!.shadowRoot!;

    el.selection = { kind: 'event', id: 'ev-2021-mun-handover' };
    await expect.poll(() => visibleText(details(), 'h2')).toMatch(/handed to the United States/);
    // North Korea says 17 March, AP 20 March: a span, not one of the two stated as fact.
    expect(visibleText(details(), '.panel, section, div')).toMatch(/Mar 17\s?–\s?20, 2021/);

    el.selection = { kind: 'relation', id: 'rel-idn-2021' };
    await expect.poll(() => visibleText(details(), 'h2')).toMatch(/Indonesia/);
    const relation = visibleText(details(), '.panel, section, div');
    expect(relation).toContain(`Indonesia's embassy in Pyongyang: ${en.embassyState.vacated}`);
    expect(relation).not.toContain(`Indonesia's embassy in Pyongyang: ${en.embassyState.none}`);
  });

  it('lists what changed in the data beside the method, for the reader who opens "About these figures"', async () => {
    const { el, ready } = mountMap({ layers: '' }, { width: 1280, height: 800 });
    await ready;
    const about = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.about')!;
    expect(visibleText(about, 'p.changes')).toBe('');
    about.open = true;
    await expect
      .poll(() => visibleText(about, 'p.changes'))
      .toMatch(/^What changed in the data: December 2026/);
  });
});
