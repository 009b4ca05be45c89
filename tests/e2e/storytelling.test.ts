import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../scripts/static-server';
import { validateDataset } from '../../src/data/validate';
import { layerPalettes } from '../../src/layers/colors';
import { eventData } from '../../src/layers/events';
import { countDifferent, type Pixels, type RGB } from '../pixels';
import { readyEvents, recordedEvents, recordReadyEvents, useSite } from './browser';
import { deepActiveElement, elementPixels, pagePoint, rendered } from './page-helpers';

const checked = validateDataset(JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8')));
if (!checked.ok) throw new Error('the built-in dataset does not validate');
const dataset = checked.dataset;
const story = dataset.story;
const palette = layerPalettes.light;

/** The demo page with `sync-url` on its map, made from the built page. */
const pages: Record<string, Route> = {
  '/synced.html': (_request, response) => {
    const html = readFileSync('dist/index.html', 'utf8').replace(
      '<relations-map id="map"',
      '<relations-map id="map" sync-url',
    );
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  },
};

const site = useSite({ pages });

const open = (path: string, selector: string, viewport = { width: 1280, height: 800 }) =>
  site.open(path, {
    viewport,
    events: ['step-change', 'year-change', 'selection-change'],
    rendered: selector,
  });

const mapState = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const el = document.querySelector(selector) as HTMLElement & {
      year: number;
      layers: string | null;
      step: string | undefined;
      selection: { kind: string; id: string } | null;
      map: { getCenter(): { lng: number; lat: number }; getZoom(): number; isMoving(): boolean };
    };
    const c = el.map.getCenter();
    return {
      year: el.year,
      layers: el.layers,
      step: el.step ?? null,
      selection: el.selection,
      center: [c.lng, c.lat],
      zoom: el.map.getZoom(),
      moving: el.map.isMoving(),
    };
  }, selector);

/**
 * What a story sets on a map, read from the element: a map scrolled out of view may have given its WebGL back to
 * the page's budget (its `map` is null then), and its state is the element's all the same.
 */
const storyState = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const el = document.querySelector(selector) as HTMLElement & {
      year: number;
      step: string | undefined;
      selection: { kind: string; id: string } | null;
    };
    return { year: el.year, step: el.step ?? null, selection: el.selection };
  }, selector);

const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, (a[2] ?? 0) - (b[2] ?? 0));
const pixelAt = (p: Pixels, x: number, y: number): RGB => {
  const i = (Math.round(y) * p.width + Math.round(x)) * 4;
  return [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!];
};

