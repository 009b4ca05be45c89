import type { Deck } from '@deck.gl/core';

/**
 * deck.gl's finalize() leaves its WebGL context alive (visgl/deck.gl#9264, #10355), and luma.gl's canvas context
 * keeps a matchMedia listener that holds the whole Deck, and with it the element, in memory. Measured on this
 * stack: without these two steps, 30 mount/unmount cycles gave 16 "Too many active WebGL contexts" warnings and a
 * growing heap. Both reach into private state (`device`, `canvasContext`); tests/browser/lifecycle.test.ts fails
 * if an upgrade renames them. Replace with a public API once deck.gl offers one.
 */
interface DeviceInternals {
  canvasContext?: { destroy(): void } | null;
  loseDevice?: () => boolean;
  destroy?: () => void;
}

export function deckDevice(deck: Deck | undefined): DeviceInternals | undefined {
  return (deck as unknown as { device?: DeviceInternals } | undefined)?.device ?? undefined;
}

/** Call after `overlay.finalize()`, with the Deck taken before it. */
export function releaseDeckDevice(deck: Deck | undefined): boolean {
  const device = deckDevice(deck);
  if (!device) return false;
  device.canvasContext?.destroy();
  device.loseDevice?.();
  device.destroy?.();
  return true;
}
