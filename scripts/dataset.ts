/** `npm run dataset -- from-csv|to-csv|validate …`: the package's `relations-map dataset` command (src/tools/cli.ts). */
import { main } from '../src/tools/cli';

process.exitCode = main(process.argv.slice(2), undefined, {
  name: 'npm run dataset --',
  defaultFiles: ['datasets/dprk-relations.json'],
});
