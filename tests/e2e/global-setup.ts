import { execFileSync } from 'node:child_process';
import { build } from 'vite';

/**
 * The end-to-end tests run against the production build (site and library, with the package's server entry, command
 * line and bundled types), so `npm test` builds them first, once, here rather than in a test's hook.
 */
export default async function setup(): Promise<void> {
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
