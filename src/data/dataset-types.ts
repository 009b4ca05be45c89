/**
 * The dataset's types, written out. The schema (schema.ts) is the rule and checks at compile time that these are
 * exactly what it accepts; they exist because the package's users have no zod to infer them from (the bundle holds
 * its own copy), and without them `Dataset` would be `any` in their editors.
 */

/**
 * An object's own text in other languages, by language tag: `{ ms: { name: 'Korea Utara' } }`. The fields are
 * those of `translatableFields` in schema.ts for the object's kind.
 */
export type Translations<K extends string> = Record<string, { [F in K]?: string | undefined }>;

/** How a figure is known: read in a source, computed from read figures, claimed by the seed article, or unchecked. */
export type Evidence = 'reported' | 'derived' | 'seed' | 'unverified';
export type DiplomaticStatus = 'full' | 'downgraded' | 'severed' | 'none';

export interface Source {
  id: string;
  title: string;
  publisher: string;
  author?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  /** Where the figure was read when it was not the original (a mirror, a news report of a report). */
  via?: string | undefined;
  /** The title describes the piece; it is not the headline as published (it was not recorded, or not checked). */
  descriptive?: boolean | undefined;
  note?: string | undefined;
  i18n?: Translations<'title' | 'note'> | undefined;
}

export interface YearStop {
  year: number;
  /** A one- or two-word name for the stop, shown on the slider. */
  label: string;
  caption: string;
  sources: string[];
  i18n?: Translations<'label' | 'caption'> | undefined;
}

export interface Actor {
  code: string;
  name: string;
  /** A short name for tight places ("DPRK exports", "Share of DPRK trade"); the name when absent. */
  shortName?: string | undefined;
  /** ISO 3166 numeric code, used to highlight the country on the Natural Earth basemap. */
  isoNumeric?: string | undefined;
  role: 'focus' | 'partner';
  capital: {
    name: string;
    sources: string[];
    lon: number;
    lat: number;
    i18n?: Translations<'name'> | undefined;
  };
  i18n?: Translations<'name' | 'shortName'> | undefined;
}

export interface Flow {
  id: string;
  year: number;
  from: string;
  to: string;
  /** `directed`: goods moving from `from` to `to`. `total`: two-way trade between the two. */
  type: 'directed' | 'total';
  valueUsd: number;
  /** The value as the source gave it, when that was not US dollars. */
  original?:
    | { currency: string; value: number; conversion: string; i18n?: Translations<'conversion'> | undefined }
    | undefined;
  /** The period covered when it is not the calendar year. */
  period?:
    | { from: string; to: string; note?: string | undefined; i18n?: Translations<'note'> | undefined }
    | undefined;
  /** The body whose statistics the figure comes from (KOTRA, China customs, ITC ...). */
  series: string;
  evidence: Evidence;
  /** How a derived figure was computed. */
  method?: string | undefined;
  /** Drawn on the map. */
  default: boolean;
  defaultReason?: string | undefined;
  note?: string | undefined;
  sources: string[];
  i18n?: Translations<'method' | 'defaultReason' | 'note'> | undefined;
}

/** A resident embassy: kept (true), none (false), not known (null), or kept with its staff gone for a time. */
export type EmbassyState = boolean | null | 'vacated';

export interface Relation {
  id: string;
  year: number;
  between: [string, string];
  status: DiplomaticStatus;
  /**
   * Keyed by actor code: does that actor keep a resident embassy in the other's capital? null: not known;
   * `vacated`: kept, but its staff had left for a time.
   */
  residentEmbassy: Record<string, EmbassyState>;
  visaFree: boolean | null;
  tradeSuspension: 'none' | 'partial' | 'full' | null;
  summary: string;
  causes: Array<{ date: string; text: string; sources: string[]; i18n?: Translations<'text'> | undefined }>;
  /** The relation the story is about: drawn stronger than the routine ones, and the map's headline. */
  featured?: boolean | undefined;
  evidence: Evidence;
  sources: string[];
  i18n?: Translations<'summary'> | undefined;
}

