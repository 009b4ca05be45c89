/**
 * The validator (zod and the schema) comes in a chunk of its own: the element paints, and the dataset downloads,
 * while it arrives. The library's entry exports `validateDataset` and so holds the validator already; its build
 * swaps this module for ./validator-loader.eager (vite.lib.config.ts) rather than ask for a chunk that cannot exist.
 */
export type Validator = typeof import('./validate');

export const loadValidator = (): Promise<Validator> => import('./validate');
