import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/** What the builds read: a change to any of these makes the build stale. */
const INPUTS = [
  'src',
  'index.html',
  'examples',
  'bench',
  'public',
  'datasets',
  'geo',
  'scripts/posters-plugin.ts',
];
const CONFIGS = ['vite.config.ts', 'vite.lib.config.ts', 'package.json'];
/** What they write: the site, the library, its server entry, command line and types. */
const OUTPUTS = [
  'dist/index.html',
  'dist/lib/relations-map.js',
  'dist/lib/server.js',
  'dist/cli/relations-map.js',
  'dist/lib/relations-map.d.ts',
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when every output is newer than every input: `npm run build` has just run (as in CI), so build nothing. */
function builtAlready(): boolean {
  if (!OUTPUTS.every(existsSync)) return false;
  const oldestOutput = Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs));
  return oldestOutput > Math.max(...[...INPUTS, ...CONFIGS].map(newest));
}

/**
 * The end-to-end tests run against the production build (site and library, with the package's server entry, command
 * line and bundled types), so `npm test` builds them first, once, here rather than in a test's hook, unless the
 * build on disk is newer than every file it is built from.
 */
export default async function setup(): Promise<void> {
  if (builtAlready()) {
    console.log('e2e: the build in dist/ is newer than its sources; using it');
    return;
  }
  // Vitest sets NODE_ENV=test, which would make Vite bundle Lit's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
    for (const mode of ['production', 'server', 'cli'])
      await build({ logLevel: 'warn', mode, configFile: 'vite.lib.config.ts' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'types'], {
    stdio: 'inherit',
  });
}
