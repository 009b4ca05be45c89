import { z } from 'zod/mini';
import { datasetSchema } from './schema';

/** The JSON Schema of a dataset as a person writes it (defaults optional), for editors. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'relations-map dataset',
    description:
      'A relations-map dataset: years, actors, trade flows, diplomatic relations, events, gaps and sources.',
  };
}
