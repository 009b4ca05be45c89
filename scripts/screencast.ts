import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** The full relations' green: 2021's arcs, in the first frame and in the WebGL map alike. */
export const STORY_GREEN = [21, 128, 61];
/** Pixels of that green (every other pixel counted) that make the arcs "on screen": the key's swatch is fewer. */
export const ARC_PIXELS = 150;

/** Pixels of the story's green in a PNG (within a hue-like tolerance), counted every other pixel. */
export function greenPixels(png: Buffer): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 8) {
    if (
      Math.abs(image.data[i]! - STORY_GREEN[0]!) < 40 &&
      Math.abs(image.data[i + 1]! - STORY_GREEN[1]!) < 40 &&
      Math.abs(image.data[i + 2]! - STORY_GREEN[2]!) < 40
    )
      count++;
  }
  return count;
}

/** A page's own frames as it paints them (a screencast, not an event): each frame's time (ms since the epoch), PNG. */
export async function screencast(
  page: Page,
  onFrame: (frame: { at: number; data: string }) => void,
): Promise<{ stop(): Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  session.on('Page.screencastFrame', (frame) => {
    onFrame({ at: (frame.metadata.timestamp ?? 0) * 1000, data: frame.data });
    void session.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
  });
  await session.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  return { stop: () => session.send('Page.stopScreencast').then(() => {}) };
}
