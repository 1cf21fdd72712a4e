import { spawn, execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { baselineFile, pluginFixture } from '../helpers/scenarioFiles.js';
import { BIN } from '../helpers/spawnCli.js';
import { temporaryFolders } from '../helpers/tempFolders.js';

const SHORT = { horizon: '3d', warmup: '1d' };
const QUICK = ['--reps', '1', '--workers', '1'];
const folder = temporaryFolders('fulfill-trace-targets-');

/** Runs `fulfill ...args` in a shell that first runs `limit` (a ulimit); resolves to its exit code and stderr. */
function limitedCli(limit: string, args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const command = `${limit}; exec node "$@"`;
  const child = spawn('bash', ['-c', command, 'bash', resolve(BIN), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, stderr })));
}

describe('--trace never replaces what the run reads or writes', () => {
  it('refuses the file a scenario extends and a plugin module the scenario names', async () => {
    const dir = folder();
    const parent = baselineFile(SHORT, { name: 'parent', folder: dir });
    const child = join(dir, 'child.json');
    writeFileSync(child, JSON.stringify({ extends: parent }));
    const before = readFileSync(parent, 'utf8');
    const onParent = await cli('run', child, ...QUICK, '--trace', parent);
    expect(onParent.code).toBe(2);
    expect(onParent.stderr).toMatch(/--trace: writing .*parent\.json would replace .*parent\.json, an input of the command/);
    expect(readFileSync(parent, 'utf8')).toBe(before);

    const module = join(dir, 'route.mjs');
    writeFileSync(module, readFileSync(pluginFixture('fcfs-copy.mjs')));
    const withPlugin = baselineFile({ ...SHORT, inventory: { allocation: { module } } }, { name: 'plugin', folder: dir });
    const onModule = await cli('run', withPlugin, ...QUICK, '--trace', module);
    expect(onModule.code).toBe(2);
    expect(onModule.stderr).toMatch(/--trace: writing .*route\.mjs would replace .*route\.mjs, an input of the command/);
  });

  it('refuses a result named through a link to the --out folder, and the --out folder itself, before the run', async () => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    const throughLink = await cli('run', scenario, ...QUICK, '--out', join(dir, 'link'), '--trace', join(dir, 'real', 'manifest.json'));
    expect(throughLink.code).toBe(2);
    expect(throughLink.stderr).toMatch(/--trace: writing .*real\/manifest\.json would replace .*link\/manifest\.json, one of the results/);

    const out = join(dir, 'results');
    const onFolder = await cli('run', scenario, ...QUICK, '--out', out, '--trace', out);
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr).toMatch(/--trace: .*results is the folder of .*results\/manifest\.json, one of the results written to --out/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes through a symbolic link to the file it leads to, and leaves the link a link', async () => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    writeFileSync(join(dir, 'target.jsonl'), 'old\n');
    symlinkSync(join(dir, 'target.jsonl'), join(dir, 'trace.jsonl'));
    const result = await cli('run', scenario, ...QUICK, '--trace', join(dir, 'trace.jsonl'));
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'trace.jsonl')).isSymbolicLink()).toBe(true);
    const lines = readFileSync(join(dir, 'target.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(JSON.parse(lines[0] as string).scenario).toBe('scenario');
    expect(readdirSync(dir).sort()).toEqual(['scenario.json', 'target.jsonl', 'trace.jsonl']);
  });
});

describe('a trace the machine cuts short or cannot take', () => {
  it('a file-size limit reached mid-trace is exit 2 and keeps no truncated trace', async () => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    const trace = join(dir, 'trace.jsonl');
    const result = await limitedCli('ulimit -f 64', ['run', scenario, ...QUICK, '--trace', trace]);
    expect(result.stderr).toMatch(/cannot write .*trace\.jsonl: the file is too large for its file system \(EFBIG\)/);
    expect(result.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['scenario.json']);
  }, 60_000);

  it('a named pipe nobody reads is exit 2 when the trace starts, not a hang, and the results are still shown', async () => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    const pipe = join(dir, 'trace.pipe');
    execFileSync('mkfifo', [pipe]);
    const result = await cli('run', scenario, ...QUICK, '--trace', pipe);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot use .*trace\.pipe: nothing reads it \(a named pipe with no reader yet, or a socket\)/);
    expect(result.stdout).toContain('Orders placed');
  }, 60_000);

  it('a loop of symbolic links, on the file or its folder, is exit 2 before the run', async () => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    for (const trace of [join(dir, 'a'), join(dir, 'a', 'x.jsonl')]) {
      const result = await cli('run', scenario, ...QUICK, '--trace', trace);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--trace: .* is a loop of symbolic links/);
    }
  });
});
