/**
 * The README's and the guide's pictures of the element, from the production build (`npm run build` first): the demo
 * on a desktop, and one map at each layout's size (the panel beside it, a 600-px column, a phone). Run with
 * `npm run screenshots` after a change to what the element shows, so the pictures stay true.
 */
import type { Page } from 'playwright-core';
import { launch, readyEvents, recordReadyEvents } from '../tests/e2e/browser';
import { rendered } from '../tests/e2e/page-helpers';
import { serveStatic } from './static-server';

interface Shot {
  file: string;
  viewport: { width: number; height: number };
  phone?: boolean;
  /** The demo page's map in a box of this CSS, instead of the page as it is. */
  box?: string;
  /** Only the element, not the whole page. */
  element?: boolean;
  /** Attributes set on the demo's map once it is ready (a mode, a step), and what to wait for after. */
  attributes?: Record<string, string>;
  waitFor?: string;
}

const shots: Shot[] = [
  { file: 'docs/screenshot.png', viewport: { width: 1100, height: 750 } },
  { file: 'docs/layout-wide.png', viewport: { width: 1280, height: 800 }, element: true },
  {
    file: 'docs/layout-medium.png',
    viewport: { width: 700, height: 600 },
    box: 'width:600px;height:450px',
    element: true,
  },
  { file: 'docs/layout-narrow.png', viewport: { width: 390, height: 844 }, phone: true },
  {
    file: 'docs/compare-view.png',
    viewport: { width: 1280, height: 900 },
    element: true,
    box: 'height:860px',
    attributes: { mode: 'compare', compare: '2016 2021' },
    waitFor: '#map .compare-view .multiples svg >> nth=2',
  },
  {
    file: 'docs/compare-story.png',
    viewport: { width: 1280, height: 800 },
    element: true,
    attributes: { mode: 'story', step: 'step-change' },
    waitFor: '#map .map-labels [data-layer="change-labels"] text >> nth=0',
  },
];

const server = await serveStatic('dist', {}, {});
const browser = await launch();
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      isMobile: !!shot.phone,
      hasTouch: !!shot.phone,
      reducedMotion: 'reduce',
      colorScheme: 'light',
    });
    const page: Page = await context.newPage();
    await recordReadyEvents(page);
    await page.goto(`${server.url}/`);
    await readyEvents(page, 1);
    if (shot.box) {
      await page
        .locator('#map')
        .evaluate((el, box) => el.setAttribute('style', `display:block;${box}`), shot.box);
    }
    if (shot.attributes) {
      await page.locator('#map').evaluate((el, attributes) => {
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      }, shot.attributes);
    }
    await rendered(page, '#map');
    if (shot.waitFor) await page.locator(shot.waitFor).waitFor();
    if (shot.element) await page.locator('#map').screenshot({ path: shot.file });
    else await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
