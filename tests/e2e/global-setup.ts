import { build } from 'vite';

/** The end-to-end tests run against the production build, so `npm test` builds it first. */
export default async function setup(): Promise<void> {
  await build({ logLevel: 'warn' });
}
