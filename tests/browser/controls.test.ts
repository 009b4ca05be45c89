import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/index';
import type { RelationsLayerToggles } from '../../src/components/relations-layer-toggles';
import type { RelationsYearSlider } from '../../src/components/relations-year-slider';

const stops = [
  { year: 2016, label: 'Friends', caption: 'Caption of 2016.' },
  { year: 2017, label: 'Rupture', caption: 'Caption of 2017.' },
  { year: 2021, label: 'Severed', caption: 'Caption of 2021.' },
];

async function slider(value = 2016): Promise<{ el: RelationsYearSlider; years: number[] }> {
  const el = document.createElement('relations-year-slider');
  el.stops = stops;
  el.value = value;
  const years: number[] = [];
  el.addEventListener('year-input', (e) => years.push((e as CustomEvent).detail.year));
  document.body.append(el);
  await el.updateComplete;
  return { el, years };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<relations-year-slider>', () => {
  it('is an ARIA slider with the year and its label as value text', async () => {
    const { el } = await slider(2017);
    const track = el.shadowRoot!.querySelector('[role=slider]')!;
    expect(track.getAttribute('aria-valuemin')).toBe('2016');
    expect(track.getAttribute('aria-valuemax')).toBe('2021');
    expect(track.getAttribute('aria-valuenow')).toBe('2017');
    expect(track.getAttribute('aria-valuetext')).toBe('2017: Rupture');
    expect(track.getAttribute('aria-label')).toBe('Year');
    expect(el.shadowRoot!.querySelector('.caption')!.textContent).toBe('Caption of 2017.');
  });

  it('moves with arrows, Page keys, Home and End, and reports each change', async () => {
    const { el, years } = await slider(2016);
    (el.shadowRoot!.querySelector('[role=slider]') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{ArrowUp}'); // already at the end: no event
    await userEvent.keyboard('{PageDown}');
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{End}');
    expect(years).toEqual([2017, 2021, 2017, 2016, 2021]);
    expect(el.value).toBe(2021);
  });

  it('selects a year by clicking its label', async () => {
    const { el, years } = await slider(2016);
    const labels = el.shadowRoot!.querySelectorAll<HTMLElement>('.stop');
    await userEvent.click(labels[2]!);
    expect(years).toEqual([2021]);
  });

  it('plays through the years, one every 2.5 s, and stops at the last', async () => {
    const { el, years } = await slider(2016);
    const play = el.shadowRoot!.querySelector<HTMLButtonElement>('.play')!;
    expect(play.getAttribute('aria-label')).toBe('Play the years');
    // The play clock is faked: the test does not wait on the real one, however busy the machine.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      play.click();
      await el.updateComplete;
      expect(play.getAttribute('aria-pressed')).toBe('true');
      vi.advanceTimersByTime(2499);
      expect(years).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(years).toEqual([2017]);
      vi.advanceTimersByTime(2500);
      expect(years).toEqual([2017, 2021]);
      vi.advanceTimersByTime(2500);
      await el.updateComplete;
      expect(play.getAttribute('aria-pressed')).toBe('false');
      expect(years).toEqual([2017, 2021]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not let its event leave a shadow root', async () => {
    const { el } = await slider(2016);
    let reachedDocument = 0;
    document.addEventListener('year-input', () => reachedDocument++, { once: true });
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.append(el);
    await el.updateComplete;
    el.select(2017);
    expect(reachedDocument).toBe(0);
  });
});

describe('<relations-layer-toggles>', () => {
  it('has a labelled checkbox per layer and reports changes', async () => {
    const el = document.createElement('relations-layer-toggles') as RelationsLayerToggles;
    const events: string[][] = [];
    el.addEventListener('layers-input', (e) => events.push((e as CustomEvent).detail.layers));
    document.body.append(el);
    await el.updateComplete;
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.closest('label')!.textContent!.trim())).toEqual([
      'Trade flows',
      'Diplomatic relations',
      'Events',
      'Labels',
    ]);
    expect(boxes.every((b) => b.checked)).toBe(true);
    await userEvent.click(boxes[1]!);
    expect(events).toEqual([['trade', 'events', 'labels']]);
  });

  it('offers the trade direction', async () => {
    const el = document.createElement('relations-layer-toggles') as RelationsLayerToggles;
    const directions: string[] = [];
    el.addEventListener('direction-input', (e) => directions.push((e as CustomEvent).detail.direction));
    document.body.append(el);
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.getAttribute('aria-label')).toBe('Trade direction');
    await userEvent.selectOptions(select, 'exports');
    expect(directions).toEqual(['exports']);
  });
});

describe('<relations-year-slider> by pointer', () => {
  it('can be dragged along its track, through each year to the last', async () => {
    const { el, years } = await slider(2016);
    const track = el.shadowRoot!.querySelector<HTMLElement>('[role=slider]')!;
    const dots = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.stop .dot')].map((d) => {
      const box = d.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    const fire = (type: string, x: number, y: number) =>
      track.dispatchEvent(
        new PointerEvent(type, {
          clientX: x,
          clientY: y,
          bubbles: true,
          button: 0,
          pointerId: 1,
          isPrimary: true,
        }),
      );
    fire('pointerdown', dots[0]!.x, dots[0]!.y);
    for (let x = dots[0]!.x; x <= dots[2]!.x; x += 10) fire('pointermove', x, dots[0]!.y);
    fire('pointermove', dots[2]!.x, dots[2]!.y);
    fire('pointerup', dots[2]!.x, dots[2]!.y);
    await el.updateComplete;
    expect(el.value).toBe(2021);
    expect(years).toEqual([2017, 2021]);
    // Moving after the pointer is up changes nothing.
    fire('pointermove', dots[0]!.x, dots[0]!.y);
    expect(el.value).toBe(2021);
  });
});

describe('<relations-legend> with one trade direction', () => {
  it('keys only the direction drawn and names the partners the filter hides', async () => {
    const { validateDataset } = await import('../../src/data/validate');
    const { LegendModelCache } = await import('../../src/components/parts/legend-model');
    const { english } = await import('../../src/text/strings');
    const response = await fetch(new URL('../../datasets/dprk-relations.json', import.meta.url));
    const result = validateDataset(await response.json());
    if (!result.ok) throw new Error('the dataset does not validate');
    const layers = new Set(['trade', 'relations', 'events', 'labels'] as const);
    const cache = new LegendModelCache();
    const el = document.createElement('relations-legend');
    el.model = cache.model(result.dataset, 2016, 'locked', 'light', layers, 'exports', english);
    document.body.append(el);
    await el.updateComplete;
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).toContain("North Korea's exports");
    expect(text).not.toContain('Two-way trade');
    expect(text).not.toContain("North Korea's imports");
    expect(el.shadowRoot!.querySelector('.hidden-partners')?.textContent).toMatch(
      /^Not drawn: Thailand and Philippines, with no figure for North Korea's exports this year/,
    );
    el.model = cache.model(result.dataset, 2016, 'locked', 'light', layers, 'both', english);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('Two-way trade');
    expect(el.shadowRoot!.querySelector('.hidden-partners')).toBeNull();
  });
});
