import { type Browser, chromium, type Page } from 'playwright-core';
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
