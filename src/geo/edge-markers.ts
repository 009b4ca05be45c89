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

/** One button or chip at the edge: one actor, or several whose markers would have touched, named together. */
export interface PlacedMarker {
  codes: string[];
  names: string[];
  /** What it reads: "United States →", "Vietnam, Singapore, Philippines ↓", "← Laos, Myanmar +2". */
  text: string;
  side: EdgeMarker['side'];
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Arrows pointing left go before the names; the others after them. */
const leadingArrows = new Set(['←', '↖', '↙']);
const sideArrows: Record<EdgeMarker['side'], string> = { right: '→', left: '←', top: '↑', bottom: '↓' };

export const markerText = (names: string, arrow: string) =>
  leadingArrows.has(arrow) ? `${arrow} ${names}` : `${names} ${arrow}`;

const grown = (r: Rect, by: number): Rect => ({
  left: r.left - by,
  top: r.top - by,
  right: r.right + by,
  bottom: r.bottom + by,
});
const meets = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxOf = (m: { left: number; top: number; width: number; height: number }): Rect => ({
  left: m.left,
  top: m.top,
  right: m.left + m.width,
  bottom: m.top + m.height,
});

/**
 * Puts the markers on the edge so that none touches another or what they must avoid (the focus capital's dot and
 * name): markers on one edge that would touch are merged into one ("Vietnam, Singapore, Philippines ↓"), and one
 * that would cover the focus capital slides along its edge, else off it inwards. `size` says how big a text is
 * drawn (the button's, or the chip's); a merged text too long for the view names the first and counts the rest.
 */
export function layOutEdgeMarkers(
  markers: readonly EdgeMarker[],
  view: Rect,
  size: (text: string) => { width: number; height: number },
  avoid: readonly Rect[] = [],
  gap = 4,
): PlacedMarker[] {
  const along = (m: EdgeMarker) => (m.side === 'left' || m.side === 'right' ? m.y : m.x);
  let groups = markers.map((m) => [m]);
  for (;;) {
    const placed = groups.map((g) => placeGroup(g, view, size, avoid, gap));
    const clash = firstClash(placed, gap);
    if (!clash || groups.length < 2) return placed;
    const [i, j] = clash;
    const merged = [...groups[i]!, ...groups[j]!];
    const side = groups[i]!.length >= groups[j]!.length ? groups[i]![0]!.side : groups[j]![0]!.side;
    merged.sort((a, b) => (a.side === side ? 0 : 1) - (b.side === side ? 0 : 1) || along(a) - along(b));
    groups = groups.filter((_, k) => k !== i && k !== j).concat([merged]);
  }
}

function firstClash(placed: readonly PlacedMarker[], gap: number): [number, number] | undefined {
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      if (meets(grown(boxOf(placed[i]!), gap / 2), grown(boxOf(placed[j]!), gap / 2))) return [i, j];
  return undefined;
}

function placeGroup(
  group: readonly EdgeMarker[],
  view: Rect,
  size: (text: string) => { width: number; height: number },
  avoid: readonly Rect[],
  gap: number,
): PlacedMarker {
  const first = group[0]!;
  const side = first.side;
  const arrow = group.every((m) => m.arrow === first.arrow) ? first.arrow : sideArrows[side];
  const names = group.map((m) => m.name);
  let text = markerText(names.join(', '), arrow);
  let box = size(text);
  // Too long for the view: the first names and a count of the others (the button's label names them all).
  for (let shown = names.length - 1; shown >= 1 && box.width > view.right - view.left - 2 * gap; shown--) {
    text = markerText(`${names.slice(0, shown).join(', ')} +${names.length - shown}`, arrow);
    box = size(text);
  }
  const { width: w, height: h } = box;
  // The group's point on its edge: the mean of where its lines leave the view.
  const x = group.reduce((sum, m) => sum + m.x, 0) / group.length;
  const y = group.reduce((sum, m) => sum + m.y, 0) / group.length;
  const clampX = (v: number) => Math.min(view.right - w, Math.max(view.left, v));
  const clampY = (v: number) => Math.min(view.bottom - h, Math.max(view.top, v));
  const left = clampX(side === 'right' ? x - w - 2 : side === 'left' ? x + 2 : x - w / 2);
  const top = clampY(side === 'bottom' ? y - h - 2 : side === 'top' ? y + 2 : y - h / 2);
  const free = (l: number, t: number) =>
    !avoid.some((a) => meets(grown(a, gap), boxOf({ left: l, top: t, width: w, height: h })));
  let spot = { left, top };
  if (!free(left, top)) {
    // Slide along the edge past what is in the way, else off the edge inwards (below or above, left or right).
    const vertical = side === 'left' || side === 'right';
    const along: Array<{ left: number; top: number }> = [];
    const inwards: Array<{ left: number; top: number }> = [];
    for (const a of avoid) {
      const slid = [
        { left, top: a.bottom + gap },
        { left, top: a.top - gap - h },
      ];
      const moved = [
        { left: a.right + gap, top },
        { left: a.left - gap - w, top },
      ];
      along.push(...(vertical ? slid : moved));
      inwards.push(...(vertical ? moved : slid));
    }
    const inView = (t: { left: number; top: number }) =>
      t.left >= view.left && t.left + w <= view.right && t.top >= view.top && t.top + h <= view.bottom;
    const distance = (t: { left: number; top: number }) => Math.hypot(t.left - left, t.top - top);
    const best = (tries: Array<{ left: number; top: number }>) =>
      tries.filter((t) => inView(t) && free(t.left, t.top)).sort((a, b) => distance(a) - distance(b))[0];
    spot = best(along) ?? best(inwards) ?? spot;
  }
  return { codes: group.map((m) => m.code), names, text, side, ...spot, width: w, height: h };
}
