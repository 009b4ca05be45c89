/**
 * `npm run validate -- [<file> …]`: `relations-map dataset validate` (src/tools/cli.ts); without a file, the
 * built-in dataset.
 */
import { main } from '../src/tools/cli';

process.exitCode = main(['validate', ...process.argv.slice(2)], undefined, {
  name: 'npm run dataset --',
  defaultFiles: ['datasets/dprk-relations.json'],
});
