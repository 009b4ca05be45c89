import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Route, type StaticServer, serveStatic } from '../../scripts/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../vitest.config';

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Records every `ready` event from the start of the page, before any element can fire: call before `goto`.
 * `readyEvents(page, n)` then resolves with the details of the first n.
 */
export async function recordReadyEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __readyDetails: unknown[] };
    w.__readyDetails = [];
    document.addEventListener('ready', (event) => w.__readyDetails.push((event as CustomEvent).detail));
  });
}

export async function readyEvents(page: Page, count: number, timeoutMs = 50_000): Promise<unknown[]> {
  await page.waitForFunction(
    (n) => (window as unknown as { __readyDetails: unknown[] }).__readyDetails.length >= n,
    count,
    { timeout: timeoutMs },
  );
  return page.evaluate(() => (window as unknown as { __readyDetails: unknown[] }).__readyDetails);
}

/** A test file's site and browser, made once before its tests and closed after them (see `useSite`). */
export interface Site {
  /** The site's address: `dist/` served on loopback, with the file's own pages. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * The set-up every end-to-end file shares: the production build served as a static host serves it (plus the pages
 * and routes the file adds), and one Chromium for the file's tests.
 */
export function useSite(options: { pages?: Record<string, Route>; browserArgs?: string[] } = {}): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic('dist', {}, options.pages ?? {});
    browser = await launch(options.browserArgs);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('useSite: the site is served only once the tests run');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('useSite: the browser is launched only once the tests run');
      return browser;
    },
  };
}
