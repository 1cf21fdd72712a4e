// `npm run build` (which `npm start`, `npm test` and `npm run bench` run first): builds dist/
// with `npm run build:full` (the compiler, the worker bundle, the dashboard and the report),
// unless dist/ was already built from the inputs as they are. A build after a change takes
// 6-8 seconds on 2 cores (15 from scratch), a fifth of what `npm start` then simulates, and
// `npm install` has just run one.
// `npm run build -- --force` always builds, from scratch; `npm run build:full` builds
// incrementally (the compiler rewrites only what changed) and leaves the stamp as it was.
//
// "As they are": the stamp holds a fingerprint of every input file and folder (its path, size
// and modification time) taken before the last successful build began. Any difference builds
// again: a file saved during a build, one put back with an older time (`cp -p`), a deleted one
// (its folder's time changes). No clock is compared with another. A failed or interrupted build
// leaves no stamp. Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUTS, OUTPUTS } from './buildFiles.mjs';

// Paths below are the project's, wherever the script is started from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const STAMP = 'dist/.build-stamp';
/** The compiler's record of its last build: without it the compiler writes every file again (an incremental build does not rewrite a deleted output). */
const COMPILER_RECORD = 'dist/.tsbuildinfo';

/** Something the fingerprint cannot read: said in one line, not a stack trace. */
class Unreadable extends Error {}

/**
 * Adds `path` and, for a folder, everything in it to `hash`: path, size and modification time
 * each. Links are followed (a linked source folder is watched like one of its own), each real
 * folder once; a missing input, or a link to nothing, counts as absent.
 */
function addToFingerprint(hash, path, seen) {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw new Unreadable(`cannot read ${path} (${error.code ?? error.message})`);
    hash.update(`${path}\tabsent\n`);
    return;
  }
  hash.update(`${path}\t${stats.size}\t${stats.mtimeMs}\n`);
  if (!stats.isDirectory() || path.endsWith('node_modules')) return;
  let names;
  try {
    const real = realpathSync(path);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(path).sort();
  } catch (error) {
    throw new Unreadable(`cannot read the folder ${path} (${error.code ?? error.message})`);
  }
  for (const name of names) addToFingerprint(hash, join(path, name), seen);
}

function fingerprint() {
  const hash = createHash('sha256');
  const seen = new Set();
  for (const input of INPUTS) addToFingerprint(hash, input, seen);
  return hash.digest('hex');
}

const unknown = process.argv.slice(2).find((argument) => argument !== '--force');
if (unknown !== undefined) {
  process.stderr.write(`build: unknown option ${unknown} (the one option is --force, which always builds)\n`);
  process.exit(2);
}
const forced = process.argv.includes('--force') || process.env.npm_config_force === 'true';
if (existsSync('dist') && !statSync('dist').isDirectory()) {
  process.stderr.write('build: dist is not a folder; move it away and build again\n');
  process.exit(1);
}
let inputs;
try {
  inputs = fingerprint();
} catch (error) {
  if (!(error instanceof Unreadable)) throw error;
  process.stderr.write(`build: ${error.message}\n`);
  process.exit(1);
}
/** The fingerprint the last successful build began with; a stamp that cannot be read (a folder, say) is no stamp. */
function readStamp() {
  try {
    return readFileSync(STAMP, 'utf8').trim();
  } catch {
    return undefined;
  }
}
const stamp = readStamp();
const missing = OUTPUTS.find((file) => !existsSync(file));

if (!forced && missing === undefined && stamp === inputs) {
  process.stderr.write('dist/ is up to date with the sources (npm run build -- --force builds it again)\n');
  process.exit(0);
}

const reason = forced
  ? 'asked with --force'
  : missing !== undefined
    ? `${missing} is missing`
    : stamp === undefined
      ? 'no finished build in dist/'
      : 'the sources changed since the last build';
rmSync(STAMP, { recursive: true, force: true });
if (forced || missing !== undefined) rmSync(COMPILER_RECORD, { force: true });
// A shell, as npm runs scripts (npm is npm.cmd on Windows).
const build = spawnSync('npm run -s build:full', { stdio: 'inherit', shell: true });
if (build.error !== undefined) {
  process.stderr.write(`build: could not start npm run build:full (${build.error.message})\n`);
  process.exit(1);
}
// The shell itself was killed (a signal to npm or the compiler comes back as the shell's status,
// and Ctrl-C ends this script too): end as a process ended by that signal does.
if (build.signal !== null) process.exit(128 + (constants.signals[build.signal] ?? 0));
if (build.status !== 0) {
  process.stderr.write(`build failed (${reason}): see above\n`);
  process.exit(build.status ?? 1);
}
const stillMissing = OUTPUTS.filter((file) => !existsSync(file));
if (stillMissing.length > 0) {
  process.stderr.write(`build finished without ${stillMissing.join(', ')}: npm run build:full did not write them\n`);
  process.exit(1);
}
// Atomically: a stamp cut short would name no fingerprint, never a wrong one.
writeFileSync(`${STAMP}.partial`, `${inputs}\n`);
renameSync(`${STAMP}.partial`, STAMP);
