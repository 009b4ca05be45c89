/**
 * `npm run validate -- <file> [<file> ...]`: checks datasets against the schema and across collections, prints
 * every problem with its JSON path, and exits non-zero when any file has problems.
 */
import { readFileSync } from 'node:fs';
import { validateDatasetText } from '../src/data/validate';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- <dataset.json> [...]');
  process.exit(2);
}

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
        `${d.relations.length} relations, ${d.events.length} events, ${d.sources.length} sources)`,
    );
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}`);
    for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
  }
}
process.exit(failed ? 1 : 0);
