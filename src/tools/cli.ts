/**
 * The package's command line, `relations-map` (also `npm run dataset` and `npm run validate` in the repository):
 *
 *   relations-map dataset from-csv <folder> [-o dataset.json]   a dataset from the CSV files a spreadsheet exports
 *   relations-map dataset to-csv <dataset.json> -o <folder>     the reverse, to edit a dataset in a spreadsheet
 *   relations-map dataset validate <file> [<file> …]            checks datasets, every problem with its JSON path
 *
 * Node only. `main` runs in-process and returns the exit code, so tests call it as a function.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../data/schema';
import { validateDatasetText } from '../data/validate';
import { csvTables } from './csv-tables';
import { datasetFromCsv, datasetToCsv, formatCsvProblem } from './dataset-csv';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliOptions {
  /** The command as the reader types it, for the usage text (`relations-map dataset`, `npm run dataset --`). */
  name?: string;
  /** What `validate` checks when given no file. */
  defaultFiles?: readonly string[];
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const counts = (d: Dataset) =>
  `${d.years.length} years, ${d.actors.length} actors, ${d.flows.length} flows, ${d.relations.length} relations, ` +
  `${d.events.length} events, ${d.totals.length} totals, ${d.sources.length} sources`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Runs `relations-map <argv…>`; returns the exit code (0 done, 1 invalid input, 2 a usage mistake). */
export function main(argv: readonly string[], io: CliIo = processIo, options: CliOptions = {}): number {
  const name = options.name ?? 'relations-map dataset';
  const usage = `usage:
  ${name} from-csv <folder> [-o dataset.json]
  ${name} to-csv <dataset.json> -o <folder>
  ${name} validate <file> [<file> ...]`;
  const args = argv[0] === 'dataset' ? argv.slice(1) : argv;
  const [command, ...rest] = args;
  const outIndex = rest.findIndex((a) => a === '-o' || a === '--out');
  const output = outIndex >= 0 ? rest[outIndex + 1] : undefined;
  const inputs = rest.filter((_, i) => outIndex < 0 || (i !== outIndex && i !== outIndex + 1));
  if (command === '--help' || command === '-h') {
    io.out(usage);
    return 0;
  }
  if (outIndex >= 0 && !output) return usageError(io, `-o needs a path\n${usage}`);
  switch (command) {
    case 'from-csv':
      return inputs[0] ? fromCsv(inputs[0], output, io) : usageError(io, usage);
    case 'to-csv':
      if (!inputs[0]) return usageError(io, usage);
      return output
        ? toCsv(inputs[0], output, io, name)
        : usageError(io, `to-csv needs an output folder: -o <folder>\n${usage}`);
    case 'validate': {
      const files = inputs.length > 0 ? inputs : (options.defaultFiles ?? []);
      return files.length > 0 ? validate(files, io) : usageError(io, usage);
    }
    default:
      return usageError(io, command ? `unknown command "${command}"\n${usage}` : usage);
  }
}

function usageError(io: CliIo, text: string): number {
  io.err(text);
  return 2;
}

function fromCsv(folder: string, output: string | undefined, io: CliIo): number {
  if (!existsSync(folder)) {
    io.err(`${folder}: no such folder`);
    return 1;
  }
  const files: Record<string, string | undefined> = {};
  for (const { file } of csvTables) {
    const path = join(folder, file);
    if (existsSync(path)) files[file] = readFileSync(path, 'utf8');
  }
  const result = datasetFromCsv(files);
  if (!result.ok) {
    io.err(`${folder}: ${plural(result.problems.length, 'problem')}; nothing was written`);
    for (const problem of result.problems) io.err(`  ${formatCsvProblem(problem)}`);
    return 1;
  }
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (output) {
    writeFileSync(output, json);
    io.err(`${output}: written and valid (${counts(result.dataset)})`);
  } else {
    io.out(json.trimEnd());
    io.err(`valid (${counts(result.dataset)})`);
  }
  return 0;
}

function readText(file: string, io: CliIo): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    io.err(`${file}: cannot be read (${reason})`);
    return undefined;
  }
}

function toCsv(input: string, folder: string, io: CliIo, name: string): number {
  const text = readText(input, io);
  if (text === undefined) return 1;
  const result = validateDatasetText(text);
  if (!result.ok) {
    io.err(`${input}: not a valid dataset; run ${name} validate ${input}`);
    for (const p of result.problems) io.err(`  ${p.path}: ${p.message}`);
    return 1;
  }
  mkdirSync(folder, { recursive: true });
  const files = datasetToCsv(result.dataset);
  for (const [file, csv] of Object.entries(files)) writeFileSync(join(folder, file), csv);
  io.err(`${folder}: ${Object.keys(files).join(', ')}`);
  return 0;
}

function validate(files: readonly string[], io: CliIo): number {
  let failed = false;
  for (const file of files) {
    const text = readText(file, io);
    if (text === undefined) {
      failed = true;
      continue;
    }
    const result = validateDatasetText(text);
    if (result.ok) {
      io.out(`${file}: valid (${counts(result.dataset)})`);
    } else {
      failed = true;
      io.err(`${file}: ${plural(result.problems.length, 'problem')}`);
      for (const problem of result.problems) io.err(`  ${problem.path}: ${problem.message}`);
    }
  }
  return failed ? 1 : 0;
}
