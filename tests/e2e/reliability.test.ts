import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../scripts/static-server';
import { basemapThemes } from '../../src/basemap/style';
import { TEARDOWN_DELAY_MS } from '../../src/controllers/map-lifecycle';
import { layerPalettes } from '../../src/layers/colors';
import { minimalDataset } from '../fixtures/minimal-dataset';
import { countHue, countNear, hexToRgb, type RGB } from '../pixels';
import { launch, readyEvents, recordEvents, recordedEvents, recordReadyEvents, useSite } from './browser';
import { elementPixels, rendered } from './page-helpers';

const json =
  (body: unknown, status = 200): Route =>
  (_req, res) => {
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(typeof body === 'string' ? body : JSON.stringify(body));
  };

let flakyCalls = 0;
const routes: Record<string, Route> = {
  '/data/not-json.json': json('{"id": "broken", '),
  '/data/wrong-shape.json': json({ hello: 'world' }),
  '/data/unknown-actor.json': json({
    ...minimalDataset(),
    flows: [{ ...minimalDataset().flows[0], to: 'XYZ' }],
  }),
  '/data/page.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Not a dataset</p>');
  },
  // Answers only after the element has given up.
  '/data/slow.json': (_req, res) => {
    setTimeout(() => json(minimalDataset())(_req, res), 4000);
  },
  '/data/huge.json': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) });
    res.write('[');
    setTimeout(() => res.destroy(), 200);
  },
  // Fails once, then serves a valid dataset: for the Retry button.
  '/data/flaky.json': (req, res) => {
    flakyCalls++;
    if (flakyCalls === 1) res.writeHead(503, { 'content-type': 'text/plain' }).end('try later');
    else json(minimalDataset())(req, res);
  },
  '/data/minimal.json': json(minimalDataset()),
};

const site = useSite({
  pages: routes,
  browserArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

/** A blank page of the built site with one map, the element's script loaded from the demo page's bundle. */
async function blankPage(attributes = '', beforeLoad?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
  await beforeLoad?.(page);
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await recordReadyEvents(page);
  await recordEvents(page, ['data-error', 'year-change']);
  const html = readFileSync('dist/index.html', 'utf8');
  // The demo page's entry (it imports the shared chunks the page also lists).
  const script = /<script type="module"[^>]*src="([^"]*\/main-[^"]+\.js)"/.exec(html)![1]!;
  await page.route(`${site.url}/blank.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body><script type="module" src="${script}"></script>
        <relations-map id="map" ${attributes} style="width: 900px; height: 600px"></relations-map></body></html>`,
    }),
  );
  await page.goto(`${site.url}/blank.html`);
  return page;
}

const messageText = (page: Page) =>
  page.evaluate(
    () => document.querySelector('#map')!.shadowRoot!.querySelector('.message.error')?.textContent ?? '',
  );

