/** Where an actor outside the view is marked on the map's edge, and which way the arrow points. */
export interface EdgeMarker {
  code: string;
  name: string;
  /** The point on the edge, in the map box's pixels. */
  x: number;
  y: number;
  side: 'left' | 'right' | 'top' | 'bottom';
  arrow: string;
}

export interface ScreenActor {
  code: string;
  name: string;
  x: number;
  y: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const arrows = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'];

/** The arrow nearest a screen direction (y down). */
export function arrowFor(dx: number, dy: number): string {
  const octant = Math.round(Math.atan2(dy, dx) / (Math.PI / 4));
  return arrows[(octant + 8) % 8]!;
}

/**
 * For each actor outside `view` (the part of the map that nothing covers), the point where the line from the focus
 * country leaves the view: the relation line and the arc to that actor run off the edge there, so the marker names
 * them where they end. When the focus itself is out of view, the actor is marked at the nearest point of the edge.
 */
export function edgeMarkers(
  view: Rect,
  focus: { x: number; y: number },
  actors: readonly ScreenActor[],
): EdgeMarker[] {
  const inside = (p: { x: number; y: number }) =>
    p.x >= view.left && p.x <= view.right && p.y >= view.top && p.y <= view.bottom;
  const out: EdgeMarker[] = [];
  for (const actor of actors) {
    if (inside(actor)) continue;
    let point: { x: number; y: number };
    if (inside(focus)) {
      // The segment focus → actor leaves the rectangle at the smallest t where it crosses one of its sides.
      const dx = actor.x - focus.x;
      const dy = actor.y - focus.y;
      const ts = [
        dx > 0 ? (view.right - focus.x) / dx : dx < 0 ? (view.left - focus.x) / dx : Number.POSITIVE_INFINITY,
        dy > 0 ? (view.bottom - focus.y) / dy : dy < 0 ? (view.top - focus.y) / dy : Number.POSITIVE_INFINITY,
      ];
      const t = Math.min(...ts);
      point = { x: focus.x + t * dx, y: focus.y + t * dy };
    } else {
      point = {
        x: Math.min(view.right, Math.max(view.left, actor.x)),
        y: Math.min(view.bottom, Math.max(view.top, actor.y)),
      };
    }
    const distances = {
      left: Math.abs(point.x - view.left),
      right: Math.abs(point.x - view.right),
      top: Math.abs(point.y - view.top),
      bottom: Math.abs(point.y - view.bottom),
    };
    const side = (Object.entries(distances) as Array<[EdgeMarker['side'], number]>).sort(
      (a, b) => a[1] - b[1],
    )[0]![0];
    out.push({
      code: actor.code,
      name: actor.name,
      x: point.x,
      y: point.y,
      side,
      arrow: arrowFor(actor.x - point.x, actor.y - point.y),
    });
  }
  return out;
}
