import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { postersPlugin } from './scripts/posters-plugin';

/**
 * The library: one ES module, `dist/lib/relations-map.js`, that defines the elements. It is built as an app with a
 * single entry rather than in Vite's library mode, because library mode inlines assets as data URLs: the MapLibre
 * worker, the dataset and the basemap stay files beside the module, found through import.meta.url, so the module
 * works from any folder of any static host, another origin included.
 *
 * Everything the element needs is bundled (the package has no dependencies to install), and dynamic imports are
 * plain `import()`s: Vite's preload helper would write chunk paths relative to the page, which break once an app
 * bundles the package again (its assets move), and would 404.
 */
/**
 * `--mode server`: the package's entry on a server (`dist/lib/server.js`, the `node` export condition), with its few
 * dependencies bundled; written beside the library, after it.
 */
const server = defineConfig({
  publicDir: false,
  build: {
    target: 'node20',
    outDir: 'dist/lib',
    emptyOutDir: false,
    copyPublicDir: false,
    ssr: resolve(import.meta.dirname, 'src/server.ts'),
    rolldownOptions: { output: { entryFileNames: 'server.js', codeSplitting: false } },
  },
  ssr: { noExternal: true },
});

/** `--mode cli`: the package's command line (`dist/cli/relations-map.js`, its `bin`), everything it needs bundled. */
const cli = defineConfig({
  publicDir: false,
  build: {
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: true,
    copyPublicDir: false,
    ssr: resolve(import.meta.dirname, 'src/tools/bin.ts'),
    rolldownOptions: {
      output: { entryFileNames: 'relations-map.js', codeSplitting: false, banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});

const library = defineConfig({
  base: './',
  // The embed code names the library file itself (see vite.config.ts).
  // The posters are written beside it (scripts/posters-plugin.ts).
  define: {
    __LIBRARY_ENTRY__: JSON.stringify('./relations-map.js'),
    __POSTERS__: JSON.stringify('./posters/'),
  },
  plugins: [postersPlugin(import.meta.dirname)],
  // The entry exports validateDataset, so the validator is in it: the element takes it from there, instead of a
  // dynamic import that could not make a chunk of it (src/data/validator-loader.ts).
  resolve: {
    alias: [
      {
        find: /^\.\/validator-loader$/,
        replacement: resolve(import.meta.dirname, 'src/data/validator-loader.eager.ts'),
      },
    ],
  },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/lib',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    copyPublicDir: false,
    modulePreload: false,
    rolldownOptions: {
      input: { 'relations-map': resolve(import.meta.dirname, 'src/index.ts') },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Unhashed, so a page that copies the folder can name them from a base path (src/data/files.ts).
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
});

export default defineConfig(({ mode }) => (mode === 'server' ? server : mode === 'cli' ? cli : library));