export interface RelationsEvent {
  id: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  /** The last day it may have happened or went on to: the event lies between `date` and `dateTo`. */
  dateTo?: string | undefined;
  dateNote?: string | undefined;
  /** The slider stop whose state this event explains; an event of 2020 may explain 2021. */
  year: number;
  kind: 'diplomatic' | 'trade' | 'sanctions' | 'security' | 'legal' | 'context';
  title: string;
  description: string;
  place?:
    | {
        name: string;
        lon?: number | undefined;
        lat?: number | undefined;
        /** Where the coordinates come from. */
        sources?: string[] | undefined;
        /** How exact the marker is: for the data's users, not shown on the map. */
        note?: string | undefined;
        i18n?: Translations<'name' | 'note'> | undefined;
      }
    | undefined;
  actors: string[];
  evidence: Evidence;
  note?: string | undefined;
  sources: string[];
  i18n?: Translations<'title' | 'description' | 'dateNote' | 'note'> | undefined;
}

/** A pair and year for which no figure or status was found: shown as "no reported figure", never as 0. */
export interface Gap {
  id: string;
  year: number;
  between: [string, string];
  about: 'trade' | 'exports' | 'imports' | 'relations';
  reason: string;
  sources: string[];
  i18n?: Translations<'reason'> | undefined;
}

/**
 * The focus country's recorded trade with the world in a year, by one statistical series: what a partner's figure
 * of the same series is a share of.
 */
export interface TradeTotal {
  id: string;
  year: number;
  /** The same words as the flows' `series`: only figures of one series are divided. */
  series: string;
  valueUsd: number;
  exportsUsd?: number | undefined;
  importsUsd?: number | undefined;
  evidence: Evidence;
  note?: string | undefined;
  sources: string[];
  i18n?: Translations<'note'> | undefined;
}

/**
 * One step of the dataset's story: what the map shows while the reader is at it (a year, layers, a direction, a
 * feature picked out, a view) and the words beside it, with their sources.
 */
export interface StoryStep {
  id: string;
  title: string;
  text: string;
  year: number;
  layers?: Array<'trade' | 'relations' | 'events' | 'labels'> | undefined;
  direction?: 'both' | 'exports' | 'imports' | undefined;
  /** The feature the step picks out (its details), and more of its kind that stand out with it. */
  select?:
    | { kind: 'actor' | 'flow' | 'relation' | 'event'; id: string; also?: string[] | undefined }
    | undefined;
  /** Where the map looks: a centre and zoom, or the actors whose capitals it frames. */
  view?:
    | {
        center?: [number, number] | undefined;
        zoom?: number | undefined;
        frame?: string[] | undefined;
      }
    | undefined;
  /** Two years the step sets against each other: the map draws what changed between them. */
  compare?: [number, number] | undefined;
  sources: string[];
  i18n?: Translations<'title' | 'text'> | undefined;
}

export interface Dataset {
  $schema?: string | undefined;
  id: string;
  /**
   * The languages the dataset's text is complete in, its own first (`['en', 'ms']`): every other one is checked to
   * have all the text the first has. English alone when absent.
   */
  languages?: string[] | undefined;
  title: string;
  description?: string | undefined;
  /** The country every flow and relation is told from. */
  focus: string;
  method: string;
  /** What changed in the data since it was first published, and why. */
  changes?: string | undefined;
  license?: string | undefined;
  /** The story the dataset follows, as its credit reads after "Story:" (who told it, its title, when); none if absent. */
  credit?: string | undefined;
  /** The first view and the reset button's: a box `[west, south, east, north]`; all capitals when absent. */
  view?: { bounds: [number, number, number, number] } | undefined;
  years: YearStop[];
  actors: Actor[];
  flows: Flow[];
  relations: Relation[];
  events: RelationsEvent[];
  gaps: Gap[];
  totals: TradeTotal[];
  /** The story told step by step (`mode="story"`, `<relations-story>`); empty when the dataset tells none. */
  story: StoryStep[];
  sources: Source[];
  i18n?: Translations<'title' | 'description' | 'method' | 'changes' | 'license'> | undefined;
}
