import { page } from 'vitest/browser';
import '../../src/index';
import type { RelationsMap } from '../../src/components/relations-map';

export * from '../pixels';

export interface Mounted {
  el: RelationsMap;
  ready: Promise<CustomEvent>;
}

/** Mounts a map of a fixed size with the given attributes; `ready` resolves on its first `ready` event. */
export function mountMap(
  attributes: Record<string, string> = {},
  size = { width: 800, height: 520 },
): Mounted {
  const el = document.createElement('relations-map');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  const ready = nextEvent(el, 'ready');
  document.body.append(el);
  return { el, ready };
}

export function nextEvent(target: EventTarget, type: string, timeoutMs = 50_000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent);
      },
      { once: true },
    );
  });
}

export function removeAll(): void {
  for (const el of document.querySelectorAll('relations-map')) el.remove();
}

/** What a person sees: a real screenshot of the element, decoded to pixels. */
export async function screenshotPixels(el: Element): Promise<ImageData> {
  const base64 = await page.screenshot({ element: el, save: false });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return imagePixels(new Blob([bytes], { type: 'image/png' }));
}

/** An encoded image (a screenshot, an exported PNG) decoded to pixels. */
export async function imagePixels(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}
