import type { z } from 'zod/mini';
import { type Dataset, datasetSchema } from './schema';
import { missingTranslations } from './translations';

/** One thing wrong with a dataset: where (a JSON path such as `flows[3].valueUsd`) and what, in plain English. */
export interface Problem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Reporting hundreds of problems helps nobody; the first ones show what is wrong. */
const MAX_PROBLEMS = 50;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the whole dataset)' : out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    if (received === undefined) return `is missing (expected ${issue.expected})`;
    return `should be ${issue.expected}, not ${received === null ? 'null' : Array.isArray(received) ? 'array' : typeof received}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  // A record's key that fails its own check (a language tag): that check's words, not zod's "Invalid key in record".
  if (issue.code === 'invalid_key') return issue.issues.map((inner) => inner.message).join('; ');
  return issue.message;
}

/**
 * Checks a parsed JSON value against the schema and then across collections. Never throws: whatever the input,
 * the answer is a dataset or a list of problems.
 */
export function validateDataset(input: unknown): ValidationResult {
  let parsed: ReturnType<typeof datasetSchema.safeParse>;
  try {
    parsed = datasetSchema.safeParse(input, { reportInput: true });
  } catch (error) {
    // Exotic inputs (getters that throw, revoked proxies) must end as a problem, not an exception.
    return {
      ok: false,
      problems: [{ path: '(the whole dataset)', message: `cannot be read: ${String(error)}` }],
    };
  }
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_PROBLEMS)
      .map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
    return { ok: false, problems };
  }
  const problems = crossCheck(parsed.data).slice(0, MAX_PROBLEMS);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

function crossCheck(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const actorCodes = new Map<string, number>();
  data.actors.forEach((actor, i) => {
    const first = actorCodes.get(actor.code);
    if (first !== undefined)
      add(`actors[${i}].code`, `actor "${actor.code}" is defined twice (first at actors[${first}].code)`);
    else actorCodes.set(actor.code, i);
  });
  const focusAt = actorCodes.get(data.focus);
  if (focusAt === undefined) {
    add('focus', `focus "${data.focus}" is not one of the dataset's actors; add it to "actors"`);
  } else {
    // Said where the fix is: on the actor whose role is wrong.
    if (data.actors[focusAt]?.role !== 'focus')
      add(`actors[${focusAt}].role`, `"${data.focus}" is the dataset's focus: give it role "focus"`);
    data.actors.forEach((actor, i) => {
      if (actor.role === 'focus' && actor.code !== data.focus)
        add(
          `actors[${i}].role`,
          `only the dataset's focus, "${data.focus}", has role "focus": give "${actor.code}" role "partner"`,
        );
    });
  }

  const sourceIds = new Set<string>();
  data.sources.forEach((source, i) => {
    if (sourceIds.has(source.id)) add(`sources[${i}].id`, `source id "${source.id}" is used twice`);
    sourceIds.add(source.id);
  });

  const years = new Set<number>();
  data.years.forEach((stop, i) => {
    if (years.has(stop.year)) add(`years[${i}].year`, `year ${stop.year} is listed twice`);
    years.add(stop.year);
    if (i > 0 && stop.year <= data.years[i - 1]!.year) {
      add(`years[${i}].year`, 'years must be listed in increasing order');
    }
  });

  const checkSources = (path: string, ids: readonly string[]) => {
    ids.forEach((sid, j) => {
      if (!sourceIds.has(sid)) add(`${path}[${j}]`, `source "${sid}" is not defined in "sources"`);
    });
  };
  const checkActor = (path: string, code: string) => {
    if (!actorCodes.has(code)) add(path, `unknown actor code "${code}"; define it in "actors" first`);
  };
  const checkYear = (path: string, year: number) => {
    if (!years.has(year)) {
      add(path, `year ${year} is not one of the dataset's years (${[...years].join(', ')})`);
    }
  };

  data.years.forEach((stop, i) => {
    checkSources(`years[${i}].sources`, stop.sources);
  });
  data.actors.forEach((actor, i) => {
    checkSources(`actors[${i}].capital.sources`, actor.capital.sources);
  });

  const ids = new Map<string, string>();
  const checkId = (path: string, value: string) => {
    const earlier = ids.get(value);
    if (earlier) add(path, `id "${value}" is already used at ${earlier}`);
    else ids.set(value, path);
  };

  const defaults = new Map<string, number>();
  data.flows.forEach((flow, i) => {
    const p = `flows[${i}]`;
    checkId(`${p}.id`, flow.id);
    checkYear(`${p}.year`, flow.year);
    checkActor(`${p}.from`, flow.from);
    checkActor(`${p}.to`, flow.to);
    if (flow.from === flow.to) add(`${p}.to`, 'a flow needs two different actors');
    checkSources(`${p}.sources`, flow.sources);
    if (flow.evidence === 'derived' && !flow.method) {
      add(`${p}.method`, 'a derived figure must say how it was derived ("method")');
    }
    if (flow.period && flow.period.from > flow.period.to)
      add(`${p}.period`, 'the period ends before it starts');
    if (flow.default) {
      // A total has no direction, so its two ends are sorted before grouping.
      const ends = flow.type === 'total' ? [flow.from, flow.to].sort().join('~') : `${flow.from}>${flow.to}`;
      const key = `${flow.year}|${flow.type}|${ends}`;
      const earlier = defaults.get(key);
      if (earlier !== undefined) {
        add(`${p}.default`, `flows[${earlier}] is already the default figure for this pair, year and type`);
      } else defaults.set(key, i);
    }
  });

  data.relations.forEach((relation, i) => {
    const p = `relations[${i}]`;
    checkId(`${p}.id`, relation.id);
    checkYear(`${p}.year`, relation.year);
    relation.between.forEach((code, j) => {
      checkActor(`${p}.between[${j}]`, code);
    });
    for (const code of Object.keys(relation.residentEmbassy)) {
      if (!relation.between.includes(code)) {
        add(`${p}.residentEmbassy.${code}`, `"${code}" is not one of the pair ${relation.between.join('–')}`);
      }
    }
    checkSources(`${p}.sources`, relation.sources);
    relation.causes.forEach((cause, j) => {
      checkSources(`${p}.causes[${j}].sources`, cause.sources);
    });
  });

  data.events.forEach((event, i) => {
    const p = `events[${i}]`;
    checkId(`${p}.id`, event.id);
    checkYear(`${p}.year`, event.year);
    event.actors.forEach((code, j) => {
      checkActor(`${p}.actors[${j}]`, code);
    });
    if (event.place && (event.place.lon === undefined) !== (event.place.lat === undefined)) {
      add(`${p}.place`, 'a place needs both "lon" and "lat", or neither');
    }
    if (event.place?.sources) checkSources(`${p}.place.sources`, event.place.sources);
    if (event.dateTo !== undefined) {
      // Both ends at the event's precision, so a string comparison orders them.
      if (event.dateTo.length !== event.date.length)
        add(
          `${p}.dateTo`,
          `"dateTo" is written like "date" (${event.date.length === 4 ? 'YYYY' : event.date.length === 7 ? 'YYYY-MM' : 'YYYY-MM-DD'})`,
        );
      else if (event.dateTo <= event.date)
        add(`${p}.dateTo`, `"dateTo" (${event.dateTo}) must come after "date" (${event.date})`);
    }
    checkSources(`${p}.sources`, event.sources);
  });

  data.gaps.forEach((gap, i) => {
    const p = `gaps[${i}]`;
    checkId(`${p}.id`, gap.id);
    checkYear(`${p}.year`, gap.year);
    gap.between.forEach((code, j) => {
      checkActor(`${p}.between[${j}]`, code);
    });
    checkSources(`${p}.sources`, gap.sources);
  });

  const totalKeys = new Map<string, number>();
  data.totals.forEach((total, i) => {
    const p = `totals[${i}]`;
    checkId(`${p}.id`, total.id);
    checkYear(`${p}.year`, total.year);
    checkSources(`${p}.sources`, total.sources);
    const key = `${total.year}|${total.series}`;
    const earlier = totalKeys.get(key);
    if (earlier !== undefined)
      add(`${p}.series`, `totals[${earlier}] is already the ${total.series} total for ${total.year}`);
    else totalKeys.set(key, i);
    const parts = (total.exportsUsd ?? 0) + (total.importsUsd ?? 0);
    if (
      total.exportsUsd !== undefined &&
      total.importsUsd !== undefined &&
      Math.abs(parts - total.valueUsd) > 0.01 * total.valueUsd
    )
      add(`${p}.valueUsd`, 'exports and imports should add up to the total (within 1%)');
  });

  checkStory(data, { add, checkId, checkYear, checkActor, checkSources });
  checkLanguages(data, add);

  return problems;
}

