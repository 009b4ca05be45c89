import type { Deck } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpec } from '../layers/types';

/**
 * Above this many trade arcs, a pan moves the last picture of deck.gl's layers with the map and redraws them once
 * the map has stopped, as Leaflet's vector renderers do: with thousands of arcs, redrawing every frame of a pan
 * (in software WebGL, several times the basemap's own frame time) would make the map stutter. Zooming still
 * redraws every frame, since a picture cannot be scaled without blurring.
 */
export const MOVING_PICTURE_ARCS = 200;
/** How long after the last move of a pan deck.gl redraws its layers in place. */
export const REDRAW_AFTER_PAN_MS = 150;

/** What a moving picture needs of the engine: deck.gl's canvas and Deck, and its switch for holding frames back. */
export interface MovingPictureParts {
  canvas(): HTMLCanvasElement | null | undefined;
  deck(): Deck | undefined;
  /** Holds deck.gl's frames back while `frozen`, or lets them through. */
  gate(): void;
}

/** Pans of heavy layers move deck.gl's last picture with the map (see MOVING_PICTURE_ARCS). */
export class MovingPicture {
  /** deck.gl's canvas is moving with the map: deck.gl draws nothing meanwhile. */
  frozen = false;
  private heavy = false;
  /** The map's top-left corner when deck.gl last drew: where its picture belongs. */
  private drawnCorner: { lng: number; lat: number; zoom: number } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly parts: MovingPictureParts,
  ) {}

  /** Whether the layers are heavy enough for pans to move a picture. */
  layersChanged(specs: readonly LayerSpec[]): void {
    this.heavy = specs.some(
      (spec) =>
        spec.type === 'arc' && Array.isArray(spec.props.data) && spec.props.data.length > MOVING_PICTURE_ARCS,
    );
    if (!this.heavy) this.thaw();
  }

  /** deck.gl has drawn a frame: its picture belongs where the map's corner is now. */
  drawn(): void {
    if (this.frozen) return;
    const corner = this.map.unproject([0, 0]);
    this.drawnCorner = { lng: corner.lng, lat: corner.lat, zoom: this.map.getZoom() };
  }

  onMove = () => {
    if (!this.heavy || this.stopped) return;
    const deck = this.parts.deck();
    const canvas = this.parts.canvas();
    const drawn = this.drawnCorner;
    if (!deck || !canvas || !drawn) return;
    if (Math.abs(this.map.getZoom() - drawn.zoom) > 1e-9) {
      this.thaw();
      return;
    }
    if (!this.frozen) {
      this.frozen = true;
      this.parts.gate();
    }
    const p = this.map.project([drawn.lng, drawn.lat]);
    canvas.style.transform = `translate(${p.x}px, ${p.y}px)`;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.thaw, REDRAW_AFTER_PAN_MS);
  };

  /** Ends a moving picture: the canvas goes back in place and deck.gl draws the current view in the same frame. */
  thaw = () => {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.frozen) return;
    this.frozen = false;
    const canvas = this.parts.canvas();
    if (canvas) canvas.style.transform = '';
    const deck = this.parts.deck();
    if (!deck || this.stopped) return;
    this.parts.gate();
    deck.redraw('relations-map: pan ended');
  };

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
