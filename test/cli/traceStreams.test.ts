import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineFile } from '../helpers/scenarioFiles.js';
import { BIN } from '../helpers/spawnCli.js';
import { temporaryFolders } from '../helpers/tempFolders.js';

const SHORT = { horizon: '3d', warmup: '1d' };
const QUICK = ['--reps', '1', '--workers', '1'];
const folder = temporaryFolders('fulfill-trace-streams-');

/** Runs the CLI with its descriptors 1 and 3 given (a file descriptor, or 'ignore'); resolves to its exit code. */
function runWith(args: readonly string[], stdout: number | 'ignore', extra?: number): Promise<number | null> {
  const stdio = extra === undefined ? ['ignore', stdout, 'ignore'] : ['ignore', stdout, 'ignore', extra];
  const child = spawn('node', [resolve(BIN), ...args], { stdio: stdio as Array<number | 'ignore'> });
  return new Promise((done) => child.on('close', done));
}

/** The trace lines (JSON) at the start of `text`, and what follows them. */
function split(text: string): { trace: string[]; rest: string } {
  const lines = text.split('\n');
  const end = lines.findIndex((line) => !line.startsWith('{'));
  return { trace: lines.slice(0, end), rest: lines.slice(end).join('\n') };
}

describe("a trace to one of the command's own outputs is written through it", () => {
  it('--trace /dev/stdout, or a link to it, redirected to a file holds the whole trace and then the results', async () => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    symlinkSync('/dev/stdout', join(dir, 'so'));
    for (const target of ['/dev/stdout', join(dir, 'so'), '/proc/thread-self/fd/1']) {
      const output = openSync(join(dir, 'out.txt'), 'w');
      const code = await runWith(['run', scenario, ...QUICK, '--trace', target], output);
      closeSync(output);
      expect(code).toBe(0);
      const { trace, rest } = split(readFileSync(join(dir, 'out.txt'), 'utf8'));
      expect(trace.length).toBeGreaterThan(100);
      for (const line of trace) expect(JSON.parse(line).scenario).toBe('scenario');
      expect(rest).toContain('Orders placed');
      expect(rest).not.toMatch(/^\{/m);
    }
  }, 120_000);

  it('--trace /dev/stdout | head: the reader leaving is its choice, exit 0 with the results complete', async () => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    const out = join(dir, 'out');
    const child = spawn('node', [resolve(BIN), 'run', scenario, ...QUICK, '--out', out, '--record-day', '1', '--trace', '/dev/stdout'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // head -1
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|internal error/);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('complete');
    expect(readdirSync(out)).toContain('scenario.day-1.json'); // the day is still recorded
  }, 60_000);

  it.each([
    ['/proc/1/fd/1', "another process's descriptor"],
    ['/dev/fd/3', "a descriptor of its own beyond the standard output and error (Node holds its event loop's there)"],
    ['/dev/stdin', 'its input'],
  ])('--trace %s (%s) is refused before the run', async (target) => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    const child = spawn('node', [resolve(BIN), 'run', scenario, ...QUICK, '--trace', target], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    expect(await new Promise((done) => child.on('close', done))).toBe(2);
    expect(stderr).toContain(`--trace: ${target} is not a file to write (nothing under /proc, /dev/fd or /dev/stdin is`);
  });

  it.each(['/dev/stdout', '/dev/null'])(
    'a file output (report --out) refuses %s before any work: the rename would replace it',
    async (target) => {
      const dir = folder();
      const child = spawn('node', [resolve(BIN), 'report', dir, '--out', target], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      expect(await new Promise((done) => child.on('close', done))).toBe(2);
      // report's own check or checkOutputFile's, depending on what /dev/stdout leads to here
      expect(stderr).toMatch(/--out:? \/dev\/(stdout|null) is (this command's own output|a device, pipe or socket)/);
    },
  );

  it('--trace /dev/stdout with --json is refused before the run: the standard output holds one JSON document', async () => {
    const dir = folder();
    const scenario = baselineFile(SHORT, { folder: dir });
    const child = spawn('node', [resolve(BIN), 'run', scenario, ...QUICK, '--json', '--trace', '/dev/stdout'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    expect(await new Promise((done) => child.on('close', done))).toBe(2);
    expect(stderr).toContain('--trace: the standard output holds the --json document');
  });
});
