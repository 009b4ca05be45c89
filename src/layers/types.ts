import type { ArcLayerProps, ScatterplotLayerProps, TextLayerProps } from '@deck.gl/layers';
import type { EventCategory, LayerToken } from '../data/categories';
import type { FlowChange } from '../data/compare';
import type { Actor, Dataset, DiplomaticStatus, Flow, Gap, Relation, RelationsEvent } from '../data/schema';
import type { Direction, FlowRole } from '../data/selectors';
import type { LayerPalette, RGBA } from './colors';
import type { Emphasis } from './emphasis';
import type { LonLat } from './geometry';
import type { KeyItem, KeyWords } from './key';
import type { Placement } from './label-placement';
import type { WidthScale } from './scales';

export { type EventCategory, type LayerToken, layerTokens } from '../data/categories';

/** Everything the layer builders read besides the dataset. */
export interface ViewState {
  year: number;
  layers: ReadonlySet<LayerToken>;
  direction: Direction;
  palette: LayerPalette;
  widthScale: WidthScale;
  /** Length of the animated change between years, 0 when the reader prefers reduced motion. */
  transitionMs: number;
  /** Where each capital's label goes (its id → a placement, or null: left out), remade as the view changes. */
  labelPlacement?: { version: number; placements: ReadonlyMap<string, Placement | null> } | undefined;
  /** What a story step picks out; the rest fades. Absent: everything as usual. */
  emphasis?: Emphasis | undefined;
  /** Two years compared: trade is drawn as what changed between them, each arc labelled in the reader's words. */
  compare?: { years: readonly [number, number]; label: (change: FlowChange) => string } | undefined;
}

export interface ArcDatum {
  kind: 'flow';
  id: string;
  flow: Flow;
  role: FlowRole;
  source: LonLat;
  target: LonLat;
  width: number;
  color: RGBA;
  tilt: number;
}

export interface CapitalDatum {
  kind: 'actor';
  id: string;
  actor: Actor;
  position: LonLat;
  isFocus: boolean;
  hasFigure: boolean;
  /** Figures published for the year but not drawn (a partial period, a doubtful figure), when none is drawn. */
  undrawn: Flow[];
  /** A partner's figures drawn on the map that year (none for the focus country, whose are all of them). */
  drawn: Flow[];
  gaps: Gap[];
}

/** One pair's change between the two years compared, as the arc between its capitals. */
export interface ChangeDatum {
  kind: 'change';
  id: string;
  change: FlowChange;
  /** The two years compared, earlier first. */
  years: readonly [number, number];
  source: LonLat;
  target: LonLat;
  width: number;
  color: RGBA;
}

export interface LabelDatum {
  id: string;
  text: string;
  position: LonLat;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  baseline: 'top' | 'center' | 'bottom';
  offset: [number, number];
}

export interface RelationDatum {
  kind: 'relation';
  id: string;
  relation: Relation;
  status: DiplomaticStatus;
  from: LonLat;
  to: LonLat;
  color: RGBA;
  width: number;
}

/** A resident embassy, drawn as a dot on the relation line just outside the capital where it sits. */
export interface EmbassyDatum {
  kind: 'embassy';
  id: string;
  relation: Relation;
  /** The actor whose embassy it is. */
  owner: string;
  /** The actor whose capital hosts it. */
  host: string;
  position: LonLat;
  color: RGBA;
}

/** One event's dot. */
export interface EventDatum {
  kind: 'event';
  /** The event's id. */
  id: string;
  event: RelationsEvent;
  place: string;
  position: LonLat;
  /** Where the dot sits from its place, in screen pixels: events at one spot are set around it. */
  offset: [number, number];
  /** How many events of the year share the spot, this one included. */
  atSpot: number;
  /** The places those events name, each once, in date order: one name, or the places of a cluster around it. */
  spotPlaces: string[];
  radius: number;
  category: EventCategory;
}

export type PickedDatum = ArcDatum | CapitalDatum | RelationDatum | EmbassyDatum | EventDatum | ChangeDatum;

export type Arcs<D> = { type: 'arc'; props: ArcLayerProps<D> };
export type Dots<D> = { type: 'scatter'; props: ScatterplotLayerProps<D> };
export type Texts<D> = { type: 'text'; props: TextLayerProps<D> };

/**
 * A layer to draw, as plain props of one of three primitives: deck.gl draws arcs and dots as its ArcLayer and
 * ScatterplotLayer (src/engine/deck-overlay.ts), text (a TextLayer's props) is SVG over the map
 * (src/engine/label-overlay.ts), and the static picture draws the same props as SVG (src/picture/svg-layers.ts). A new kind of layer made of these needs neither to change.
 */
export type LayerSpec =
  | Arcs<ArcDatum>
  | Arcs<RelationDatum>
  | Arcs<ChangeDatum>
  | Dots<CapitalDatum>
  | Dots<EventDatum>
  | Dots<EmbassyDatum>
  | Texts<LabelDatum>;

/** What a key entry is drawn from: the year and direction shown, in a palette. */
export interface KeyState {
  year: number;
  direction: Direction;
  palette: LayerPalette;
  /** Two years compared: trade's entries are the change's. */
  compare?: readonly [number, number] | undefined;
}

/**
 * One kind of layer (trade arcs, relations, events, capitals, labels), in a module of its own: its layers for the
 * element's state and its entries in the key. `src/layers/index.ts` lists the kinds in the order they are drawn.
 */
export interface LayerKind {
  /** The layer token that shows it; none: always drawn. */
  token?: LayerToken;
  /** Where its entries stand in the key (lower first). */
  keyRank?: number;
  /** Its layers for the state, bottom to top. */
  specs(dataset: Dataset, state: ViewState): LayerSpec[];
  /** Its entries in the key: only what is drawn for the year and direction. */
  key?(dataset: Dataset, state: KeyState, words: KeyWords): KeyItem[];
}

/**
 * Drawn over everything before it, whatever its depth: the arcs rise above the map (their height), and with the depth
 * test on they would hide the dots and names drawn after them.
 */
export const onTop = { parameters: { depthCompare: 'always', depthWriteEnabled: false } } as const;

/** What the capitals, embassies and events layers share: pickable dots sized in pixels, with an outline. */
export const dotLayerDefaults = {
  ...onTop,
  pickable: true,
  stroked: true,
  filled: true,
  radiusUnits: 'pixels',
  lineWidthUnits: 'pixels',
} as const;
