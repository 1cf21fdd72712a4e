import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/build.mjs');
const OUTPUTS = [
  'dist/engine/cli/bin.js',
  'dist/engine/index.d.ts',
  'dist/engine/parallel/bundled/replicationWorker.js',
  'dist/bench/run.js',
  'dist/viz/index.html',
  'dist/viz/report/report.js',
];

/**
 * A project folder whose `build:full` is a stand-in: it writes every output and counts its
 * runs in builds.txt, or fails when fail.txt exists.
 */
function fakeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'fulfill-build-'));
  const standIn = [
    "const fs = require('node:fs');",
    "if (fs.existsSync('fail.txt')) process.exit(3);",
    `for (const file of ${JSON.stringify(OUTPUTS)}) { fs.mkdirSync(require('node:path').dirname(file), { recursive: true }); fs.writeFileSync(file, ''); }`,
    "fs.appendFileSync('builds.txt', 'x');",
  ].join(' ');
  writeFileSync(join(root, 'build-stand-in.cjs'), standIn);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'fake', scripts: { 'build:full': 'node build-stand-in.cjs' } }));
  mkdirSync(join(root, 'engine', 'kernel'), { recursive: true });
  writeFileSync(join(root, 'engine', 'kernel', 'Simulation.ts'), 'export {};\n');
  return root;
}

describe('scripts/build.mjs (npm run build)', () => {
  let root: string;
  beforeEach(() => {
    root = fakeProject();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const build = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
  const builds = (): number => (existsSync(join(root, 'builds.txt')) ? readFileSync(join(root, 'builds.txt'), 'utf8').length : 0);
  /**
   * Dates every file and folder two minutes back and the stamp one: the last build began a
   * minute ago, nothing has changed since, and a change made now is newer than the stamp.
   */
  const settle = (path = root): void => {
    const back = (seconds: number): Date => new Date(Date.now() - seconds * 1000);
    const stamp = join(root, 'dist', '.build-stamp');
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) settle(join(path, name));
    const when = path === stamp ? back(60) : back(120);
    utimesSync(path, when, when);
  };

  it('builds once, then only when an input changed, a file or folder was added or removed, an output is missing, or when forced', () => {
    expect(build().status).toBe(0);
    expect(builds()).toBe(1);
    settle();
    const skipped = build();
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(/up to date/);
    expect(builds()).toBe(1);

    writeFileSync(join(root, 'engine', 'kernel', 'Simulation.ts'), 'export const changed = 1;\n');
    expect(build().stderr).not.toMatch(/up to date/);
    expect(builds()).toBe(2);

    // A source deleted: its folder's time changes.
    settle();
    rmSync(join(root, 'engine', 'kernel', 'Simulation.ts'));
    expect(build().status).toBe(0);
    expect(builds()).toBe(3);

    settle();
    writeFileSync(join(root, 'engine', 'kernel', 'Resource.ts'), 'export {};\n');
    expect(build().status).toBe(0);
    expect(builds()).toBe(4);

    settle();
    rmSync(join(root, 'dist', 'viz', 'index.html'));
    expect(build().status).toBe(0);
    expect(builds()).toBe(5);

    settle();
    expect(build('--force').status).toBe(0);
    expect(builds()).toBe(6);
    settle();
    expect(build().status).toBe(0);
    expect(builds()).toBe(6);
  });

  it('leaves no stamp when the build fails, so the next run builds again', () => {
    expect(build().status).toBe(0);
    settle();
    writeFileSync(join(root, 'fail.txt'), '');
    writeFileSync(join(root, 'package.json'), readFileSync(join(root, 'package.json')));
    const failed = build();
    expect(failed.status).toBe(3);
    expect(failed.stderr).toMatch(/build failed \(package\.json changed since the last build\)/);
    expect(existsSync(join(root, 'dist', '.build-stamp'))).toBe(false);
    rmSync(join(root, 'fail.txt'));
    // Nothing changed since the failed attempt, yet it builds: the failed build left no stamp.
    expect(build().status).toBe(0);
    expect(builds()).toBe(2);
    expect(existsSync(join(root, 'dist', '.build-stamp'))).toBe(true);
  });
});
