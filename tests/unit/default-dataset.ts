import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';

/** The project's dataset, validated, as the element would hold it. */
export function loadDefaultDataset(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8')));
  if (!result.ok) throw new Error('the default dataset does not validate');
  return result.dataset;
}
