import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { Pixels } from '../pixels';

/** A screenshot of one element, decoded to pixels. */
export async function elementPixels(page: Page, selector: string): Promise<Pixels> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return { data: png.data, width: png.width, height: png.height };
}

/** Where a longitude/latitude is on the page, through the map's own projection. */
export async function pagePoint(
  page: Page,
  selector: string,
  lonLat: [number, number],
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, lonLat }) => {
      const el = document.querySelector(selector) as HTMLElement & {
        map: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement };
      };
      const point = el.map.project(lonLat);
      const box = el.map.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    { selector, lonLat },
  );
}

/** Waits until the map has drawn its current state (basemap idle, deck.gl layers drawn). */
export async function rendered(page: Page, selector: string): Promise<void> {
  await page.evaluate(async (selector) => {
    const el = document.querySelector(selector) as HTMLElement & { whenRendered(): Promise<void> };
    await el.whenRendered();
  }, selector);
}

/** The element that has focus, looking through shadow roots, with its name and whether a focus ring shows. */
export async function deepActiveElement(
  page: Page,
): Promise<{ tag: string; role: string | null; text: string; label: string; ring: boolean }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const style = active ? getComputedStyle(active) : undefined;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      role: active?.getAttribute('role') ?? null,
      text: (active?.textContent ?? '').trim().slice(0, 80),
      label: active?.getAttribute('aria-label') ?? '',
      ring: !!style && (style.outlineStyle !== 'none' || style.boxShadow !== 'none'),
    };
  });
}

/**
 * The built demo page with its map's tag replaced by one with this style and these attributes. Throws when the page
 * has no such tag: a page that no longer matched would quietly test the demo instead.
 */
export function demoPageWith(style: string, attributes: string): string {
  const page = readFileSync('dist/index.html', 'utf8');
  const tag = /<relations-map id="map"[^>]*>/;
  if (!tag.test(page)) throw new Error('the demo page has no <relations-map id="map">');
  return page.replace(tag, `<relations-map id="map" style="${style}" ${attributes}>`);
}

/** Everything the element says: its text, and the names its controls and pictures give to screen readers. */
export const everythingSaid = (p: Page, selector: string) =>
  p.locator(selector).evaluate((el) => {
    const out: string[] = [];
    const walk = (root: Node) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
        if (node instanceof Element) {
          for (const name of ['aria-label', 'title', 'alt', 'aria-description'])
            if (node.hasAttribute(name)) out.push(node.getAttribute(name)!);
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(el.shadowRoot!);
    return out.join(' ').replace(/\s+/g, ' ');
  });
