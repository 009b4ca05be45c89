import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../scripts/static-server';
import { countDifferent } from '../pixels';
import { readyEvents, recordReadyEvents, useSite } from './browser';
import { deepActiveElement, demoPageWith, elementPixels, pagePoint, rendered } from './page-helpers';

const MAP = '#map';

/** The demo page with its map in a box of the given size (and more attributes), made from the built page. */
const boxPage =
  (style: string, attributes = ''): Route =>
  (_request, response) => {
    const html = demoPageWith(style, attributes);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };

const pages: Record<string, Route> = {
  '/box-600.html': boxPage('display:block;width:600px;height:450px'),
  '/no-controls.html': boxPage('display:block;width:600px;height:450px', 'no-controls'),
  '/box-640.html': boxPage('display:block;width:640px;height:480px'),
  '/box-390.html': boxPage('display:block;width:390px;height:500px'),
  '/box-360.html': boxPage('display:block;width:360px;height:640px'),
};

interface Size {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  touch: boolean;
  layout: 'narrow' | 'medium' | 'wide';
}
const sizes: Size[] = [
  {
    name: 'a phone, 390×844',
    path: '/',
    viewport: { width: 390, height: 844 },
    touch: true,
    layout: 'narrow',
  },
  {
    name: 'a 600×450 box',
    path: '/box-600.html',
    viewport: { width: 800, height: 700 },
    touch: false,
    layout: 'medium',
  },
  {
    name: 'a desktop, 1280×800',
    path: '/',
    viewport: { width: 1280, height: 800 },
    touch: false,
    layout: 'wide',
  },
];

const site = useSite({ pages });

