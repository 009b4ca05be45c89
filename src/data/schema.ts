import { z } from 'zod/mini';
import { translatableFields } from './text-fields';

export { translatableFields };

// Without this, zod probes for eval with `new Function`: caught, but a page with a strict Content-Security-Policy
// still reports it as a violation. The validator is fast enough without zod's compiled fast path.
// zod/mini rather than zod: the same validation at a fraction of the size, so the element's first paint does not
// wait for a large validator. Mini loads no message locale by itself; English comes from zod's own table.
z.config({ jitless: true, ...z.locales.en() });

/**
 * The dataset schema. The default dataset in datasets/ and any dataset a page brings go through it, so every
 * figure on screen has a source and an evidence tag. Cross-references (actor codes, source ids, years) are checked
 * in validate.ts, because a schema alone cannot see across collections.
 */

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD'));

const actorCode = z
  .string()
  .check(
    z.regex(
      /^[A-Z][A-Z0-9]{2,7}$/,
      'an actor code is an ISO 3166 alpha-3 code such as "PRK" (capital letters)',
    ),
  );

const id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(120),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'an id uses letters, digits, ".", "_", ":" and "-"'),
  );

const text = z.string().check(z.minLength(1), z.maxLength(5000));
const shortText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const sourceIds = z.array(id).check(z.minLength(1, 'name at least one source id'));
const year = z.int();
const amount = z.number().check(z.nonnegative('a trade value cannot be negative'));

/** A BCP 47 language tag: `en`, `ms`, `pt-BR`. */
export const languageTag = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language is a tag such as "ms" or "pt-BR"'));

/** An object's shape with its text in other languages: `i18n`, by language tag, any of its translatable fields. */
function translated<S extends z.core.$ZodLooseShape, const K extends keyof S & string>(
  shape: S,
  fields: readonly K[],
) {
  const own = Object.fromEntries(fields.map((field) => [field, shape[field]])) as Pick<S, K>;
  return { ...shape, i18n: z.optional(z.record(languageTag, z.partial(z.strictObject(own)))) };
}

export const evidenceTags = ['reported', 'derived', 'seed', 'unverified'] as const;
/** How a figure is known: read in a source, computed from read figures, claimed by the seed article, or unchecked. */
export const evidence = z.enum(evidenceTags);

export const lonLat = z.object({
  lon: z.number().check(z.gte(-180, 'longitude is at least -180'), z.lte(180, 'longitude is at most 180')),
  lat: z.number().check(z.gte(-90, 'latitude is at least -90'), z.lte(90, 'latitude is at most 90')),
});

export const sourceSchema = z.strictObject(
  translated(
    {
      id,
      title: text,
      publisher: text,
      author: z.optional(text),
      date: z.optional(isoDate),
      url: z.optional(z.url({ protocol: /^https?$/, error: 'a source URL starts with http:// or https://' })),
      /** Where the figure was read when it was not the original (a mirror, a news report of a report). */
      via: z.optional(text),
      /** The title describes the piece; it is not the headline as published (it was not recorded, or not checked). */
      descriptive: z.optional(z.boolean()),
      note: z.optional(text),
    },
    translatableFields.sources,
  ),
);

export const yearSchema = z.strictObject(
  translated(
    {
      year: z.int().check(z.gte(1900), z.lte(2100)),
      /** A one- or two-word name for the stop, shown on the slider. */
      label: shortText(40),
      caption: text,
      sources: sourceIds,
    },
    translatableFields.years,
  ),
);

export const actorSchema = z.strictObject(
  translated(
    {
      code: actorCode,
      name: shortText(200),
      /** A short name for tight places ("DPRK exports", "Share of DPRK trade"); the name when absent. */
      shortName: z.optional(shortText(40)),
      /** ISO 3166 numeric code, used to highlight the country on the Natural Earth basemap. */
      isoNumeric: z.optional(
        z
          .string()
          .check(
            z.regex(
              /^\d{3}$/,
              'write three digits, e.g. 036 (a spreadsheet may have dropped the leading zero)',
            ),
          ),
      ),
      role: z.enum(['focus', 'partner']),
      capital: z.strictObject(
        translated(
          { name: shortText(200), sources: sourceIds, ...lonLat.shape },
          translatableFields['actors.capital'],
        ),
      ),
    },
    translatableFields.actors,
  ),
);

