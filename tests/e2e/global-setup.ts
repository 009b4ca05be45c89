import { build } from 'vite';

/** The end-to-end tests run against the production build (site and library), so `npm test` builds both first. */
export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle Lit's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
    await build({ logLevel: 'warn', mode: 'production', configFile: 'vite.lib.config.ts' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
