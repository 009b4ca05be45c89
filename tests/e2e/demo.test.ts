import { describe, expect, it } from 'vitest';
import { readyEvents, recordReadyEvents, useSite } from './browser';

const site = useSite();

describe('the demo page (production build)', () => {
  it('draws the map with no request leaving the origin and no console errors', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await recordReadyEvents(page);
    await page.goto(`${site.url}/`);
    expect(await readyEvents(page, 1)).toEqual([{ year: 2021, webgl: true }]);

    const origin = new URL(site.url).origin;
    const external = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(external).toEqual([]);
    // The page really loaded the worker, the dataset and the basemap from its own origin.
    expect(requests.some((url) => url.includes('maplibre-gl-worker'))).toBe(true);
    expect(requests.some((url) => /dprk-relations.*\.json/.test(url))).toBe(true);
    expect(requests.some((url) => /countries-story.*\.json/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
