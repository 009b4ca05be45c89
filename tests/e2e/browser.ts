import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Route, type StaticServer, serveStatic } from '../../scripts/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../vitest.config';
import { rendered } from './page-helpers';

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

type EventLog = Array<{ type: string; detail: unknown; target: string }>;

/**
 * Records the `detail` and target of every event of these types that reaches `document`, from the page's start,
 * before any element can fire: call before `goto`. Calls add to one log.
 */
export async function recordEvents(page: Page, types: string[]): Promise<void> {
  await page.addInitScript((types: string[]) => {
    const w = window as unknown as { __events?: EventLog };
    w.__events ??= [];
    for (const type of types) {
      document.addEventListener(type, (event) =>
        w.__events?.push({
          type,
          detail: (event as CustomEvent).detail,
          target: (event.target as HTMLElement).id,
        }),
      );
    }
  }, types);
}

/** The events of a type recorded so far. */
export async function recordedEvents(
  page: Page,
  type: string,
): Promise<Array<{ detail: unknown; target: string }>> {
  return page.evaluate(
    (type) =>
      ((window as unknown as { __events?: EventLog }).__events ?? [])
        .filter((e) => e.type === type)
        .map(({ detail, target }) => ({ detail, target })),
    type,
  );
}

/** Records every `ready` event (see `recordEvents`); `readyEvents(page, n)` then waits for n of them. */
export const recordReadyEvents = (page: Page) => recordEvents(page, ['ready']);

/** Waits for the n-th `ready` event, and resolves with the details of all so far. */
export async function readyEvents(page: Page, count: number, timeoutMs = 50_000): Promise<unknown[]> {
  await page.waitForFunction(
    (n) =>
      ((window as unknown as { __events?: EventLog }).__events ?? []).filter((e) => e.type === 'ready')
        .length >= n,
    count,
    { timeout: timeoutMs },
  );
  return (await recordedEvents(page, 'ready')).map((e) => e.detail);
}

/** How `Site.open` opens a page. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Reduced motion (the default): the map jumps instead of flying, so a test reads the view at once. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Public events to record besides `ready` (read with `recordedEvents`). */
  events?: string[];
  /** Waits for the first `ready` (the default) … */
  ready?: boolean;
  /** … and for this element's `whenRendered()`. */
  rendered?: string;
}

/** A test file's site and browser, made once before its tests and closed after them (see `useSite`). */
export interface Site {
  /** The site's address: `dist/` served on loopback, with the file's own pages. */
  readonly url: string;
  readonly browser: Browser;
  /** Opens a page of the site (a path), recording `ready` and the events asked for, and waits as asked. */
  open(path: string, options?: OpenOptions): Promise<Page>;
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
    async open(path, options = {}) {
      const page = await this.browser.newPage({ viewport: options.viewport ?? { width: 1000, height: 700 } });
      await page.emulateMedia({
        reducedMotion: options.reducedMotion ?? 'reduce',
        colorScheme: options.colorScheme ?? 'light',
      });
      await recordEvents(page, ['ready', ...(options.events ?? [])]);
      await page.goto(`${this.url}${path}`);
      if (options.ready ?? true) await readyEvents(page, 1);
      if (options.rendered) await rendered(page, options.rendered);
      return page;
    },
    get browser() {
      if (!browser) throw new Error('useSite: the browser is launched only once the tests run');
      return browser;
    },
  };
}
