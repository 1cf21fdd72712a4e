import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTPUTS } from '../../scripts/buildFiles.mjs';

/**
 * A project folder with a copy of scripts/build.mjs (which works on the project it sits in) and
 * a stand-in for `build:full`: it writes every output (but the one named in skip.txt), notes in
 * builds.txt whether the compiler's record was there when it began, saves a source while it
 * "builds" when during.txt exists, fails when fail.txt exists and is killed when kill.txt does.
 */
function fakeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'fulfill-build-'));
  const standIn = `
    const fs = require('node:fs');
    const path = require('node:path');
    if (fs.existsSync('fail.txt')) process.exit(3);
    if (fs.existsSync('kill.txt')) process.kill(process.pid, 'SIGTERM');
    fs.appendFileSync('builds.txt', fs.existsSync('dist/.tsbuildinfo') ? 'i' : 'x');
    const skip = fs.existsSync('skip.txt') ? fs.readFileSync('skip.txt', 'utf8') : '';
    for (const file of ${JSON.stringify(OUTPUTS)}) {
      if (file === skip) continue;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '');
    }
    fs.writeFileSync('dist/.tsbuildinfo', '{}');
    if (fs.existsSync('during.txt')) fs.writeFileSync('engine/kernel/Simulation.ts', 'export const savedDuringTheBuild = 1;\\n');
  `;
  writeFileSync(join(root, 'build-stand-in.cjs'), standIn);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'fake', scripts: { 'build:full': 'node build-stand-in.cjs' } }));
  mkdirSync(join(root, 'scripts'));
  for (const script of ['build.mjs', 'buildFiles.mjs']) copyFileSync(resolve('scripts', script), join(root, 'scripts', script));
  mkdirSync(join(root, 'engine', 'kernel'), { recursive: true });
  writeFileSync(join(root, 'engine', 'kernel', 'Simulation.ts'), 'export {};\n');
  mkdirSync(join(root, 'node_modules'));
  writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{}');
  return root;
}

// The tests run under `npm test`, whose own options reach scripts as npm_config_* variables.
const { npm_config_force: _force, ...npmFree } = process.env;