/** Each language the dataset declares is there in full: a reader in it never meets the first language mid-text. */
function checkLanguages(data: Dataset, add: (path: string, message: string) => void): void {
  const languages = data.languages ?? [];
  languages.forEach((language, i) => {
    if (languages.indexOf(language) !== i) add(`languages[${i}]`, `"${language}" is listed twice`);
  });
  const missing = missingTranslations(data);
  // One field missing in many places is one fix: a few are listed, and how many there are.
  for (const path of missing.slice(0, 10)) {
    const language = /i18n\.([^.]+)\./.exec(path)?.[1] ?? '';
    add(path, `has no "${language}" text, though "languages" says the dataset is complete in "${language}"`);
  }
  if (missing.length > 10)
    add('languages', `${missing.length} texts in all are missing in the languages it lists after the first`);
}

interface Checks {
  add(path: string, message: string): void;
  checkId(path: string, value: string): void;
  checkYear(path: string, year: number): void;
  checkActor(path: string, code: string): void;
  checkSources(path: string, ids: readonly string[]): void;
}

/**
 * A story step must point at things that exist, in its own year: a flow, relation or event of another year would
 * open on a map that does not show it.
 */
function checkStory(data: Dataset, c: Checks): void {
  const yearOf = (kind: string, id: string): number | undefined | null => {
    if (kind === 'actor') return data.actors.some((a) => a.code === id) ? null : undefined;
    const list: ReadonlyArray<{ id: string; year: number }> =
      kind === 'flow' ? data.flows : kind === 'relation' ? data.relations : data.events;
    return list.find((x) => x.id === id)?.year;
  };
  data.story.forEach((step, i) => {
    const p = `story[${i}]`;
    c.checkId(`${p}.id`, step.id);
    c.checkYear(`${p}.year`, step.year);
    c.checkSources(`${p}.sources`, step.sources);
    if (step.compare) {
      for (const [j, y] of step.compare.entries()) c.checkYear(`${p}.compare[${j}]`, y);
      if (step.compare[0] === step.compare[1])
        c.add(`${p}.compare`, 'a comparison needs two different years');
    }
    if (step.select) {
      const { kind, id, also = [] } = step.select;
      const picks: Array<[string, string]> = [
        [`${p}.select.id`, id],
        ...also.map((more, j): [string, string] => [`${p}.select.also[${j}]`, more]),
      ];
      for (const [path, pick] of picks) {
        const year = yearOf(kind, pick);
        if (year === undefined) c.add(path, `there is no ${kind} "${pick}" in the dataset`);
        else if (year !== null && year !== step.year)
          c.add(path, `${kind} "${pick}" belongs to ${year}, not to the step's year ${step.year}`);
      }
    }
    const view = step.view;
    if (view) {
      if (!view.center && !view.frame)
        c.add(`${p}.view`, 'a view gives a "center" (with a "zoom") or actors to "frame"');
      if (view.center && view.frame) c.add(`${p}.view`, 'a view gives a "center" or a "frame", not both');
      if (view.center) {
        const [lon, lat] = view.center;
        if (Math.abs(lon) > 180 || Math.abs(lat) > 85)
          c.add(`${p}.view.center`, 'the centre is [longitude, latitude], on the map');
      }
      view.frame?.forEach((code, j) => {
        c.checkActor(`${p}.view.frame[${j}]`, code);
      });
    }
  });
}

/** Parses text as JSON and validates it; a syntax error becomes a problem with its position. */
export function validateDatasetText(json: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '(the whole dataset)', message: `is not valid JSON: ${message}` }],
    };
  }
  return validateDataset(value);
}
