import { defineConfig } from 'vite';

// The report page of `fulfill report`: one script and one style sheet (no chunks, no assets), which
// the command inlines into a single HTML file that opens from file:// with no request.
export default defineConfig({
  root: 'viz',
  base: './',
  build: {
    outDir: '../dist/viz/report',
    emptyOutDir: true,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    lib: { entry: 'src/report/report.ts', formats: ['iife'], name: 'fulfillReport', fileName: () => 'report.js', cssFileName: 'report' },
  },
});