describe('scripts/build.mjs (npm run build)', () => {
  let root: string;
  beforeEach(() => {
    root = fakeProject();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Runs the project's copy of the script from another folder (it works on its own project wherever it is started). */
  const build = (args: string[] = [], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), ...args], {
      cwd: tmpdir(),
      encoding: 'utf8',
      env: { ...npmFree, ...env },
    });
  /** The stand-in's runs: 'x' a run from scratch, 'i' one that found the compiler's record. */
  const builds = (): string => (existsSync(join(root, 'builds.txt')) ? readFileSync(join(root, 'builds.txt'), 'utf8') : '');
  const write = (path: string, text: string): void => writeFileSync(join(root, path), text);

  it('builds once, then only when an input changed, was added or removed, or an output is missing, or when forced', () => {
    expect(build().status).toBe(0);
    expect(builds()).toBe('x');
    const skipped = build();
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(/up to date/);

    write('engine/kernel/Simulation.ts', 'export const changed = 1;\n');
    expect(build().stderr).not.toMatch(/up to date/);
    expect(builds()).toBe('xi');
    expect(build().stderr).toMatch(/up to date/);

    rmSync(join(root, 'engine', 'kernel', 'Simulation.ts'));
    build();
    write('engine/kernel/Resource.ts', 'export {};\n');
    build();
    write('node_modules/.package-lock.json', '{"packages":{}}');
    build();
    expect(builds()).toBe('xiiii');

    // Put back as it was, with an older time (as `cp -p` or an unzip would): a different file all the same.
    const older = new Date(Date.now() - 3_600_000);
    utimesSync(join(root, 'engine', 'kernel', 'Resource.ts'), older, older);
    build();
    expect(builds()).toBe('xiiiii');
    expect(build().stderr).toMatch(/up to date/);

    // A missing output is built from scratch: the compiler's incremental record would not write it again.
    rmSync(join(root, 'dist', 'engine', 'index.d.ts'));
    build();
    expect(builds()).toBe('xiiiiix');

    expect(build(['--force']).status).toBe(0);
    // `npm run build --force` (without `--`) reaches the script as npm's own option.
    expect(build([], { npm_config_force: 'true' }).status).toBe(0);
    expect(builds()).toBe('xiiiiixxx');
    expect(build().stderr).toMatch(/up to date/);
    // A mistyped option is refused, not taken for a plain build.
    const typo = build(['--frce']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown option --frce/);
    expect(builds()).toBe('xiiiiixxx');
  });

  it('follows linked source folders, each real folder once', () => {
    const outside = mkdtempSync(join(tmpdir(), 'fulfill-linked-'));
    try {
      writeFileSync(join(outside, 'Policy.ts'), 'export {};\n');
      symlinkSync(outside, join(root, 'engine', 'linked'));
      // A link back up the tree: walked once, not forever.
      symlinkSync(join(root, 'engine'), join(root, 'engine', 'kernel', 'loop'));
      expect(build().status).toBe(0);
      expect(build().stderr).toMatch(/up to date/);
      writeFileSync(join(outside, 'Policy.ts'), 'export const changedThroughTheLink = 1;\n');
      expect(build().status).toBe(0);
      expect(builds()).toBe('xi');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('ends as the shell reports a build killed by a signal, leaving no stamp', () => {
    expect(build().status).toBe(0);
    write('kill.txt', '');
    write('package.json', readFileSync(join(root, 'package.json'), 'utf8') + '\n');
    const killed = build();
    expect(killed.status).toBe(143);
    expect(existsSync(join(root, 'dist', '.build-stamp'))).toBe(false);
  });

  it('answers a dist that is a file with a message, and takes a stamp it cannot read for none', () => {
    write('dist', 'not a folder');
    const refused = build();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^build: dist is not a folder; move it away and build again\n$/);
    expect(builds()).toBe('');
    rmSync(join(root, 'dist'));

    expect(build().status).toBe(0);
    rmSync(join(root, 'dist', '.build-stamp'));
    mkdirSync(join(root, 'dist', '.build-stamp'));
    expect(build().status).toBe(0);
    expect(build().stderr).toMatch(/up to date/);
    expect(builds()).toBe('xi');
  });

  it('builds again after a build during which a source was saved', () => {
    write('during.txt', '');
    expect(build().status).toBe(0);
    rmSync(join(root, 'during.txt'));
    expect(build().stderr).not.toMatch(/up to date/);
    expect(build().stderr).toMatch(/up to date/);
    expect(builds()).toBe('xi');
  });

  it('leaves no stamp when the build fails or misses an output, so the next run builds again', () => {
    expect(build().status).toBe(0);
    write('fail.txt', '');
    write('package.json', readFileSync(join(root, 'package.json'), 'utf8') + '\n');
    const failed = build();
    expect(failed.status).toBe(3);
    expect(failed.stderr).toMatch(/build failed \(the sources changed since the last build\)/);
    expect(existsSync(join(root, 'dist', '.build-stamp'))).toBe(false);
    rmSync(join(root, 'fail.txt'));

    write('skip.txt', 'dist/viz/index.html');
    rmSync(join(root, 'dist', 'viz', 'index.html'));
    const incomplete = build();
    expect(incomplete.status).toBe(1);
    expect(incomplete.stderr).toMatch(/build finished without dist\/viz\/index\.html/);
    expect(existsSync(join(root, 'dist', '.build-stamp'))).toBe(false);
    rmSync(join(root, 'skip.txt'));

    expect(build().status).toBe(0);
    expect(build().stderr).toMatch(/up to date/);
    expect(builds()).toBe('xxx');
  });
});
