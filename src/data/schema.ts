import { z } from 'zod';

// Without this, zod probes for eval with `new Function`: caught, but a page with a strict Content-Security-Policy
// still reports it as a violation. The validator is fast enough without zod's compiled fast path.
z.config({ jitless: true });

/**
 * The dataset schema. The default dataset in datasets/ and any dataset a page brings go through it, so every
 * figure on screen has a source and an evidence tag. Cross-references (actor codes, source ids, years) are checked
 * in validate.ts, because a schema alone cannot see across collections.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD');

const actorCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{2,7}$/, 'an actor code is an ISO 3166 alpha-3 code such as "PRK" (capital letters)');

const id = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'an id uses letters, digits, ".", "_", ":" and "-"');

const text = z.string().min(1).max(5000);
const sourceIds = z.array(id).min(1, 'name at least one source id');

export const evidenceTags = ['reported', 'derived', 'seed', 'unverified'] as const;
/** How a figure is known: read in a source, computed from read figures, claimed by the seed article, or unchecked. */
export const evidence = z.enum(evidenceTags);

export const lonLat = z.object({
  lon: z.number().min(-180, 'longitude is at least -180').max(180, 'longitude is at most 180'),
  lat: z.number().min(-90, 'latitude is at least -90').max(90, 'latitude is at most 90'),
});

export const sourceSchema = z
  .object({
    id,
    title: text,
    publisher: text,
    author: text.optional(),
    date: isoDate.optional(),
    url: z.url({ protocol: /^https?$/, error: 'a source URL starts with http:// or https://' }).optional(),
    /** Where the figure was read when it was not the original (a mirror, a news report of a report). */
    via: text.optional(),
    note: text.optional(),
  })
  .strict();

export const yearSchema = z
  .object({
    year: z.number().int().min(1900).max(2100),
    /** A one- or two-word name for the stop, shown on the slider. */
    label: z.string().min(1).max(40),
    caption: text,
    sources: sourceIds,
  })
  .strict();

export const actorSchema = z
  .object({
    code: actorCode,
    name: z.string().min(1).max(200),
    /** ISO 3166 numeric code, used to highlight the country on the Natural Earth basemap. */
    isoNumeric: z
      .string()
      .regex(/^\d{3}$/)
      .optional(),
    role: z.enum(['focus', 'partner']),
    capital: z
      .object({ name: z.string().min(1).max(200), sources: sourceIds })
      .extend(lonLat.shape)
      .strict(),
  })
  .strict();

export const flowSchema = z
  .object({
    id,
    year: z.number().int(),
    from: actorCode,
    to: actorCode,
    /** `directed`: goods moving from `from` to `to`. `total`: two-way trade between the two. */
    type: z.enum(['directed', 'total']),
    valueUsd: z.number().finite().nonnegative('a trade value cannot be negative'),
    /** The value as the source gave it, when that was not US dollars. */
    original: z
      .object({
        currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code such as "MYR"'),
        value: z.number().finite().nonnegative('a trade value cannot be negative'),
        conversion: text,
      })
      .strict()
      .optional(),
    /** The period covered when it is not the calendar year. */
    period: z.object({ from: isoDate, to: isoDate, note: text.optional() }).strict().optional(),
    /** The body whose statistics the figure comes from (KOTRA, China customs, ITC ...). */
    series: z.string().min(1).max(120),
    evidence,
    /** How a derived figure was computed. */
    method: text.optional(),
    /** Drawn on the map. At most one figure per year, pair, type and direction is the default. */
    default: z.boolean().default(false),
    defaultReason: text.optional(),
    note: text.optional(),
    sources: sourceIds,
  })
  .strict();

export const diplomaticStatuses = ['full', 'downgraded', 'severed', 'none'] as const;

export const relationSchema = z
  .object({
    id,
    year: z.number().int(),
    between: z.tuple([actorCode, actorCode]),
    status: z.enum(diplomaticStatuses),
    /** Keyed by actor code: does that actor keep a resident embassy in the other's capital? null: not known. */
    residentEmbassy: z.record(actorCode, z.boolean().nullable()),
    visaFree: z.boolean().nullable(),
    tradeSuspension: z.enum(['none', 'partial', 'full']).nullable(),
    summary: text,
    causes: z.array(z.object({ date: isoDate, text, sources: sourceIds }).strict()).default([]),
    evidence,
    sources: sourceIds,
  })
  .strict();

export const eventSchema = z
  .object({
    id,
    date: isoDate,
    precision: z.enum(['day', 'month', 'year']),
    dateNote: text.optional(),
    /** The slider stop whose state this event explains; an event of 2020 may explain 2021. */
    year: z.number().int(),
    kind: z.enum(['diplomatic', 'trade', 'sanctions', 'security', 'legal', 'context']),
    title: z.string().min(1).max(300),
    description: text,
    place: z
      .object({ name: z.string().min(1).max(200) })
      .extend(lonLat.partial().shape)
      .strict()
      .optional(),
    actors: z.array(actorCode).min(1),
    evidence,
    note: text.optional(),
    sources: sourceIds,
  })
  .strict();

/** A pair and year for which no figure or status was found: shown as "no reported figure", never as 0. */
export const gapSchema = z
  .object({
    id,
    year: z.number().int(),
    between: z.tuple([actorCode, actorCode]),
    about: z.enum(['trade', 'exports', 'imports', 'relations']),
    reason: text,
    sources: z.array(id).default([]),
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    title: z.string().min(1).max(300),
    description: text.optional(),
    /** The country every flow and relation is told from. */
    focus: actorCode,
    method: text,
    license: text.optional(),
    years: z.array(yearSchema).min(1, 'a dataset needs at least one year'),
    actors: z.array(actorSchema).min(1, 'a dataset needs at least one actor'),
    flows: z.array(flowSchema).default([]),
    relations: z.array(relationSchema).default([]),
    events: z.array(eventSchema).default([]),
    gaps: z.array(gapSchema).default([]),
    sources: z.array(sourceSchema).min(1, 'a dataset needs at least one source'),
  })
  .strict();

export type Dataset = z.output<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type Source = z.output<typeof sourceSchema>;
export type YearStop = z.output<typeof yearSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Flow = z.output<typeof flowSchema>;
export type Relation = z.output<typeof relationSchema>;
export type RelationsEvent = z.output<typeof eventSchema>;
export type Gap = z.output<typeof gapSchema>;
export type Evidence = z.output<typeof evidence>;
export type DiplomaticStatus = (typeof diplomaticStatuses)[number];
