/** The `relations-map` command of the installed package (see ./cli.ts). */
import { main } from './cli';

process.exitCode = main(process.argv.slice(2));