describe('scrollytelling: examples/story.html', () => {
  it('activates the steps in order as the text scrolls, and the map follows each one', async () => {
    const MAP = '#story-map';
    const page = await open('/examples/story.html', MAP);
    try {
      const blocks = page.locator('relations-story [data-step]');
      const count = await blocks.count();
      expect(count).toBeGreaterThanOrEqual(10);
      let before = await elementPixels(page, MAP);
      const activated: string[] = [];
      for (let i = 0; i < count; i++) {
        await blocks.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect.poll(() => blocks.nth(i).getAttribute('active')).toBe('');
        activated.push((await blocks.nth(i).locator('h2').textContent()) ?? '');
        const id = (await blocks.nth(i).getAttribute('data-step')) || null;
        await rendered(page, MAP);
        const state = await mapState(page, MAP);
        const step = story.find((s) => s.id === id);
        if (step) {
          expect(state.step).toBe(step.id);
          expect(state.year).toBe(step.year);
          // The block's own data-layers win over the step's.
          const layers = (await blocks.nth(i).getAttribute('data-layers')) ?? step.layers?.join(' ') ?? null;
          expect(state.layers).toBe(layers);
          // The details open on the step's pick; what it picks `also` only stands out with it.
          expect(state.selection).toEqual(
            step.select ? { kind: step.select.kind, id: step.select.id } : undefined,
          );
          if (step.view?.center) {
            expect(Math.abs(state.center[1]! - step.view.center[1])).toBeLessThan(3);
            expect(state.zoom).toBeCloseTo(step.view.zoom ?? state.zoom, 1);
          }
        } else {
          // The page's own step: its inline values, said by its heading.
          expect(state).toMatchObject({ step: null, year: 2017, selection: { kind: 'actor', id: 'THA' } });
          await expect
            .poll(() => page.locator(`${MAP} [aria-live]`).textContent())
            .toContain('Thailand goes quiet');
        }
        // Reduced motion: the view is there at once, not flying.
        expect(state.moving).toBe(false);
        const after = await elementPixels(page, MAP);
        if (i > 0) expect(countDifferent(before, after), `step ${i}`).toBeGreaterThan(500);
        before = after;
      }
      // In the page's order, and only one block active at a time.
      expect(activated).toEqual(await page.locator('relations-story [data-step] h2').allTextContents());
      expect(await page.locator('relations-story [data-step][active]').count()).toBe(1);
      const fired = (await recordedEvents(page, 'step-change')).map((e) => (e.detail as { id: string }).id);
      const named = (await page
        .locator('relations-story [data-step]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-step')).filter(Boolean))) as string[];
      expect(fired).toEqual(named);
    } finally {
      await page.close();
    }
  });

  it('on a phone, switches each step as its heading comes out from under the sticky map, its key inside the map', async () => {
    const MAP = '#story-map';
    const page = await site.open('/examples/story.html', {
      viewport: { width: 390, height: 844 },
      rendered: MAP,
    });
    try {
      const blocks = page.locator('relations-story [data-step]');
      for (let i = 1; i < 4; i++) {
        // The block's top a third of the way down the text's part of the screen: being read, not yet half way.
        const where = await blocks.nth(i).evaluate((el) => {
          // Twice: the map sticks to the top only once the page has scrolled past its header.
          let sticky = 0;
          for (let pass = 0; pass < 2; pass++) {
            sticky = document.querySelector('#story-map')!.getBoundingClientRect().bottom;
            const target = sticky + (window.innerHeight - sticky) * 0.3;
            window.scrollBy(0, el.getBoundingClientRect().top - target);
          }
          return { sticky, top: el.getBoundingClientRect().top };
        });
        expect(where.top).toBeGreaterThan(where.sticky);
        await expect.poll(() => blocks.nth(i).getAttribute('active'), { timeout: 5000 }).toBe('');
        expect(await page.locator('relations-story [data-step][active]').count()).toBe(1);
      }
      // The key is a strip inside the sticky map's box, not below it over the text.
      await rendered(page, MAP);
      const [key, map] = await page
        .locator(MAP)
        .evaluate((el) => [
          el.shadowRoot!.querySelector('.map-key')!.getBoundingClientRect().toJSON(),
          el.getBoundingClientRect().toJSON(),
        ]);
      expect(key.height).toBeGreaterThan(0);
      expect(key.bottom).toBeLessThanOrEqual(map.bottom + 1);
    } finally {
      await page.close();
    }
  });

  it('makes what a step picks out stand out, and fades the rest (the killing at klia2)', async () => {
    const MAP = '#story-map';
    const page = await open('/examples/story.html', MAP);
    try {
      await page
        .locator('relations-story [data-step="step-klia2"]')
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(async () => (await mapState(page, MAP)).step).toBe('step-klia2');
      await rendered(page, MAP);
      const pixels = await elementPixels(page, MAP);
      const box = (await page.locator(MAP).boundingBox())!;
      const dots = eventData(dataset, 2017);
      const at = async (id: string) => {
        const dot = dots.find((d) => d.id === id)!;
        const p = await pagePoint(page, MAP, dot.position);
        return pixelAt(pixels, p.x - box.x + dot.offset[0], p.y - box.y + dot.offset[1]);
      };
      const security = palette.event.security.slice(0, 3) as RGB;
      const diplomatic = palette.event.diplomatic.slice(0, 3) as RGB;
      // The picked event in its full colour; a neighbour of the same ring faded towards the land under it.
      expect(distance(await at('ev-2017-kjn'), security)).toBeLessThan(45);
      expect(distance(await at('ev-2017-png'), diplomatic)).toBeGreaterThan(80);
    } finally {
      await page.close();
    }
  });

  it('activates a step the reader reaches with Tab', async () => {
    const MAP = '#story-map';
    const page = await open('/examples/story.html', MAP);
    try {
      await page.locator('relations-story [data-step="step-severed"]').focus();
      await expect.poll(async () => (await mapState(page, MAP)).step).toBe('step-severed');
      expect(await page.locator('relations-story [data-step="step-severed"]').getAttribute('active')).toBe(
        '',
      );
      expect((await mapState(page, MAP)).year).toBe(2021);
    } finally {
      await page.close();
    }
  });
});

describe('several stories on one page', () => {
  it('each drives its own map', async () => {
    const page = await open('/examples/story.html', '#story-map');
    try {
      // A second map and a second story, added below the first.
      await page.evaluate(() => {
        const map = document.createElement('relations-map');
        map.id = 'second-map';
        map.setAttribute('loading', 'eager');
        map.setAttribute('no-controls', '');
        map.style.cssText = 'display:block;height:300px';
        const story = document.createElement('relations-story');
        story.setAttribute('for', 'second-map');
        story.innerHTML =
          '<div style="height:120vh"></div><section data-step data-year="2016" data-select="actor:SGP"><p>Singapore</p></section><div style="height:120vh"></div>';
        document.body.append(map, story);
      });
      await page.waitForFunction(
        () => (document.querySelector('#second-map') as HTMLElement & { map?: unknown }).map,
      );
      await rendered(page, '#second-map');
      const first = await storyState(page, '#story-map');
      await page
        .locator('#second-map ~ relations-story [data-step]')
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect
        .poll(async () => (await storyState(page, '#second-map')).selection)
        .toEqual({ kind: 'actor', id: 'SGP' });
      expect((await storyState(page, '#second-map')).year).toBe(2016);
      const after = await storyState(page, '#story-map');
      expect([after.step, after.year, after.selection]).toEqual([first.step, first.year, first.selection]);
    } finally {
      await page.close();
    }
  });
});

