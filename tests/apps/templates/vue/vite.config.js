import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue's recipe: tell its compiler that relations-* tags are custom elements.
export default defineConfig({
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('relations-') } } }),
  ],
  build: { chunkSizeWarningLimit: 2000 },
});
