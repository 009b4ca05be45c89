import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsMap } from '../../src/components/relations-map';
import type { RelationsTable } from '../../src/components/relations-table';
import type { RelationsYearSlider } from '../../src/components/relations-year-slider';
import { nextEvent, removeAll } from './helpers';

/**
 * Vue 3, Svelte 5 and React 19 set a custom element's property, when it has one, with the value as written in the
 * markup: `<relations-map year="2017" zoom="5">` hands the element the strings "2017" and "5", before the element
 * is in the page. Each test here sets properties that way and checks what the reader gets.
 */
type Bindings = Record<string, unknown>;

/** What a framework does with the markup's bindings: create, set each as a property, insert. */
function mountAsFramework(props: Bindings, tag = 'relations-map'): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) (el as unknown as Bindings)[name] = value;
  el.style.width = '800px';
  el.style.height = '520px';
  document.body.append(el);
  return el;
}

const notice = (el: HTMLElement) => el.shadowRoot?.querySelector('.message.notice')?.textContent ?? '';

afterEach(() => {
  removeAll();
  document.body.replaceChildren();
});

describe('properties set the way frameworks set them', () => {
  it('year, zoom and center as strings start the map where the markup asks, with no notice', async () => {
    const el = mountAsFramework({
      loading: 'eager',
      year: '2017',
      zoom: '5',
      center: '101.7,3.1',
      layers: 'trade relations',
    }) as RelationsMap;
    const ready = await nextEvent(el, 'ready');
    expect(ready.detail.year).toBe(2017);
    expect(el.year).toBe(2017);
    expect(el.getAttribute('year')).toBe('2017');
    expect(el.map!.getZoom()).toBeCloseTo(5, 1);
    const { lng, lat } = el.map!.getCenter();
    expect(lng).toBeCloseTo(101.7, 1);
    expect(lat).toBeCloseTo(3.1, 1);
    expect(notice(el)).toBe('');
    // The year the reader sees: the slider's pressed stop.
    const slider = el.shadowRoot!.querySelector('relations-year-slider') as RelationsYearSlider | null;
    expect(slider?.value).toBe(2017);
  });

  it('takes the typed forms too: a number, a [lon, lat] pair and an array of layers', async () => {
    const el = mountAsFramework({
      loading: 'eager',
      year: 2016,
      zoom: 4,
      center: [100.5, 13.75],
      layers: ['trade'],
    }) as RelationsMap;
    await nextEvent(el, 'ready');
    expect(el.year).toBe(2016);
    expect(el.center).toBe('100.5,13.75');
    expect(el.layers).toBe('trade');
    expect(el.getAttribute('layers')).toBe('trade');
    expect(el.map!.getZoom()).toBeCloseTo(4, 1);
    expect(el.map!.getCenter().lng).toBeCloseTo(100.5, 1);
  });

  it('gives the same value for a string property as for the attribute', async () => {
    const byAttribute = document.createElement('relations-map');
    const byProperty = document.createElement('relations-map') as unknown as Bindings;
    const cases: Array<[string, string, string]> = [
      ['year', 'year', '2016'],
      ['zoom', 'zoom', '6.5'],
      ['loadTimeout', 'load-timeout', '5000'],
      ['noControls', 'no-controls', ''],
      ['syncUrl', 'sync-url', ''],
      ['center', 'center', '101.7,3.1'],
      ['layers', 'layers', 'events labels'],
      ['theme', 'theme', 'dark'],
    ];
    for (const [property, attribute, value] of cases) {
      byAttribute.setAttribute(attribute, value);
      byProperty[property] = value;
      expect(byProperty[property], property).toEqual((byAttribute as unknown as Bindings)[property]);
    }
    expect(byProperty.year).toBe(2016);
    expect(byProperty.noControls).toBe(true);
  });

  it('still refuses a year the dataset does not have, set as a string, with the clear notice', async () => {
    const el = mountAsFramework({ loading: 'eager', year: '2019' }) as RelationsMap;
    await nextEvent(el, 'ready');
    expect(el.year).toBe(2021);
    expect(notice(el)).toContain('There is no 2019 in this dataset');
  });

  it('a Boolean written bare (`no-controls` gives "") hides the controls, as the attribute does', async () => {
    const el = mountAsFramework({ loading: 'eager', noControls: '', layers: '' }) as RelationsMap;
    await nextEvent(el, 'ready');
    expect(el.noControls).toBe(true);
    expect(el.shadowRoot!.querySelector('[part~=controls]')).toBeNull();
  });

  it('the companion elements take strings too: a slider value, a table year', async () => {
    const slider = mountAsFramework(
      {
        stops: [
          { year: 2016, label: 'A', caption: '' },
          { year: 2017, label: 'B', caption: '' },
        ],
        value: '2017',
        compact: '',
      },
      'relations-year-slider',
    ) as RelationsYearSlider;
    await slider.updateComplete;
    expect(slider.value).toBe(2017);
    expect(slider.compact).toBe(true);
    expect(slider.shadowRoot!.querySelector('[role=slider]')!.getAttribute('aria-valuenow')).toBe('2017');
    const table = document.createElement('relations-table') as RelationsTable;
    (table as unknown as Bindings).year = '2016';
    expect(table.year).toBe(2016);
  });
});
