/**
 * deck.gl's finalize() leaves its WebGL context alive (visgl/deck.gl#9264, #10355), and luma.gl's canvas context
 * keeps a matchMedia listener that holds the whole Deck, and with it the element, in memory. Measured on this
 * stack: without these steps, 30 mount/unmount cycles gave 16 "Too many active WebGL contexts" warnings and a
 * growing heap. The device is the one deck.gl hands `onDeviceInitialized`; all three calls are luma.gl's public
 * API. tests/e2e/reliability.test.ts counts the contexts lost after removal and fails if this stops working.
 */
export interface ReleasableDevice {
  canvasContext: { destroy(): void } | null;
  loseDevice(): boolean;
  destroy(): void;
}

/** Call after the overlay's `finalize()`. */
export function releaseDeckDevice(device: ReleasableDevice | undefined): boolean {
  if (!device) return false;
  device.canvasContext?.destroy();
  device.loseDevice();
  device.destroy();
  return true;
}