describe('bad datasets and failed loads', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['/data/not-json.json', '(the whole dataset)', /not valid JSON/],
    ['/data/wrong-shape.json', 'id', /is missing/],
    ['/data/unknown-actor.json', 'flows[0].to', /unknown actor code "XYZ"/],
    ['/data/page.html', '/data/page.html', /served as "text\/html", not JSON/],
    ['/data/missing.json', '/data/missing.json', /answered 404.*check the src address/],
    ['/data/slow.json', '/data/slow.json', /did not answer within 2 s/],
    ['/data/huge.json', '/data/huge.json', /more than the 64 MB a dataset may be/],
  ];

  it('shows a specific message and fires data-error for each, and keeps the dataset that was on screen', async () => {
    const page = await blankPage('load-timeout="2000"');
    await readyEvents(page, 1);
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    for (const [src, path, message] of cases) {
      const before = (await recordedEvents(page, 'data-error')).length;
      await page.evaluate((src) => document.querySelector('#map')!.setAttribute('src', src), src);
      await page.waitForFunction(
        (n) =>
          (window as unknown as { __events: Array<{ type: string }> }).__events.filter(
            (e) => e.type === 'data-error',
          ).length > n,
        before,
        { timeout: 15_000 },
      );
      const event = (await recordedEvents(page, 'data-error')).at(-1)!.detail as {
        source: string;
        problems: Array<{ path: string; message: string }>;
      };
      expect(event.source).toMatch(src.replace(/^\//, ''));
      const problem = event.problems.find((p) => p.path.endsWith(path));
      expect(problem, JSON.stringify(event.problems)).toBeDefined();
      expect(problem!.message).toMatch(message);
      const text = await messageText(page);
      expect(text).toMatch(message);
      expect(text).toMatch(/keeps showing the data it had before/);
      // The built-in dataset is still the one on screen.
      expect(
        await page.evaluate(
          () => (document.querySelector('#map') as HTMLElement & { data: { id: string } }).data.id,
        ),
      ).toBe('dprk-sea-2016-2021');
    }
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('offers a Retry that loads the dataset once the server recovers', async () => {
    const page = await blankPage('src="/data/flaky.json"');
    await page.locator('#map .message.error').waitFor();
    expect(await messageText(page)).toMatch(/answered 503/);
    await page.locator('#map .message.error button').click();
    await readyEvents(page, 1);
    expect(
      await page.evaluate(
        () => (document.querySelector('#map') as HTMLElement & { data: { id: string } }).data.id,
      ),
    ).toBe('tiny');
    expect(await page.locator('#map .message.error').count()).toBe(0);
    await page.close();
  });

  it('refuses a data property of the wrong shape and keeps the map', async () => {
    const page = await blankPage();
    await readyEvents(page, 1);
    await page.evaluate(() => {
      (document.querySelector('#map') as HTMLElement & { data: unknown }).data = { years: 'all of them' };
    });
    const event = (await recordedEvents(page, 'data-error')).at(-1)!.detail as {
      source: string;
      problems: unknown[];
    };
    expect(event.source).toBe('data');
    expect(JSON.stringify(event.problems)).toMatch(/years/);
    expect(
      await page.evaluate(() => (document.querySelector('#map') as HTMLElement & { year: number }).year),
    ).toBe(2021);
    await page.close();
  });
});

describe('hostile strings in a dataset', () => {
  it('shows every string as text and runs none of it', async () => {
    const page = await blankPage();
    await readyEvents(page, 1);
    const hostile = minimalDataset() as ReturnType<typeof minimalDataset> & Record<string, unknown>;
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    hostile.title = `Title ${payload}`;
    hostile.actors[1]!.name = `China ${payload}`;
    hostile.actors[1]!.capital.name = `Beijing"><svg onload="window.__pwned=3">`;
    hostile.events[0]!.description = `Met ${payload}`;
    hostile.sources[0]!.title = `Report ${payload}`;
    hostile.sources.push({
      id: 's2',
      title: 'Link',
      publisher: `<b onmouseover="window.__pwned=4">x</b>`,
      url: 'https://example.org/"><script>window.__pwned=5</script>',
    });
    hostile.relations[0]!.sources = ['s1', 's2'];
    await page.evaluate((data) => {
      (document.querySelector('#map') as HTMLElement & { data: unknown }).data = data;
    }, hostile);
    await readyEvents(page, 2);
    await page.evaluate(() => document.querySelector('#map')!.setAttribute('year', '2016'));
    await rendered(page, '#map');
    // Open every kind of details.
    for (const value of ['actor:CHN', 'event:e1', 'flow:f1', 'relation:r1']) {
      // As a reader does: the list fills in when it is reached.
      await page.locator('#map .picker select').focus();
      await page.locator('#map .picker select').selectOption(value);
      await page.locator('#map relations-details h2').waitFor();
    }
    // An invalid dataset whose bad values carry the payload, and a javascript: source address: refused, and the
    // error panel shows the payload as text too.
    await page.evaluate(
      ({ payload, valid }) => {
        const bad = {
          ...valid,
          id: payload,
          sources: [{ id: 's1', title: payload, publisher: 'x', url: 'javascript:window.__pwned=6' }],
        };
        (document.querySelector('#map') as HTMLElement & { data: unknown }).data = bad;
      },
      { payload, valid: hostile },
    );
    await page.locator('#map .message.error').waitFor();
    expect(await messageText(page)).toMatch(/sources\[0\]\.url: a source URL starts with http/);
    // Whatever the refused dataset could have injected would be in the element's next render and frame.
    await page.evaluate(async () => {
      await (document.querySelector('#map') as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
      await new Promise(requestAnimationFrame);
    });
    const report = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.tagName === 'IMG' || (el.tagName === 'SCRIPT' && el.textContent?.includes('__pwned')))
            found.push(el.tagName);
          for (const attr of el.getAttributeNames())
            if (attr.startsWith('on')) found.push(`${el.tagName}[${attr}]`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return { found, pwned: (window as unknown as { __pwned?: number }).__pwned ?? null };
    });
    expect(report).toEqual({ found: [], pwned: null });
    const detailsText = await page
      .locator('#map relations-details')
      .evaluate((el) => el.shadowRoot!.textContent ?? '');
    expect(detailsText).toContain('<b onmouseover');
    await page.close();
  });
});

describe('no WebGL', () => {
  it('shows a static picture and the table, says why, and still fires ready', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await noGl.newPage({ viewport: { width: 1000, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await recordReadyEvents(page);
      await page.goto(`${site.url}/`);
      expect(await readyEvents(page, 1)).toEqual([{ year: 2021, webgl: false }]);
      const note = page.locator('#map .fallback-note');
      expect(await note.textContent()).toMatch(/WebGL 2 is not available/);
      expect(await page.locator('#map .static-map path').count()).toBeGreaterThan(20);
      const rows = page.locator('#map table.data-table').first().locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(3);
      expect(await page.locator('#map table.data-table').first().textContent()).toMatch(/no reported figure/);
      // The picture really shows the arcs' colours.
      const shot = await elementPixels(page, '#map .static-map');
      expect(countHue(shot, layerPalettes.light.flow.imports.slice(0, 3) as RGB)).toBeGreaterThan(100);
      // The SVG picture is drawn from the data: a browser without WebGL can still download it.
      const svg = await page.evaluate(async () => {
        const el = document.querySelector('#map') as HTMLElement & {
          exportImage(o: { type: string }): Promise<Blob>;
        };
        const text = await (await el.exportImage({ type: 'image/svg+xml' })).text();
        return { start: text.slice(0, 4), arcs: (text.match(/data-layer="trade-arcs"/g) ?? []).length };
      });
      expect(svg).toEqual({ start: '<svg', arcs: 1 });
      // The year can still change, and the table follows.
      await page.locator('#map [role=slider]').focus();
      await page.keyboard.press('Home');
      await expect
        .poll(() => page.locator('#map table.data-table').first().textContent())
        .toMatch(/\$3\.42B/);
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe('the map code or basemap fails to download', () => {
  const fatalText = (page: Page) =>
    page.evaluate(
      () => document.querySelector('#map')!.shadowRoot!.querySelector('.message.fatal')?.textContent ?? '',
    );
  const waitForDataError = (page: Page) =>
    page.waitForFunction(
      () =>
        (window as unknown as { __events: Array<{ type: string }> }).__events.some(
          (e) => e.type === 'data-error',
        ),
      undefined,
      { timeout: 50_000 },
    );

  it('keeps the basemap and the controls, and says the layers could not be loaded, when deck.gl fails', async () => {
    const uncaught: string[] = [];
    const page = await blankPage('loading="eager"', async (p) => {
      p.on('pageerror', (e) => uncaught.push(e.message));
      await p.route('**/assets/deck-overlay-*.js', (route) => route.abort());
    });
    await waitForDataError(page);
    const event = (await recordedEvents(page, 'data-error'))[0]!.detail as {
      source: string;
      problems: Array<{ path: string; message: string }>;
    };
    expect(event.source).toBe('layers');
    expect(event.problems[0]!.message).toMatch(/^The map layers could not be loaded: /);
    expect(await fatalText(page)).toMatch(/The map layers could not be loaded/);
    // The basemap is still drawn: its ocean and land colours, in the map's own canvas.
    await page.waitForFunction(() =>
      (document.querySelector('#map') as HTMLElement & { map?: { loaded(): boolean } }).map?.loaded(),
    );
    const shot = await elementPixels(page, '#map .map');
    expect(countNear(shot, hexToRgb(basemapThemes.light.ocean), 4)).toBeGreaterThan(10_000);
    expect(countNear(shot, hexToRgb(basemapThemes.light.land), 4)).toBeGreaterThan(1_000);
    // The controls stay, and the data table still shows the figures.
    await page.locator('#map .view-switch').click();
    expect(await page.locator('#map table.data-table').first().textContent()).toMatch(/\$/);
    expect(await readyEvents(page, 0)).toEqual([]);
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('says the basemap could not be loaded when its file is missing', async () => {
    const uncaught: string[] = [];
    const page = await blankPage('loading="eager"', async (p) => {
      p.on('pageerror', (e) => uncaught.push(e.message));
      await p.route('**/assets/countries-story-*.json', (route) =>
        route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }),
      );
    });
    await waitForDataError(page);
    const event = (await recordedEvents(page, 'data-error'))[0]!.detail as {
      source: string;
      problems: Array<{ message: string }>;
    };
    expect(event.source).toBe('basemap');
    expect(event.problems[0]!.message).toMatch(/The basemap could not be loaded: .*answered 404/);
    expect(await fatalText(page)).toMatch(/The basemap could not be loaded: .*answered 404/);
    expect(uncaught).toEqual([]);
    await page.close();
  });
});

describe('WebGL context loss and lifecycle', () => {
  it('recovers from a lost context with its arcs, year and view', async () => {
    const page = await blankPage('year="2016" layers="trade"');
    await readyEvents(page, 1);
    await rendered(page, '#map');
    const before = await page.evaluate(() => {
      const el = document.querySelector('#map') as HTMLElement & { map: { getZoom(): number } };
      return el.map.getZoom();
    });
    for (const which of ['deck', 'map'] as const) {
      await page.evaluate(async (which) => {
        const el = document.querySelector('#map') as HTMLElement & {
          deck: { getCanvas(): HTMLCanvasElement };
          map: { getCanvas(): HTMLCanvasElement };
        };
        const canvas = which === 'deck' ? el.deck.getCanvas() : el.map.getCanvas();
        (window as unknown as { lostMap: unknown }).lostMap = el.map;
        const gl = canvas.getContext('webgl2')!;
        gl.getExtension('WEBGL_lose_context')!.loseContext();
      }, which);
      // The element answers with a new engine: a new map, once the old one has gone.
      await page.waitForFunction(() => {
        const el = document.querySelector('#map') as HTMLElement & { map?: unknown };
        return el.map && el.map !== (window as unknown as { lostMap: unknown }).lostMap;
      });
      await rendered(page, '#map');
      const shot = await elementPixels(page, '#map');
      expect(countHue(shot, layerPalettes.light.flow.imports.slice(0, 3) as RGB), which).toBeGreaterThan(300);
      const state = await page.evaluate(() => {
        const el = document.querySelector('#map') as HTMLElement & {
          year: number;
          layers: string;
          map: { getZoom(): number };
        };
        return {
          year: el.year,
          layers: el.layers,
          zoom: el.map.getZoom(),
          notice: el.shadowRoot!.querySelector('.notice')?.textContent ?? '',
        };
      });
      expect(state).toEqual({ year: 2016, layers: 'trade', zoom: before, notice: '' });
    }
    await page.close();
  });

  it('does not rebuild the map when the element moves within the page', async () => {
    const page = await blankPage();
    await readyEvents(page, 1);
    const same = await page.evaluate(async (delay) => {
      const el = document.querySelector('#map') as HTMLElement & { map: unknown };
      const map = el.map;
      const box = document.createElement('section');
      document.body.append(box);
      box.append(el);
      // Not a guess at how long anything takes: a timer of the same delay, set after the element's teardown timer,
      // runs after it (timers of equal delay run in the order they were set), so the teardown had its chance.
      await new Promise((r) => setTimeout(r, delay));
      return el.map === map && !!el.map;
    }, TEARDOWN_DELAY_MS);
    expect(same).toBe(true);
    await rendered(page, '#map');
    expect(await readyEvents(page, 1)).toHaveLength(1);
    await page.close();
  });

  // The 50-cycle, full-first-frame version of this measurement is in the bench (`npm run bench`). Here each cycle
  // waits only until the engine has started, with both WebGL contexts made (MapLibre's and deck.gl's), which is
  // what a leak would keep: 10 cycles make 20 contexts, past the browser's limit of 16 live ones.
  it('leaks no WebGL contexts and keeps the heap bounded over 10 mount/unmount cycles', async () => {
    const page = await blankPage();
    // The first map is needed only for its dataset: it goes before its engine has drawn.
    await page.waitForFunction(() => (document.querySelector('#map') as { data?: unknown } | null)?.data);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/too many active webgl contexts/i.test(m.text())) warnings.push(m.text());
    });
    const result = await page.evaluate(async (delay) => {
      const w = window as unknown as { gc(): void };
      const heap = () =>
        (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
      // A WeakRef's target is kept until the task that read it ends: a new task between the collections.
      const nextTask = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const devices = () => performance.getEntriesByName('relations-map:deck-device').length;
      const collect = async () => {
        w.gc();
        await nextTask();
        w.gc();
      };
      const heaps: Record<number, number> = {};
      const contexts = { made: 0, lost: 0 };
      const removed: Array<WeakRef<HTMLElement>> = [];
      const first = document.querySelector('#map') as HTMLElement & { data: unknown };
      // Each map takes the dataset as a property, so the cycles measure the engine, not the network.
      const dataset = first.data;
      first.remove();
      for (let cycle = 1; cycle <= 10; cycle++) {
        const devicesBefore = devices();
        const el = document.createElement('relations-map') as HTMLElement & { data: unknown };
        el.setAttribute('loading', 'eager');
        el.data = dataset;
        el.style.cssText = 'width: 320px; height: 240px';
        document.body.append(el);
        // The engine has started when deck.gl has made its device (the element marks it), after MapLibre's canvas.
        while (devices() === devicesBefore) await frame();
        const canvases = [...(el.shadowRoot?.querySelectorAll('canvas') ?? [])];
        const gls = canvases.map((c) => c.getContext('webgl2')).filter((gl) => gl !== null);
        contexts.made += gls.length;
        el.remove();
        removed.push(new WeakRef(el));
        // Past the deferred teardown: a timer of its delay, set after it, runs after it.
        await nextTask(delay);
        contexts.lost += gls.filter((gl) => gl.isContextLost()).length;
        if (cycle === 3 || cycle === 10) {
          await collect();
          heaps[cycle] = heap();
        }
      }
      // The last map or two may still be referenced by a pending frame or timer; none of the older ones may be. On a
      // busy machine frames and observers' callbacks come late: a leak stays, a late callback lets go once its frame
      // has run. Counted in frames, not milliseconds, so a slow machine gets as many chances as a fast one.
      // A MapLibre worker's late answer to a map that went mid-request also lets go once it arrives. Up to two
      // seconds of frames: a leak is never let go, so waiting longer hides nothing.
      const held = () =>
        removed
          .slice(0, -2)
          .map((ref, index) => (ref.deref() === undefined ? 0 : index + 1))
          .filter((cycle) => cycle > 0);
      let retained = held();
      for (let attempt = 0; attempt < 120 && retained.length > 0; attempt++) {
        await frame();
        await collect();
        retained = held();
      }
      return { heaps, contexts, retained };
    }, TEARDOWN_DELAY_MS);
    expect(warnings).toEqual([]);
    // Both contexts of every cycle were made, and the teardown released every one of them.
    expect(result.contexts.made).toBe(20);
    expect(result.contexts.lost).toBe(20);
    // Nothing (a listener, a deck.gl device, an observer) keeps a removed map in memory: the cycles still held.
    expect(result.retained).toEqual([]);
    const { heaps } = result;
    const mb = (n: number) => n / 1024 / 1024;
    console.log(
      `heap after cycles 3/10: ${[heaps[3]!, heaps[10]!].map((n) => mb(n).toFixed(1)).join(' / ')} MB`,
    );
    expect(heaps[10]!).toBeLessThan(heaps[3]! * 1.2 + 2 * 1024 * 1024);
    await page.close();
  }, 60_000);
});