async function open(
  size: Pick<Size, 'path' | 'viewport' | 'touch'>,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await site.browser.newContext({
    viewport: size.viewport,
    hasTouch: size.touch,
    isMobile: size.touch,
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  const page = await context.newPage();
  await recordReadyEvents(page);
  await page.goto(`${site.url}${size.path}`);
  await readyEvents(page, 1);
  await rendered(page, MAP);
  return { page, context };
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
const intersect = (a: Rect, b: Rect): Rect => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});
const overlap = (a: Rect, b: Rect) => area(intersect(a, b)) > 0.5;

/** The page boxes of elements in the map's shadow root that are shown, by selector. */
const boxes = (page: Page, selector: string) =>
  page.locator(MAP).evaluate((el, selector) => {
    return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  }, selector);

/** Every label on the map, as the box its text takes on the page. */
const labelBoxes = (page: Page) =>
  page.locator(MAP).evaluate((el) =>
    [...el.shadowRoot!.querySelectorAll('.map-labels text')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );

/** Each label's strength, by the capital's name (its text before a mark): 1 at full strength. */
const labelOpacities = (page: Page) =>
  page
    .locator(MAP)
    .evaluate((el) =>
      Object.fromEntries(
        [...el.shadowRoot!.querySelectorAll('.map-labels text')].map((t) => [
          (t.textContent ?? '').replace(/ [∅*]$/, ''),
          Number(t.getAttribute('fill-opacity') ?? '1'),
        ]),
      ),
    );

/** The story's steps about an event away from a capital: the place named beside its dot. */
const placeNames: Record<string, { name: string; at: [number, number] }> = {
  'step-tests-2016': { name: 'Punggye-ri nuclear test site', at: [129.0874, 41.2781] },
  'step-klia2': { name: 'Kuala Lumpur airport', at: [101.69806, 2.74333] },
  'step-arrest': { name: 'Federal Court', at: [101.69, 2.93] },
};

/** The sizes the labels are checked at, besides the three layouts: a 640×480 map, and a 390×500 one the page fixed. */
const labelSizes: Size[] = [
  ...sizes,
  {
    name: 'a 640×480 box',
    path: '/box-640.html',
    viewport: { width: 800, height: 700 },
    touch: false,
    layout: 'medium',
  },
  {
    name: 'a 390×500 box',
    path: '/box-390.html',
    viewport: { width: 500, height: 700 },
    touch: true,
    layout: 'narrow',
  },
  {
    name: 'a 360×640 box',
    path: '/box-360.html',
    viewport: { width: 500, height: 900 },
    touch: true,
    layout: 'narrow',
  },
];

/** A click (a tap on a phone) on Bangkok opens its details beside it, with Bangkok still in view and not under them. */
async function keepsChosenCapitalInView(page: Page, size: Size): Promise<void> {
  const bangkok: [number, number] = [100.53, 13.72];
  const p = await pagePoint(page, MAP, bangkok);
  if (size.touch) await page.touchscreen.tap(p.x, p.y);
  else await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.locator(`${MAP} relations-details h2`).textContent()).toBe('Thailand');
  await rendered(page, MAP);
  const [details] = await boxes(page, 'relations-details');
  const [canvas] = await boxes(page, '.maplibregl-canvas');
  const now = await pagePoint(page, MAP, bangkok);
  const dot = { left: now.x - 4, top: now.y - 4, right: now.x + 4, bottom: now.y + 4 };
  expect(overlap(dot, details!), 'under the details').toBe(false);
  // The details end above the key and the credits at the map's foot.
  const [credits] = await boxes(page, '.attribution');
  expect(overlap(details!, credits!), 'the credits under the details').toBe(false);
  expect(now.x).toBeGreaterThan(canvas!.left);
  expect(now.x).toBeLessThan(canvas!.right);
  // The tooltip gives way to the details.
  expect(await page.locator(`${MAP} .tooltip`).count()).toBe(0);

  // Pyongyang, at the top right where the details open: its dot and name clear of them, and closing them returns
  // the view they moved (in a column it was left panned, with Kuala Lumpur under the key).
  await page.keyboard.press('Escape');
  await rendered(page, MAP);
  const view = () =>
    page.locator(MAP).evaluate((el) => {
      const map = (
        el as HTMLElement & { map: { getCenter(): { lng: number; lat: number }; getZoom(): number } }
      ).map;
      return [map.getCenter().lng, map.getCenter().lat, map.getZoom()].map((v) => v.toFixed(2)).join();
    });
  const before = await view();
  const pyongyang: [number, number] = [125.75, 39.03];
  const q = await pagePoint(page, MAP, pyongyang);
  if (size.touch) await page.touchscreen.tap(q.x, q.y);
  else await page.mouse.click(q.x, q.y);
  await expect.poll(() => page.locator(`${MAP} relations-details h2`).textContent()).toMatch(/North Korea/);
  await rendered(page, MAP);
  const [panel] = await boxes(page, 'relations-details');
  const shown = await pagePoint(page, MAP, pyongyang);
  expect(
    overlap({ left: shown.x - 5, top: shown.y - 5, right: shown.x + 5, bottom: shown.y + 5 }, panel!),
  ).toBe(false);
  const name = (await labelBoxes(page)).find((l) => l.text.startsWith('Pyongyang'));
  expect(name, "Pyongyang's name").toBeDefined();
  expect(overlap(name!, panel!), "Pyongyang's name under the details").toBe(false);
  await page.keyboard.press('Escape');
  await rendered(page, MAP);
  await expect.poll(view).toBe(before);
}

describe('the layout follows the element’s own size', () => {
  for (const size of labelSizes) {
    // On the three layouts' own sizes, the same page then keeps a chosen capital in view beside its details.
    const chooses = sizes.includes(size);
    it(`on ${size.name}: ${size.layout}, controls over at most 15% of the map, the key in view, no label over another${chooses ? ', a chosen capital in view beside its details' : ''}`, async () => {
      const { page, context } = await open(size);
      try {
        expect(await page.getAttribute(MAP, 'layout')).toBe(size.layout);
        const [canvas] = await boxes(page, '.maplibregl-canvas');
        expect(canvas).toBeDefined();
        // What covers the map with nothing opened: the bar, the key, a panel over it, the zoom buttons, the credits,
        // the edge markers.
        const covering = await boxes(
          page,
          '.bar, .map-key, .controls, .maplibregl-ctrl-top-right, .attribution, .edge-marker',
        );
        const covered = covering.reduce((sum, r) => sum + area(intersect(r, canvas!)), 0);
        expect(covered / area(canvas!)).toBeLessThanOrEqual(0.15);
        // The key is visible, within the window.
        const [key] = await boxes(page, '.map-key');
        expect(key).toBeDefined();
        // An edge marker never lies over the zoom and reset buttons: a tap on one must not hit the other.
        const [buttons] = await boxes(page, '.maplibregl-ctrl-top-right');
        for (const marker of await boxes(page, '.edge-marker')) expect(overlap(marker, buttons!)).toBe(false);
        expect(key!.bottom).toBeLessThanOrEqual(size.viewport.height + (size.layout === 'narrow' ? 400 : 0));

        for (const year of [2016, 2017, 2021]) {
          await page.locator(MAP).evaluate((el, year) => {
            (el as HTMLElement & { year: number }).year = year;
          }, year);
          await rendered(page, MAP);
          const labels = await labelBoxes(page);
          // Every capital is named: on the map, or (no room at this size) in the key.
          const keyText = (await page.locator(`${MAP} .map-key`).textContent()) ?? '';
          // Only dots on the map are "dots without names here": Washington's never is.
          expect(keyText).not.toMatch(/Washington/);
          for (const capital of [
            'Pyongyang',
            'Beijing',
            'Kuala Lumpur',
            'Bangkok',
            'Jakarta',
            'Singapore',
            'Manila',
            'Hanoi',
          ])
            expect(
              labels.some((l) => l.text.startsWith(capital)) || keyText.includes(capital),
              `${capital} in ${year}`,
            ).toBe(true);
          expect(labels.length, `labels in ${year}`).toBeGreaterThanOrEqual(4);
          // The focus capital's name is never the one left out (at 360 px a marker once took its last place).
          expect(
            labels.some((l) => l.text.startsWith('Pyongyang')),
            `Pyongyang named in ${year}`,
          ).toBe(true);
          const obstacles = await boxes(page, '.bar, .stage-foot, .maplibregl-ctrl-top-right, .edge-marker');
          for (const a of labels) {
            expect(a.left, `${a.text} inside the map`).toBeGreaterThanOrEqual(canvas!.left - 1);
            expect(a.right, `${a.text} inside the map`).toBeLessThanOrEqual(canvas!.right + 1);
            for (const b of labels)
              if (a !== b) expect(overlap(a, b), `${a.text} / ${b.text} in ${year}`).toBe(false);
            for (const o of obstacles)
              expect(overlap(a, o), `${a.text} under a control in ${year}`).toBe(false);
          }
        }
        if (chooses) await keepsChosenCapitalInView(page, size);
      } finally {
        await context.close();
      }
    });
  }

  it('changes the year with one tap on a phone, and every control there is a finger’s size', async () => {
    const { page, context } = await open(sizes[0]!);
    try {
      // The layer toggles right under the years, the year's long caption after them: a toggle's effect is in sight.
      const [map] = await boxes(page, '.maplibregl-canvas');
      const [toggles] = await boxes(page, '.controls relations-layer-toggles');
      expect(toggles!.top - map!.bottom).toBeLessThan(300);
      expect(await page.locator(`${MAP} .controls .year-caption`).textContent()).toMatch(/Malaysia/);
      const stop = page.locator(`${MAP} .controls relations-year-slider .stop`).first();
      await stop.tap();
      await expect.poll(() => page.getAttribute(MAP, 'year')).toBe('2016');
      const small = await page.locator(MAP).evaluate((el) => {
        const out: string[] = [];
        const visit = (root: ParentNode) => {
          for (const e of root.querySelectorAll<HTMLElement>(
            'button, select, summary, label, a[href], input, .stop, [role=slider]',
          )) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            // A box inside its label is reached through the label, which is measured.
            if (e.matches('input[type=checkbox], input[type=radio]') && e.closest('label')) continue;
            // Links inside running text (the sources) are text, as WCAG's target-size exception has it.
            if (e.matches('a') && e.closest('p, li')) continue;
            if (Math.min(r.width, r.height) < 44)
              out.push(
                `${e.tagName} ${e.className} ${Math.round(r.width)}×${Math.round(r.height)} "${(e.textContent ?? '').trim().slice(0, 30)}"`,
              );
          }
          for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
        };
        // Everything the reader can touch: the panel, the map's zoom and reset buttons, its edge markers, the bar.
        visit(el.shadowRoot!);
        return out;
      });
      expect(small).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens details on a phone as a few lines, the rest one tap away under "More"', async () => {
    const { page, context } = await open(sizes[0]!);
    try {
      await page.locator(MAP).evaluate((el) => el.setAttribute('year', '2017'));
      await rendered(page, MAP);
      const kl = await pagePoint(page, MAP, [101.69, 3.14]);
      await page.touchscreen.tap(kl.x, kl.y);
      const details = page.locator(`${MAP} relations-details`);
      await expect.poll(() => details.locator('h2').textContent()).toBe('Malaysia');
      await rendered(page, MAP);
      const tops = () =>
        page.locator(MAP).evaluate((el) => {
          const root = el.shadowRoot!;
          const panel = root.querySelector('relations-details')!.getBoundingClientRect();
          const slider = root.querySelector('.controls relations-year-slider')!.getBoundingClientRect();
          const frame = root.querySelector('.frame')!.getBoundingClientRect();
          return { details: panel.height, slider: slider.top - frame.top };
        });
      const brief = await tops();
      // Kuala Lumpur's details were 2,600 px long, the year slider 3,300 px down the element.
      expect(brief.details).toBeLessThan(400);
      expect(brief.slider).toBeLessThan(1300);
      const text = (await details.locator('.panel').textContent()) ?? '';
      expect(text).toMatch(/downgraded relations/);
      expect(text).toMatch(/\$4\.89M/);
      // The rest: a 44-px summary to tap, then every section with its sources.
      const more = details.locator('details.more > summary');
      expect((await more.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      expect(await details.locator('details.more').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
        false,
      );
      await more.tap();
      await expect.poll(() => details.locator('details.more .sources').first().isVisible()).toBe(true);
      expect((await tops()).details).toBeGreaterThan(brief.details + 500);
    } finally {
      await context.close();
    }
  });

  it('keeps the whole map in view on a phone through the story, the next step always one tap away', async () => {
    const { page, context } = await open(sizes[0]!);
    try {
      await page.locator(`${MAP} .story-switch`).tap();
      await expect.poll(() => page.getAttribute(MAP, 'mode')).toBe('story');
      const count = await page
        .locator(MAP)
        .evaluate((el) => (el as HTMLElement & { data: { story: unknown[] } }).data.story.length);
      for (let step = 1; step < count; step++) {
        await rendered(page, MAP);
        const [canvas] = await boxes(page, '.maplibregl-canvas');
        const [next] = await boxes(page, '.story-next');
        // Pyongyang at the map's top was scrolled away in steps 5 and 10.
        expect(canvas!.top, `the map's top in step ${step}`).toBeGreaterThanOrEqual(-1);
        expect(canvas!.bottom, `the map's foot in step ${step}`).toBeLessThanOrEqual(844 + 1);
        expect(next!.bottom, `Next in step ${step}`).toBeLessThanOrEqual(844);
        const before = await page.getAttribute(MAP, 'step');
        await page.touchscreen.tap((next!.left + next!.right) / 2, (next!.top + next!.bottom) / 2);
        await expect.poll(() => page.getAttribute(MAP, 'step')).not.toBe(before);
      }
    } finally {
      await context.close();
    }
  });

  it('opens and closes the drawer of a medium map from the keyboard, focus going there and back', async () => {
    const { page, context } = await open(sizes[1]!);
    try {
      expect(await page.locator(`${MAP} .controls`).isVisible()).toBe(false);
      await page.locator(`${MAP} .bar .panel-open`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`${MAP} .controls`).isVisible()).toBe(true);
      expect((await deepActiveElement(page)).text).toMatch(/Close/);
      expect(await page.locator(`${MAP} .controls`).getAttribute('part')).toBe('controls drawer');
      // The year still changes with one key in the drawer, and Escape closes it.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(`${MAP} .controls`).isVisible()).toBe(false);
      expect((await deepActiveElement(page)).text).toBe('Layers and more');
      // The year with one key from the bar.
      await page.locator(`${MAP} .bar [role=slider]`).focus();
      await page.keyboard.press('Home');
      await expect.poll(() => page.getAttribute(MAP, 'year')).toBe('2016');
    } finally {
      await context.close();
    }
  });

  it('says the year in words when the reader changes it, from the data', async () => {
    const { page, context } = await open(sizes[2]!);
    try {
      await page.locator(`${MAP} .controls [role=slider]`).focus();
      await page.keyboard.press('Home');
      await expect
        .poll(() => page.locator(`${MAP} [aria-live]`).textContent())
        .toMatch(
          /2016: Friends\. In 2016, North Korea and Malaysia had full relations\. In 2016, North Korea's largest recorded trading partner was China \(\$[\d.]+B, KOTRA\)\./,
        );
    } finally {
      await context.close();
    }
  });

  it('folds the wide panel to the year bar and back', async () => {
    const { page, context } = await open(sizes[2]!);
    try {
      const [before] = await boxes(page, '.maplibregl-canvas');
      await page.locator(`${MAP} .panel-fold`).click();
      await expect.poll(() => page.locator(`${MAP} .bar`).isVisible()).toBe(true);
      const [after] = await boxes(page, '.maplibregl-canvas');
      // The map takes the room the panel had.
      expect(after!.right - after!.left).toBeGreaterThan(before!.right - before!.left + 200);
      // The panel's legend is folded away with it: the arcs' widths and the countries' shading are in the map's key.
      const widths = page.locator(`${MAP} .map-key .widths`);
      expect(await widths.isVisible()).toBe(true);
      expect(await widths.textContent()).toMatch(/^\$[\d.]+B.*up to \$/);
      expect(await page.locator(`${MAP} .map-key`).textContent()).toMatch(
        /North Korea \(DPRK\), shaded.*Other countries in the data/,
      );
      await page.locator(`${MAP} .bar .panel-open`).click();
      await expect.poll(() => page.locator(`${MAP} .controls`).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('what is out of view, and what details cover', () => {
  for (const size of sizes)
    it(`keeps the edge markers apart, off every label and the focus capital in every story step, on ${size.name}`, async () => {
      const { page, context } = await open(size);
      try {
        const steps = await page
          .locator(MAP)
          .evaluate((el) =>
            (el as HTMLElement & { data: { story: { id: string }[] } }).data.story.map((s) => s.id),
          );
        expect(steps.length).toBeGreaterThan(5);
        let merged = 0;
        for (const step of steps) {
          await page.locator(MAP).evaluate((el, step) => {
            el.setAttribute('mode', 'story');
            el.setAttribute('step', step);
          }, step);
          await rendered(page, MAP);
          const markers = await boxes(page, '.edge-marker');
          const labels = await labelBoxes(page);
          // Where Pyongyang's dot is on the map, its name is too.
          const [canvas] = await boxes(page, '.maplibregl-canvas');
          const p = await pagePoint(page, MAP, [125.75, 39.03]);
          if (p.x > canvas!.left && p.x < canvas!.right && p.y > canvas!.top && p.y < canvas!.bottom)
            expect(
              labels.some((l) => l.text.startsWith('Pyongyang')),
              `Pyongyang named in ${step}`,
            ).toBe(true);
          // A step about an event names its place beside its dot, unless a capital's label names it already.
          const place = placeNames[step];
          if (place) {
            const named = labels.find((l) => l.text === place.name);
            expect(named, `${place.name} named in ${step}`).toBeDefined();
            const at = await pagePoint(page, MAP, place.at);
            const gap = Math.max(
              named!.left - at.x,
              at.x - named!.right,
              named!.top - at.y,
              at.y - named!.bottom,
            );
            expect(gap, `${place.name} beside its dot`).toBeLessThan(40);
          }
          // A marker names a country that is off the map: while China's land fills a corner, it points at Beijing.
          const markerTexts = await page.locator(`${MAP} .edge-marker`).allTextContents();
          if (step === 'step-tests-2016') {
            expect(markerTexts.join(' | ')).not.toMatch(/China/);
            expect(markerTexts.join(' | ')).toMatch(/Beijing/);
          }
          // A step about several countries lets each stand out: their names at full strength, the others faded.
          if (step === 'step-neighbours') {
            const strength = await labelOpacities(page);
            for (const name of ['Singapore', 'Manila', 'Hanoi'])
              expect(strength[name], `${name} stands out`).toBeGreaterThan(0.9);
            expect(strength.Bangkok, 'Bangkok fades').toBeLessThan(0.5);
          }
          for (const [i, a] of markers.entries()) {
            for (const b of markers.slice(i + 1))
              expect(overlap(a, b), `two markers touch in ${step}`).toBe(false);
            for (const l of labels) expect(overlap(a, l), `a marker over ${l.text} in ${step}`).toBe(false);
          }
          merged += (await page.locator(`${MAP} .edge-marker[data-code*=' ']`).count()) > 0 ? 1 : 0;
        }
        // Somewhere in the story markers met and were named together, each still one button to reach.
        if (size.layout === 'narrow') expect(merged).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });

  it('keeps the edge markers true while the camera flies to the next step on a phone, not a step behind', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'no-preference',
    });
    try {
      const page = await context.newPage();
      await recordReadyEvents(page);
      await page.goto(`${site.url}/`);
      await readyEvents(page, 1);
      await page.locator(MAP).evaluate((el) => {
        el.setAttribute('mode', 'story');
        el.setAttribute('step', 'step-tests-2016');
      });
      await rendered(page, MAP);
      // Frame by frame through the flight from Punggye-ri to Kuala Lumpur's airport: a marker that names a country
      // whose capital is well inside the map is a step behind.
      const frames = await page.locator(MAP).evaluate(async (el) => {
        type Map = {
          isMoving(): boolean;
          project(p: [number, number]): { x: number; y: number };
          getCanvas(): HTMLCanvasElement;
        };
        const host = el as HTMLElement & {
          map: Map;
          data: { actors: { code: string; capital: { lon: number; lat: number } }[] };
        };
        const map = host.map;
        el.setAttribute('step', 'step-klia2');
        const seen: { moving: boolean; stale: string[] }[] = [];
        const start = performance.now();
        while (performance.now() - start < 4000) {
          await new Promise((r) => requestAnimationFrame(r));
          const canvas = map.getCanvas();
          const inside = new Set(
            host.data.actors
              .filter((a) => {
                const p = map.project([a.capital.lon, a.capital.lat]);
                return (
                  p.x > 40 && p.y > 40 && p.x < canvas.clientWidth - 40 && p.y < canvas.clientHeight - 40
                );
              })
              .map((a) => a.code),
          );
          const named = [...el.shadowRoot!.querySelectorAll('.edge-marker')].flatMap((b) =>
            (b.getAttribute('data-code') ?? '').split(' '),
          );
          seen.push({ moving: map.isMoving(), stale: named.filter((c) => inside.has(c)) });
        }
        return seen;
      });
      const flying = frames.filter((f) => f.moving);
      expect(flying.length).toBeGreaterThan(10);
      // A frame or two behind at most, as the markers follow the camera on the next frame.
      expect(flying.filter((f) => f.stale.length > 0).length).toBeLessThanOrEqual(3);
      expect(frames.at(-1)!.stale).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('names the United States at the edge of the default view, and brings it into view on Enter', async () => {
    const { page, context } = await open(sizes[2]!);
    try {
      const marker = page.locator(`${MAP} .edge-marker[data-code=USA]`);
      await expect.poll(() => marker.isVisible()).toBe(true);
      expect(await marker.textContent()).toBe('United States →');
      expect(await marker.getAttribute('aria-label')).toBe('United States, out of view: show it');
      // Opaque and over the line it names: the same pixels with the line drawn as without it (not struck through).
      const chip = `${MAP} .edge-marker[data-code=USA]`;
      const withLine = await elementPixels(page, chip);
      await page.locator(MAP).evaluate((el) => el.setAttribute('layers', ''));
      await rendered(page, MAP);
      const without = await elementPixels(page, chip);
      expect(countDifferent(withLine, without)).toBeLessThan(10);
      await page.locator(MAP).evaluate((el) => el.removeAttribute('layers'));
      await rendered(page, MAP);
      await marker.focus();
      await page.keyboard.press('Enter');
      await rendered(page, MAP);
      const [canvas] = await boxes(page, '.maplibregl-canvas');
      const washington = await pagePoint(page, MAP, [-77.04 + 360, 38.9]);
      expect(washington.x).toBeGreaterThan(canvas!.left);
      expect(washington.x).toBeLessThan(canvas!.right);
      await expect.poll(() => marker.count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('keeps the key on a map with no-controls', async () => {
    const { page, context } = await open({
      path: '/no-controls.html',
      viewport: { width: 800, height: 700 },
      touch: false,
    });
    try {
      const [key] = await boxes(page, '.map-key');
      expect(key).toBeDefined();
      expect(await page.locator(`${MAP} .map-key li`).count()).toBeGreaterThanOrEqual(3);
    } finally {
      await context.close();
    }
  });
});
