import { defineConfig } from 'vite';

// The dashboard: built into dist/viz and served by `fulfill dashboard` / `npm start`.
export default defineConfig({
  root: 'viz',
  base: './',
  build: { outDir: '../dist/viz', emptyOutDir: true },
});
