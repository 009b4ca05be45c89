/** Writes datasets/dataset.schema.json from the zod schema, so editors can check a dataset as it is typed. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/data/json-schema';

const out = new URL('../datasets/dataset.schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
