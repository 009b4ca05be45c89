import type { Dataset } from '../data/schema';

/** Where the map looks: the story's framing, the page's `center`/`zoom`, and the room left for the panels. */

export type LonLatPair = [number, number];
export interface MapView {
  center: LonLatPair;
  zoom: number;
}
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The dataset's own framing, its first view and the reset button's: the box it gives (`view.bounds`), else all its
 * actors' capitals with a margin; before a dataset is in, the built-in story's.
 */
export function datasetBounds(dataset: Dataset | undefined): [LonLatPair, LonLatPair] {
  if (!dataset) return STORY_BOUNDS;
  const box = dataset.view?.bounds;
  if (box)
    return [
      [box[0], box[1]],
      [box[2], box[3]],
    ];
  const lons = dataset.actors.map((a) => a.capital.lon);
  const lats = dataset.actors.map((a) => a.capital.lat);
  const margin = (lo: number, hi: number) => Math.max(2, (hi - lo) * 0.08);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const dx = margin(west, east);
  const dy = margin(south, north);
  return [
    [Math.max(-180, west - dx), Math.max(-80, south - dy)],
    [Math.min(180, east + dx), Math.min(80, north + dy)],
  ];
}

/** The built-in story's framing: Pyongyang, Beijing and South-East Asia down to Jakarta. */
export const STORY_BOUNDS: [LonLatPair, LonLatPair] = [
  [94, -9],
  [130, 43],
];
export const SIDE_PANEL_WIDTH = 300;

/** The band across the middle of the viewport in which a step block becomes the active one. */
const MIDDLE_BAND = '-45% 0px -45% 0px';

/**
 * The band in which a step becomes the active one: the middle of the viewport, or where a sticky map covers the top
 * of the screen above the text (a phone), the upper part of what is left, so that the step switches as its heading
 * comes out from under the map and the reader never reads a block under the last one's map.
 */
export function activationBand(viewportHeight: number, coveredTop: number): string {
  if (coveredTop <= 0 || coveredTop >= viewportHeight * 0.8) return MIDDLE_BAND;
  const readable = viewportHeight - coveredTop;
  return `${-Math.round(coveredTop)}px 0px ${-Math.round(readable * 0.45)}px 0px`;
}

/**
 * The box from the `bounds` attribute (`west,south,east,north`), or the story's framing when it is absent or not
 * four numbers on the map; a malformed one is said in the console.
 */
export function boundsFromAttribute(
  bounds: string | undefined,
  fallback: [LonLatPair, LonLatPair] = STORY_BOUNDS,
): [LonLatPair, LonLatPair] {
  if (!bounds) return fallback;
  const [west, south, east, north, ...rest] = bounds.split(',').map((v) => Number(v.trim()));
  const numbers = [west, south, east, north].filter((v): v is number => Number.isFinite(v));
  const [w, s, e, n] = numbers as [number, number, number, number];
  if (rest.length || numbers.length !== 4 || w >= e || s >= n || Math.abs(s) > 85 || Math.abs(n) > 85) {
    console.warn(
      `relations-map: bounds "${bounds}" is not "west,south,east,north"; using the dataset's framing`,
    );
    return fallback;
  }
  return [
    [Math.max(w, -180), s],
    [Math.min(e, 180), n],
  ];
}

/**
 * The view from the `center` and `zoom` attributes, or undefined (the story's framing) when `center` is absent or
 * not a `lon,lat` on the map; a malformed one is said in the console.
 */
export function viewFromAttributes(
  center: string | undefined,
  zoom: number | undefined,
): MapView | undefined {
  const parts = (center ?? '').split(',').map((v) => Number(v.trim()));
  if (parts.length !== 2 || parts.some((v) => !Number.isFinite(v))) {
    if (center) console.warn(`relations-map: center "${center}" is not "lon,lat"; using the story's framing`);
    return undefined;
  }
  const [lon, lat] = parts as LonLatPair;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85) return undefined;
  return { center: [lon, lat], zoom: typeof zoom === 'number' && Number.isFinite(zoom) ? zoom : 3 };
}

/** The details panel's width beside a wide map (its CSS width is min(340px, 100% - 20px)). */
export const DETAILS_WIDTH = 340;

/** Room around a box of capitals fitted into the map, inside the room the panels leave: for their dots and labels. */
export const fitRoom = (padding: Padding): Padding => ({
  top: padding.top + 40,
  bottom: padding.bottom + 40,
  left: padding.left + 40,
  right: padding.right + 60,
});

