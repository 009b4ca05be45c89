/**
 * `npm run dataset -- from-csv <folder> [-o dataset.json]`: a dataset from the CSV files a spreadsheet exports
 * (actors.csv, flows.csv, …; see datasets/template/README.md), validated; every problem is printed with its file,
 * line and column, and nothing is written unless the whole dataset is valid.
 *
 * `npm run dataset -- to-csv <dataset.json> -o <folder>`: the reverse, so a dataset can be edited in a spreadsheet
 * and read back unchanged.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvTables } from '../src/data/csv-tables';
import { datasetFromCsv, datasetToCsv, formatCsvProblem } from '../src/data/dataset-csv';
import { validateDatasetText } from '../src/data/validate';

const usage = `usage:
  npm run dataset -- from-csv <folder> [-o dataset.json]
  npm run dataset -- to-csv <dataset.json> -o <folder>`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const [command, input, ...rest] = process.argv.slice(2);
const outIndex = rest.findIndex((a) => a === '-o' || a === '--out');
const output = outIndex >= 0 ? rest[outIndex + 1] : undefined;
if (!command || !input || (outIndex >= 0 && !output)) fail(usage, 2);

if (command === 'from-csv') {
  if (!existsSync(input)) fail(`${input}: no such folder`);
  const files: Record<string, string | undefined> = {};
  for (const { file } of csvTables) {
    const path = join(input, file);
    if (existsSync(path)) files[file] = readFileSync(path, 'utf8');
  }
  const result = datasetFromCsv(files);
  if (!result.ok) {
    const n = result.problems.length;
    console.error(`${input}: ${n} problem${n > 1 ? 's' : ''}; nothing was written`);
    for (const problem of result.problems) console.error(`  ${formatCsvProblem(problem)}`);
    process.exit(1);
  }
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  const d = result.dataset;
  const summary = `${d.years.length} years, ${d.actors.length} actors, ${d.flows.length} flows, ${d.relations.length} relations, ${d.events.length} events, ${d.sources.length} sources`;
  if (output) {
    writeFileSync(output, json);
    console.error(`${output}: written and valid (${summary})`);
  } else {
    process.stdout.write(json);
    console.error(`valid (${summary})`);
  }
} else if (command === 'to-csv') {
  if (!output) fail(`to-csv needs an output folder: -o <folder>\n${usage}`, 2);
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch {
    fail(`${input}: cannot be read`);
  }
  const result = validateDatasetText(text);
  if (!result.ok) {
    console.error(`${input}: not a valid dataset; run npm run validate -- ${input}`);
    for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
    process.exit(1);
  }
  mkdirSync(output, { recursive: true });
  const files = datasetToCsv(result.dataset);
  for (const [name, csv] of Object.entries(files)) writeFileSync(join(output, name), csv);
  console.error(`${output}: ${Object.keys(files).join(', ')}`);
} else {
  fail(`unknown command "${command}"\n${usage}`, 2);
}