export const flowSchema = z.strictObject(
  translated(
    {
      id,
      year,
      from: actorCode,
      to: actorCode,
      /** `directed`: goods moving from `from` to `to`. `total`: two-way trade between the two. */
      type: z.enum(['directed', 'total']),
      valueUsd: amount,
      /** The value as the source gave it, when that was not US dollars. */
      original: z.optional(
        z.strictObject(
          translated(
            {
              currency: z
                .string()
                .check(z.regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code such as "MYR"')),
              value: amount,
              conversion: text,
            },
            translatableFields['flows.original'],
          ),
        ),
      ),
      /** The period covered when it is not the calendar year. */
      period: z.optional(
        z.strictObject(
          translated(
            { from: isoDate, to: isoDate, note: z.optional(text) },
            translatableFields['flows.period'],
          ),
        ),
      ),
      /** The body whose statistics the figure comes from (KOTRA, China customs, ITC ...). */
      series: shortText(120),
      evidence,
      /** How a derived figure was computed. */
      method: z.optional(text),
      /** Drawn on the map. At most one figure per year, pair, type and direction is the default. */
      default: z._default(z.boolean(), false),
      defaultReason: z.optional(text),
      note: z.optional(text),
      sources: sourceIds,
    },
    translatableFields.flows,
  ),
);

export const diplomaticStatuses = ['full', 'downgraded', 'severed', 'none'] as const;

export const relationSchema = z.strictObject(
  translated(
    {
      id,
      year,
      between: z.tuple([actorCode, actorCode]),
      status: z.enum(diplomaticStatuses),
      /**
       * Keyed by actor code: does that actor keep a resident embassy in the other's capital? null: not known.
       * `vacated`: the embassy was kept but its staff had left for a time (run from home, not closed).
       */
      residentEmbassy: z.record(actorCode, z.nullable(z.union([z.boolean(), z.literal('vacated')]))),
      visaFree: z.nullable(z.boolean()),
      tradeSuspension: z.nullable(z.enum(['none', 'partial', 'full'])),
      summary: text,
      causes: z._default(
        z.array(
          z.strictObject(
            translated({ date: isoDate, text, sources: sourceIds }, translatableFields['relations.causes']),
          ),
        ),
        [],
      ),
      /** The relation the story is about: drawn stronger than the routine ones, and the map's headline. */
      featured: z.optional(z.boolean()),
      evidence,
      sources: sourceIds,
    },
    translatableFields.relations,
  ),
);

export const eventSchema = z.strictObject(
  translated(
    {
      id,
      date: isoDate,
      precision: z.enum(['day', 'month', 'year']),
      /**
       * The last day it may have happened or went on to, at the same precision: the event lies between `date` and
       * `dateTo` (sources disagree, or it took days); `dateNote` says which.
       */
      dateTo: z.optional(isoDate),
      dateNote: z.optional(text),
      /** The slider stop whose state this event explains; an event of 2020 may explain 2021. */
      year,
      kind: z.enum(['diplomatic', 'trade', 'sanctions', 'security', 'legal', 'context']),
      title: shortText(300),
      description: text,
      place: z.optional(
        z.strictObject(
          translated(
            {
              name: shortText(200),
              ...z.partial(lonLat).shape,
              /** Where the coordinates come from, when that is not the event's own sources. */
              sources: z.optional(sourceIds),
              /** How exact the marker is (a test site, not the epicentre): for the data's users, not shown on the map. */
              note: z.optional(text),
            },
            translatableFields['events.place'],
          ),
        ),
      ),
      actors: z.array(actorCode).check(z.minLength(1)),
      evidence,
      note: z.optional(text),
      sources: sourceIds,
    },
    translatableFields.events,
  ),
);

/**
 * The focus country's recorded trade with the world in a year, by one statistical series: what a partner's figure
 * of the same series is a share of.
 */
export const totalSchema = z.strictObject(
  translated(
    {
      id,
      year,
      series: shortText(200),
      valueUsd: amount,
      exportsUsd: z.optional(amount),
      importsUsd: z.optional(amount),
      evidence,
      note: z.optional(text),
      sources: sourceIds,
    },
    translatableFields.totals,
  ),
);

/** A pair and year for which no figure or status was found: shown as "no reported figure", never as 0. */
export const gapSchema = z.strictObject(
  translated(
    {
      id,
      year,
      between: z.tuple([actorCode, actorCode]),
      about: z.enum(['trade', 'exports', 'imports', 'relations']),
      reason: text,
      sources: z._default(z.array(id), []),
    },
    translatableFields.gaps,
  ),
);

/** The layers a story step may show: the same tokens as the `layers` attribute. */
export const storyLayerTokens = ['trade', 'relations', 'events', 'labels'] as const;

/**
 * One step of the dataset's story: what the map shows while the reader is at it (a year, layers, a direction, a
 * feature picked out, a view) and the words beside it, with their sources.
 */
export const storyStepSchema = z.strictObject(
  translated(
    {
      id,
      title: shortText(200),
      text,
      year,
      layers: z.optional(z.array(z.enum(storyLayerTokens))),
      direction: z.optional(z.enum(['both', 'exports', 'imports'])),
      /** The feature the step picks out (its details), and more of its kind that stand out with it. */
      select: z.optional(
        z.strictObject({
          kind: z.enum(['actor', 'flow', 'relation', 'event']),
          id,
          also: z.optional(z.array(id).check(z.minLength(1))),
        }),
      ),
      /** Where the map looks: a centre and zoom, or the actors whose capitals it frames. */
      view: z.optional(
        z.strictObject({
          center: z.optional(z.tuple([z.number(), z.number()])),
          zoom: z.optional(z.number().check(z.gte(0), z.lte(22))),
          frame: z.optional(z.array(actorCode).check(z.minLength(1))),
        }),
      ),
      /** Two years the step sets against each other: the map draws what changed between them. */
      compare: z.optional(z.tuple([year, year])),
      sources: sourceIds,
    },
    translatableFields.story,
  ),
);

export const datasetSchema = z.strictObject(
  translated(
    {
      $schema: z.optional(z.string()),
      id,
      /**
       * The languages the dataset's text is complete in, its own first (`["en", "ms"]`): every other one is checked to
       * have all the text the first has. English alone when absent.
       */
      languages: z.optional(z.array(languageTag).check(z.minLength(1))),
      title: shortText(300),
      description: z.optional(text),
      /** The country every flow and relation is told from. */
      focus: actorCode,
      method: text,
      /** What changed in the data since it was first published, and why: shown beside the method. */
      changes: z.optional(text),
      license: z.optional(text),
      /** The story the dataset follows, as its credit reads after "Story:" (who told it, its title, when); none if absent. */
      credit: z.optional(shortText(300)),
      /** The first view and the reset button's: a box `[west, south, east, north]`; all capitals when absent. */
      view: z.optional(
        z.strictObject({
          bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
        }),
      ),
      years: z.array(yearSchema).check(z.minLength(1, 'a dataset needs at least one year')),
      actors: z.array(actorSchema).check(z.minLength(1, 'a dataset needs at least one actor')),
      flows: z._default(z.array(flowSchema), []),
      relations: z._default(z.array(relationSchema), []),
      events: z._default(z.array(eventSchema), []),
      gaps: z._default(z.array(gapSchema), []),
      totals: z._default(z.array(totalSchema), []),
      story: z._default(z.array(storyStepSchema), []),
      sources: z.array(sourceSchema).check(z.minLength(1, 'a dataset needs at least one source')),
    },
    translatableFields.dataset,
  ),
);

export type {
  Actor,
  Dataset,
  DiplomaticStatus,
  Evidence,
  Flow,
  Gap,
  Relation,
  RelationsEvent,
  Source,
  StoryStep,
  TradeTotal,
  YearStop,
} from './dataset-types';

/** True when A and B are the same type, not merely assignable one way. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type MustBeTrue<T extends true> = T;
/**
 * The written-out types must be exactly what the schema gives: a field added to one and not the other fails the
 * type check here.
 */
export type TypesMatchSchema = [
  MustBeTrue<Same<z.output<typeof datasetSchema>, import('./dataset-types').Dataset>>,
  MustBeTrue<Same<(typeof diplomaticStatuses)[number], import('./dataset-types').DiplomaticStatus>>,
];
