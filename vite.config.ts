import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so the built site runs from any folder of any static host.
  base: './',
  // The share box's embed code loads the library build (dist/lib, published beside the site), not the site's own
  // bundle, whose hashed name changes with every build.
  define: {
    __LIBRARY_ENTRY__: JSON.stringify('../lib/relations-map.js'),
    __POSTERS__: JSON.stringify('../lib/posters/'),
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // The dataset and basemap stay separate files: fetched like any user dataset, cached on their own.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        article: resolve(import.meta.dirname, 'examples/article.html'),
        csp: resolve(import.meta.dirname, 'examples/csp.html'),
        narrow: resolve(import.meta.dirname, 'examples/narrow.html'),
        story: resolve(import.meta.dirname, 'examples/story.html'),
        // The benchmark's baseline: a bare MapLibre map with the same basemap (npm run bench).
        baseline: resolve(import.meta.dirname, 'bench/baseline.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