/** How far from the map's middle a place is shown so that it sits in the middle of the part no panel covers. */
export const centerOffset = (padding: Padding): [number, number] => [
  (padding.left - padding.right) / 2,
  (padding.top - padding.bottom) / 2,
];

/** Where the camera goes: a point (and zoom), or a box to fit. */
export type CameraTarget =
  | { center: LonLatPair; zoom?: number | undefined }
  | { bounds: [LonLatPair, LonLatPair]; maxZoom: number };

/** A box of capitals is fitted no closer than this: a frame of two neighbours would otherwise fill the map. */
const FRAME_MAX_ZOOM = 6;
/** One capital alone is shown at this zoom. */
const ONE_CAPITAL_ZOOM = 5;

/**
 * A story step's view as a camera target: its centre and zoom, or the box around the capitals it frames (one
 * capital: centred on it). Unknown codes are skipped; nothing left means no move.
 */
export function cameraForView(
  capitals: ReadonlyMap<string, { lon: number; lat: number }>,
  view: { center?: LonLatPair | undefined; zoom?: number | undefined; frame?: readonly string[] | undefined },
): CameraTarget | undefined {
  if (view.center) return { center: view.center, zoom: view.zoom };
  const points = (view.frame ?? []).map((code) => capitals.get(code)).filter((p) => p !== undefined);
  if (points.length === 0) return undefined;
  if (points.length === 1) return { center: [points[0]!.lon, points[0]!.lat], zoom: ONE_CAPITAL_ZOOM };
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  return {
    bounds: [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ],
    maxZoom: FRAME_MAX_ZOOM,
  };
}

/**
 * The point of the map a selection is about: a country's capital; a flow's or a relation's partner (the focus
 * country is on every one of them); an event's place, when it has one on the map.
 */
export function selectionAnchor(
  dataset: {
    focus: string;
    actors: ReadonlyArray<{ code: string; capital: { lon: number; lat: number } }>;
    flows: ReadonlyArray<{ id: string; from: string; to: string }>;
    relations: ReadonlyArray<{ id: string; between: readonly string[] }>;
    events: ReadonlyArray<{
      id: string;
      place?: { lon?: number | undefined; lat?: number | undefined } | undefined;
    }>;
  },
  selection: { kind: string; id: string },
): LonLatPair | undefined {
  const capital = (code: string | undefined) => {
    const a = dataset.actors.find((x) => x.code === code);
    return a ? ([a.capital.lon, a.capital.lat] as LonLatPair) : undefined;
  };
  const partner = (codes: readonly string[]) => codes.find((c) => c !== dataset.focus) ?? codes[0];
  switch (selection.kind) {
    case 'actor':
      return capital(selection.id);
    case 'flow': {
      const f = dataset.flows.find((x) => x.id === selection.id);
      return f && capital(partner([f.from, f.to]));
    }
    case 'relation': {
      const r = dataset.relations.find((x) => x.id === selection.id);
      return r && capital(partner(r.between));
    }
    default: {
      const place = dataset.events.find((x) => x.id === selection.id)?.place;
      return place?.lon !== undefined && place.lat !== undefined ? [place.lon, place.lat] : undefined;
    }
  }
}

/** How far east or west of the focus capital a capital may be and still be framed on paper (else: named at the edge). */
const PAPER_REACH_DEGREES = 60;

/**
 * The box a printed picture frames: every capital within reach of the focus country's (the United States, half a
 * world away, is named at the picture's edge instead), whatever part of the map the reader's window showed.
 */
export function paperBounds(
  capitals: ReadonlyArray<{ lon: number; lat: number }>,
  focus: { lon: number; lat: number },
): { bounds: [LonLatPair, LonLatPair]; far: number[] } {
  const near: Array<{ lon: number; lat: number }> = [];
  const far: number[] = [];
  capitals.forEach((c, i) => {
    // The copy of the capital nearest the focus, as the lines to it are drawn (across the date line if shorter).
    let lon = c.lon;
    while (lon - focus.lon > 180) lon -= 360;
    while (lon - focus.lon < -180) lon += 360;
    if (Math.abs(lon - focus.lon) <= PAPER_REACH_DEGREES) near.push({ lon, lat: c.lat });
    else far.push(i);
  });
  const lons = [focus.lon, ...near.map((c) => c.lon)];
  const lats = [focus.lat, ...near.map((c) => c.lat)];
  return {
    bounds: [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ],
    far,
  };
}
