import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset, validateDatasetText } from '../../src/data/validate';
import { minimalDataset } from '../fixtures/minimal-dataset';

const defaultDataset = JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8'));

/** Either a dataset, or problems that each have a path and a message: never an exception, never both. */
function wellFormed(result: ReturnType<typeof validateDataset>): boolean {
  if (result.ok) return typeof result.dataset === 'object' && result.dataset !== null;
  return (
    result.problems.length > 0 &&
    result.problems.every(
      (p) =>
        typeof p.path === 'string' &&
        p.path.length > 0 &&
        typeof p.message === 'string' &&
        p.message.length > 0,
    )
  );
}

type Json = unknown;

/** Sets the value at a random path of a copy, so most of the dataset stays valid and the checks go deep. */
function mutate(value: Json, path: number[], replacement: Json): Json {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const copy: Record<string, Json> | Json[] = Array.isArray(value)
    ? [...value]
    : { ...(value as Record<string, Json>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  (copy as Record<string, Json>)[key] = mutate(
    (copy as Record<string, Json>)[key],
    path.slice(1),
    replacement,
  );
  return copy;
}

describe('validator properties', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(wellFormed(validateDataset(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(wellFormed(validateDatasetText(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated datasets, and reports a problem or accepts the result', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(minimalDataset(), defaultDataset),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(
          fc.jsonValue(),
          fc.constant(undefined),
          fc.constant(-1),
          fc.constant('XYZ'),
          fc.constant(1e308),
        ),
        (dataset, path, replacement) => {
          expect(wellFormed(validateDataset(mutate(dataset, path, replacement)))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('accepts any valid dataset again after a JSON round trip (idempotent)', () => {
    const first = validateDataset(defaultDataset);
    expect(first.ok).toBe(true);
    if (first.ok) expect(validateDataset(JSON.parse(JSON.stringify(first.dataset))).ok).toBe(true);
  });
});