describe('story mode on the map', () => {
  it('walks the built-in story with the keyboard alone, and leaves it with Escape', async () => {
    const page = await open('/', '#map');
    try {
      // Tab to the Story button.
      let onStory = false;
      for (let i = 0; i < 30 && !onStory; i++) {
        await page.keyboard.press('Tab');
        onStory = (await deepActiveElement(page)).text === 'Story';
      }
      expect(onStory).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await deepActiveElement(page)).tag).toBe('h2');
      expect(await page.getAttribute('#map', 'mode')).toBe('story');
      const card = page.locator('#map .story-card');
      expect(await card.locator('.story-counter').textContent()).toBe(`Step 1 of ${story.length}`);
      expect((await deepActiveElement(page)).text).toBe(story[0]!.title);
      for (let i = 1; i < story.length; i++) {
        await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
        await expect.poll(() => card.locator('h2').textContent()).toBe(story[i]!.title);
        expect(await card.locator('.story-counter').textContent()).toBe(`Step ${i + 1} of ${story.length}`);
      }
      // At the end, Next leads nowhere and keeps focus.
      await card.locator('.story-next').focus();
      expect(await card.locator('.story-next').getAttribute('aria-disabled')).toBe('true');
      await page.keyboard.press('Enter');
      expect(await card.locator('h2').textContent()).toBe(story[story.length - 1]!.title);
      expect((await deepActiveElement(page)).text).toBe('Next');
      // Back one with the Previous button, then with the left arrow.
      await card.locator('.story-previous').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => card.locator('h2').textContent()).toBe(story[story.length - 3]!.title);
      const fired = (await recordedEvents(page, 'step-change')).map(
        (e) => e.detail as { id: string; index: number },
      );
      expect(fired.slice(0, story.length).map((e) => e.index)).toEqual(story.map((_s, i) => i));
      expect(fired.at(-1)).toEqual({ id: story[story.length - 3]!.id, index: story.length - 3 });
      // The step is said through the live region, and no year-change is fired for a step's year.
      expect(await page.locator('#map [aria-live]').textContent()).toContain(story[story.length - 3]!.title);
      expect(await recordedEvents(page, 'year-change')).toEqual([]);

      await page.keyboard.press('Escape');
      await expect.poll(() => page.getAttribute('#map', 'mode')).toBe('map');
      expect((await deepActiveElement(page)).text).toBe('Story');
      expect(await page.locator('#map .story-card').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('opens on the step a link names, with sync-url, and keeps the step in the URL', async () => {
    // The map's id prefixes its parameters, so several maps share one URL.
    const page = await open('/synced.html?map.step=step-severed&map.mode=story', '#map');
    try {
      await expect.poll(() => page.locator('#map .story-card h2').textContent()).toBe('Ties cut');
      const state = await mapState(page, '#map');
      expect(state).toMatchObject({
        step: 'step-severed',
        year: 2021,
        selection: { kind: 'relation', id: 'rel-mys-2021' },
      });
      // Malaysia and North Korea framed: both capitals in view, clear of the card.
      const card = (await page.locator('#map .story-card').boundingBox())!;
      for (const lonLat of [
        [101.69, 3.14],
        [125.75, 39.03],
      ] as Array<[number, number]>) {
        const p = await pagePoint(page, '#map', lonLat);
        expect(p.x).toBeLessThan(card.x);
      }
      await page.locator('#map .story-previous').click();
      await expect
        .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('map.step')))
        .toBe('step-arrest');
      expect(await page.evaluate(() => new URL(location.href).searchParams.get('map.mode'))).toBe('story');
    } finally {
      await page.close();
    }
  });

  it('flies to a step when the reader allows motion (and jumps under reduced motion, as above)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
      await recordReadyEvents(page);
      await page.goto(site.url);
      await readyEvents(page, 1);
      await rendered(page, '#map');
      await page.locator('#map .story-switch').click();
      await expect.poll(async () => (await mapState(page, '#map')).step).toBe(story[0]!.id);
      await page.waitForFunction(() => {
        const el = document.querySelector('#map') as HTMLElement & { map: { isMoving(): boolean } };
        return !el.map.isMoving();
      });
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await mapState(page, '#map')).moving, { timeout: 2000 }).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('says so when a step does not exist, and stays where it is', async () => {
    const page = await open('/', '#map');
    try {
      await page.evaluate(() => {
        (document.querySelector('#map') as HTMLElement & { step: string }).step = 'no-such-step';
      });
      await expect
        .poll(() => page.locator('#map .message').first().textContent())
        .toMatch(/There is no step "no-such-step" in this story/);
      expect((await mapState(page, '#map')).year).toBe(2021);
    } finally {
      await page.close();
    }
  });
});
