// `npm run build` (which `npm start`, `npm test` and `npm run bench` run first): builds dist/
// with `npm run build:full` (the compiler, the worker bundle, the dashboard and the report),
// unless dist/ was already built from the sources as they are. The full build takes about
// 6 seconds on 2 cores, a fifth of what `npm start` then simulates, and `npm install` has
// just run it. `npm run build -- --force` (or `npm run build:full`) always builds.
//
// "As they are": no file or folder of the inputs below changed since the last successful build
// began. The stamp's time is that start, so a file saved during a build is newer and the next
// run builds again; a failed or interrupted build leaves no stamp. Plain JavaScript: it runs
// before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What dist/ is built from: the sources, the build's configuration and the installed packages. */
const INPUTS = [
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
/** Files every build writes: one missing (dist/ partly deleted) means building again. */
const OUTPUTS = [
  'dist/engine/cli/bin.js',
  'dist/engine/index.d.ts',
  'dist/engine/parallel/bundled/replicationWorker.js',
  'dist/bench/run.js',
  'dist/viz/index.html',
  'dist/viz/report/report.js',
];
const STAMP = 'dist/.build-stamp';

/** The latest modification time (ms) of `path` and, for a folder, of everything in it (a deleted file changes its folder). */
function newestChange(path) {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return 0; // an optional input that is not there
  }
  let newest = stats.mtimeMs;
  if (stats.isDirectory() && !path.endsWith('node_modules'))
    for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

/** Why dist/ must be built, or undefined when it is up to date. */
function staleBecause() {
  if (process.argv.includes('--force')) return 'asked with --force';
  if (!existsSync(STAMP)) return 'no finished build in dist/';
  const missing = OUTPUTS.find((file) => !existsSync(file));
  if (missing !== undefined) return `${missing} is missing`;
  const built = lstatSync(STAMP).mtimeMs;
  const changed = INPUTS.find((input) => newestChange(input) >= built);
  return changed === undefined ? undefined : `${changed} changed since the last build`;
}

const reason = staleBecause();
if (reason === undefined) {
  process.stderr.write('dist/ is up to date with the sources (npm run build -- --force builds it again)\n');
} else {
  const started = new Date();
  rmSync(STAMP, { force: true });
  // A shell, as npm runs scripts: npm is npm.cmd on Windows.
  const build = spawnSync('npm run -s build:full', { stdio: 'inherit', shell: true });
  // Ctrl-C reached the build too: end as it did.
  if (build.signal !== null) process.kill(process.pid, build.signal);
  if (build.status !== 0) {
    process.stderr.write(`build failed (${reason}): see above\n`);
    process.exit(build.status ?? 1);
  }
  writeFileSync(STAMP, `built by npm run build: ${reason}\n`);
  utimesSync(STAMP, started, started);
}
