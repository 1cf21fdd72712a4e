// What `npm run build` (scripts/build.mjs) watches and expects, apart so that its test builds the same list.

/** What dist/ is built from: the sources, the build's configuration and the installed packages. */
export const INPUTS = [
  'engine',
  'bench',
  'viz',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.config.ts',
  'vite.report.config.ts',
  'package.json',
  'package-lock.json',
  // npm rewrites it whenever an install changes node_modules.
  'node_modules/.package-lock.json',
];
/** Files every build writes: one missing (dist/ partly deleted) means building again, from scratch. */
export const OUTPUTS = [
  'dist/engine/cli/bin.js',
  'dist/engine/index.d.ts',
  'dist/engine/parallel/replicationWorker.js',
  'dist/engine/parallel/bundled/replicationWorker.js',
  'dist/bench/run.js',
  'dist/viz/index.html',
  'dist/viz/report/report.js',
];
