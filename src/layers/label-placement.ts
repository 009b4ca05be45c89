/** A rectangle in the map's pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** An obstacle that gives way to a label that is never left out (an edge marker, which then moves off it). */
  yields?: boolean;
}

/** A label to place beside its dot: where the dot is, how big the text is, and how much it matters. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The dot's radius: the label keeps clear of it. */
  radius: number;
  /** Higher first: the focus country, then partners with figures. */
  priority: number;
  /** Never left out (the focus country's): it goes over what yields, or over anything, rather than nowhere. */
  keep?: boolean;
}

/** Where a label went: a TextLayer-style anchor, baseline and pixel offset (y down), and the box it takes. */
export interface Placement {
  anchor: 'start' | 'middle' | 'end';
  baseline: 'top' | 'center' | 'bottom';
  offset: [number, number];
  box: Box;
}

const GAP = 3;

/** The positions tried around a dot, best first: right, left, below, above, then the corners. */
function candidates(l: LabelRequest): Placement[] {
  const d = l.radius + GAP;
  const c = l.radius;
  const { x, y, width: w, height: h } = l;
  const at = (
    anchor: Placement['anchor'],
    baseline: Placement['baseline'],
    offset: [number, number],
  ): Placement => {
    const ox = x + offset[0];
    const oy = y + offset[1];
    const left = anchor === 'start' ? ox : anchor === 'end' ? ox - w : ox - w / 2;
    const top = baseline === 'top' ? oy : baseline === 'bottom' ? oy - h : oy - h / 2;
    return { anchor, baseline, offset, box: { left, top, right: left + w, bottom: top + h } };
  };
  return [
    at('start', 'center', [d, 0]),
    at('end', 'center', [-d, 0]),
    at('middle', 'top', [0, d]),
    at('middle', 'bottom', [0, -d]),
    at('start', 'top', [c, c]),
    at('start', 'bottom', [c, -c]),
    at('end', 'top', [-c, c]),
    at('end', 'bottom', [-c, -c]),
  ];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const within = (a: Box, b: Box) =>
  a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/**
 * Places labels greedily by priority, each at the first position around its dot that stays inside `bounds` and
 * clear of the labels already placed, of every dot and of the obstacles (the panels, the bar, the key), and if it
 * can, of the soft obstacles. A label that fits nowhere is left out (null): its name is still in the tooltip, the
 * details and the table; one to `keep` never is.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  /** Better avoided, not forbidden (the events' dots): a label goes over one only where nothing else is left. */
  soft: readonly Box[] = [],
): Map<string, Placement | null> {
  const dots: Box[] = labels.map((l) => ({
    left: l.x - l.radius,
    top: l.y - l.radius,
    right: l.x + l.radius,
    bottom: l.y + l.radius,
  }));
  const taken: Box[] = [...obstacles, ...dots];
  const out = new Map<string, Placement | null>();
  for (const label of [...labels].sort((a, b) => b.priority - a.priority)) {
    const around = candidates(label).filter((p) => within(p.box, bounds));
    const clear = (p: Placement, boxes: readonly Box[]) => !boxes.some((t) => overlaps(p.box, t));
    const fits = around.filter((p) => clear(p, taken));
    let place = fits.find((p) => clear(p, soft)) ?? fits[0];
    if (!place && label.keep) {
      // Over a marker (which moves off it), else where it covers the fewest obstacles: never nowhere.
      const hard = taken.filter((t) => !t.yields);
      const count = (p: Placement) => hard.filter((t) => overlaps(p.box, t)).length;
      place = [...around].sort((a, b) => count(a) - count(b))[0];
    }
    out.set(label.id, place ?? null);
    if (place) taken.push(place.box);
  }
  return out;
}
