import { readFileSync } from 'node:fs';
import { detailsFor } from '../src/text/details';
import { validateDataset } from '../src/data/validate';
const raw = JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8'));
const r = validateDataset(raw);
const ds = (r as any).dataset ?? (r as any).data ?? r;
const v = detailsFor(ds, { kind: 'actor', id: 'MYS' }, 2017);
console.log(JSON.stringify(v, (k, val) => (k === 'sources' ? val.length : val), 1).slice(0, 5000));
