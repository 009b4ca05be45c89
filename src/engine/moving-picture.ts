/**
 * Above this many trade arcs, a pan moves the last picture of deck.gl's layers with the map and redraws them once
 * the map has stopped, as Leaflet's vector renderers do: with thousands of arcs, redrawing every frame of a pan
 * (in software WebGL, several times the basemap's own frame time) would make the map stutter. Zooming still
 * redraws every frame, since a picture cannot be scaled without blurring.
 */
export const MOVING_PICTURE_ARCS = 200;
/** How long after the last move of a pan deck.gl redraws its layers in place. */
export const REDRAW_AFTER_PAN_MS = 150;
