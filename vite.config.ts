import { defineConfig } from 'vite';

// The dashboard: built into dist/viz and served by `fulfill dashboard` / `npm start`.
export default defineConfig({
  root: 'viz',
  base: './',
  build: { outDir: '../dist/viz', emptyOutDir: true },
  // Module workers can split code, so the what-if worker does not carry check-policy's
  // conformance rules (and fast-check), which it never loads.
  worker: { format: 'es' },
});
