/**
 * `npm run validate -- <file> [<file> ...]`: checks datasets against the schema and across collections, prints
 * every problem with its JSON path, and exits non-zero when any file has problems. Without a file, it checks the
 * built-in dataset.
 */
import { readFileSync } from 'node:fs';
import { validateDatasetText } from '../src/data/validate';

const given = process.argv.slice(2);
const files = given.length > 0 ? given : ['datasets/dprk-relations.json'];

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    failed = true;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    console.error(`${file}: cannot be read (${reason})`);
    continue;
  }
  const result = validateDatasetText(text);
  if (result.ok) {
    const d = result.dataset;
    console.log(
      `${file}: valid (${d.years.length} years, ${d.actors.length} actors, ${d.flows.length} flows, ` +
        `${d.relations.length} relations, ${d.events.length} events, ${d.totals.length} totals, ` +
        `${d.sources.length} sources)`,
    );
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}`);
    for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
  }
}
process.exit(failed ? 1 : 0);
