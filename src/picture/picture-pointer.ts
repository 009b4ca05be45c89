import type { MapCamera } from '../controllers/camera';
import { type Camera, panCamera, type Size, zoomCameraAt } from '../geo/mercator';
import type { PickedDatum } from '../layers/types';
import type { PictureSource } from './picture-source';

/** How far from the pointer a feature still counts as under it, as the WebGL map's `pickingRadius`. */
const PICK_RADIUS = 6;
/** A press that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD = 4;
/** Zoom levels per pixel of wheel travel, close to MapLibre's wheel zoom. */
const WHEEL_ZOOM_RATE = 1 / 450;

export interface PicturePointerOptions {
  source: PictureSource;
  camera: Pick<MapCamera, 'choose'>;
  /** The map's box, whose corner the picture's pixels count from. */
  box(): HTMLElement | null;
  /** Where elements are looked up by position: the element's shadow root. */
  root(): DocumentOrShadowRoot;
  hover(picked: PickedDatum | null, x: number, y: number): void;
  click(picked: PickedDatum | null): void;
  /** The wheel zooms without a modifier key (`gestures="greedy"`); otherwise it scrolls the page. */
  greedy(): boolean;
  /** The picture must be drawn again (the camera moved). */
  redraw(): void;
}

/**
 * The static picture answers the reader as the WebGL map will: a hover shows the same tooltip, a click opens the
 * same details, both found in the layer specs the picture was drawn from; a drag or a wheel moves the picture, and
 * the WebGL map starts where the reader left it.
 */
export class PicturePointer {
  private press: { x: number; y: number; camera: Camera; size: Size; dragging: boolean } | undefined;
  private zoomFrame = 0;
  private wheelCamera: Camera | undefined;

  constructor(private readonly o: PicturePointerOptions) {}

  /** The feature under a point of the map's box, within the picking radius, nearest first. */
  pickAt(x: number, y: number): PickedDatum | null {
    const box = this.o.box()?.getBoundingClientRect();
    if (!box) return null;
    const dot = this.o.source.dotAt(x, y, { width: box.width, height: box.height });
    if (dot) return dot;
    const root = this.o.root();
    for (const r of [0, PICK_RADIUS / 2, PICK_RADIUS]) {
      const steps = r === 0 ? 1 : 8;
      for (let i = 0; i < steps; i++) {
        const a = (i / steps) * 2 * Math.PI;
        for (const shape of root.elementsFromPoint(
          box.left + x + r * Math.cos(a),
          box.top + y + r * Math.sin(a),
        )) {
          const picked = this.o.source.picked(shape);
          if (picked) return picked;
        }
      }
    }
    return null;
  }

  private local(event: PointerEvent | WheelEvent): [number, number] {
    const box = this.o.box()?.getBoundingClientRect();
    return box ? [event.clientX - box.left, event.clientY - box.top] : [0, 0];
  }

  private size(): Size {
    const box = this.o.box();
    return { width: box?.clientWidth ?? 0, height: box?.clientHeight ?? 0 };
  }

  readonly down = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const [x, y] = this.local(event);
    const size = this.size();
    this.press = { x, y, camera: this.o.source.camera(size), size, dragging: false };
    (event.currentTarget as Element | null)?.setPointerCapture?.(event.pointerId);
  };

  readonly move = (event: PointerEvent): void => {
    const [x, y] = this.local(event);
    const press = this.press;
    if (!press) {
      const picked = this.pickAt(x, y);
      const frame = event.currentTarget as HTMLElement | null;
      if (frame) frame.style.cursor = picked ? 'pointer' : '';
      this.o.hover(picked, x, y);
      return;
    }
    const dx = x - press.x;
    const dy = y - press.y;
    if (!press.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    press.dragging = true;
    this.o.hover(null, 0, 0);
    // The picture follows the pointer at once; it is drawn again through the new camera when the drag ends.
    const svg = (event.currentTarget as Element | null)?.querySelector<SVGElement>('svg');
    if (svg) svg.style.transform = `translate(${dx}px, ${dy}px)`;
  };

  readonly up = (event: PointerEvent): void => {
    const press = this.press;
    this.press = undefined;
    if (!press) return;
    const [x, y] = this.local(event);
    if (!press.dragging) {
      this.o.click(this.pickAt(x, y));
      return;
    }
    this.o.camera.choose(panCamera(press.camera, x - press.x, y - press.y));
    this.o.redraw();
  };

  readonly leave = (): void => {
    if (!this.press) this.o.hover(null, 0, 0);
  };

  /** The browser took the gesture (a touch that scrolls the page): the picture goes back to where it was. */
  readonly cancel = (event: PointerEvent): void => {
    this.press = undefined;
    const svg = (event.currentTarget as Element | null)?.querySelector<SVGElement>('svg');
    if (svg) svg.style.transform = '';
    this.o.hover(null, 0, 0);
  };

  readonly wheel = (event: WheelEvent): void => {
    if (!this.o.greedy() && !event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const size = this.size();
    const from = this.wheelCamera ?? this.o.source.camera(size);
    const point = this.local(event);
    this.wheelCamera = zoomCameraAt(from, size, point, from.zoom - event.deltaY * WHEEL_ZOOM_RATE);
    // One redraw a frame, however many wheel events arrive in it.
    if (this.zoomFrame) return;
    this.zoomFrame = requestAnimationFrame(() => {
      this.zoomFrame = 0;
      if (this.wheelCamera) this.o.camera.choose(this.wheelCamera);
      this.wheelCamera = undefined;
      this.o.redraw();
    });
  };

  /** The picture is gone (the WebGL map took over): a zoom still waiting for its frame is dropped. */
  stop(): void {
    cancelAnimationFrame(this.zoomFrame);
    this.zoomFrame = 0;
    this.press = undefined;
    this.wheelCamera = undefined;
  }
}
