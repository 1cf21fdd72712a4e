import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineFile, pluginFixture } from '../helpers/scenarioFiles.js';
import { spawnCli } from '../helpers/spawnCli.js';

const temporaries = (folder: string): string[] => readdirSync(folder).filter((name) => name.includes('.partial-'));

/** Resolves once `condition` holds (checked every 50 ms). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((done) => setTimeout(done, 50));
}

/**
 * A long run (many replications) whose prioritization plugin appends a line to a marker file
 * each time a replication starts: with W workers, W + 1 lines mean one replication has finished.
 */
function longRun(workers: number): { folder: string; out: string; marker: string; args: string[] } {
  const { folder, file, out, marker } = markedRun({});
  return { folder, out, marker, args: ['run', file, '--horizon', '20d', '--reps', '40', '--workers', String(workers), '--out', out] };
}

/**
 * A baseline scenario in a fresh folder whose prioritization plugin (fifo-marker.mjs) appends a
 * line to `marker` at each build, and with `failOnBuild: N` refuses the Nth build.
 */
function markedRun(options: { failOnBuild?: number }): { folder: string; file: string; out: string; marker: string } {
  const folder = mkdtempSync(join(tmpdir(), 'fulfill-marked-'));
  const marker = join(folder, 'marker.txt');
  writeFileSync(marker, '');
  const file = baselineFile(
    { warmup: '1d', processing: { prioritization: { module: pluginFixture('fifo-marker.mjs'), options: { marker, ...options } } } },
    { folder },
  );
  return { folder, file, out: join(folder, 'out'), marker };
}

describe('Ctrl-C keeps what is finished (built binary)', () => {
  for (const workers of [1, 2]) {
    it(`run --workers ${workers}: SIGINT after a replication finished exits 130 within seconds, with a partial result, kpis.csv rows and no temporary files`, async () => {
      const { out, marker, args } = longRun(workers);
      const cli = spawnCli(args);
      await until(() => readFileSync(marker, 'utf8').split('\n').length - 1 >= workers + 1);
      const sent = performance.now();
      cli.child.kill('SIGINT');
      const { code, stderr } = await cli.done;
      const stopMs = performance.now() - sent;
      expect(code).toBe(130);
      expect(stopMs).toBeLessThan(15_000);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect(manifest.status).toBe('partial');
      const result = JSON.parse(readFileSync(join(out, `scenario.json`), 'utf8'));
      expect(result.partial.of).toBe(40);
      expect(result.partial.replications).toBeGreaterThanOrEqual(1);
      expect(result.partial.replications).toBeLessThan(40);
      expect(result.replications).toBe(result.partial.replications);
      const rows = readFileSync(join(out, 'kpis.csv'), 'utf8').trim().split('\n');
      expect(rows).toHaveLength(1 + result.partial.replications);
      expect(stderr).toMatch(
        new RegExp(
          `run: interrupted; 0 of 1 scenario\\(s\\) complete, ${result.partial.replications} of 40 replications of scenario finished`,
        ),
      );
      expect(temporaries(out)).toEqual([]);
    }, 120_000);
  }

  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`run: ${signal} (docker stop, a closed terminal) stops as Ctrl-C does, keeping the finished replications`, async () => {
      const { out, marker, args } = longRun(1);
      const cli = spawnCli(args);
      await until(() => readFileSync(marker, 'utf8').split('\n').length - 1 >= 2);
      cli.child.kill(signal);
      const { code, stderr } = await cli.done;
      expect(code).toBe(130);
      expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('partial');
      const result = JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8'));
      expect(result.partial.replications).toBeGreaterThanOrEqual(1);
      expect(readFileSync(join(out, 'kpis.csv'), 'utf8').trim().split('\n')).toHaveLength(1 + result.partial.replications);
      expect(stderr).toMatch(/run: interrupted; 0 of 1 scenario\(s\) complete/);
      expect(temporaries(out)).toEqual([]);
    }, 120_000);
  }

  it('compare --workers 1: SIGINT keeps the finished replications in kpis.csv and says how many', async () => {
    const { folder, out, marker } = longRun(1);
    const cli = spawnCli([
      'compare',
      join(folder, 'scenario.json'),
      'scenarios/what-if-picking.json',
      '--horizon',
      '20d',
      '--reps',
      '20',
      '--workers',
      '1',
      '--out',
      out,
    ]);
    await until(() => readFileSync(marker, 'utf8').split('\n').length - 1 >= 2);
    cli.child.kill('SIGINT');
    const { code, stderr } = await cli.done;
    expect(code).toBe(130);
    const match = /compare: interrupted; (\d+) of 40 replications finished/.exec(stderr);
    expect(match).not.toBeNull();
    const finished = Number(match?.[1]);
    expect(finished).toBeGreaterThanOrEqual(1);
    expect(readFileSync(join(out, 'kpis.csv'), 'utf8').trim().split('\n')).toHaveLength(1 + finished);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('partial');
    expect(temporaries(out)).toEqual([]);
  }, 120_000);

  it('start --no-serve --workers 1: SIGINT keeps the finished replications of the scenario in progress, marked partial', async () => {
    const { folder, marker } = longRun(1);
    const scenarios = join(folder, 'bundled');
    const out = join(folder, 'results');
    mkdirSync(scenarios);
    writeFileSync(
      join(scenarios, 'baseline.json'),
      readFileSync(join(folder, 'scenario.json'), 'utf8').replace('"warmup":"1d"', '"warmup":"1d","horizon":"20d"'),
    );
    const cli = spawnCli(['start', '--no-serve', '--dir', scenarios, '--out', out, '--reps', '40', '--workers', '1']);
    await until(() => readFileSync(marker, 'utf8').split('\n').length - 1 >= 2);
    cli.child.kill('SIGINT');
    const { code, stderr } = await cli.done;
    expect(code).toBe(130);
    const match = /start: interrupted after 0 of 1 scenarios and (\d+) of 40 replications of baseline/.exec(stderr);
    expect(match, stderr).not.toBeNull();
    const result = JSON.parse(readFileSync(join(out, 'baseline.json'), 'utf8'));
    expect(result.partial).toEqual({ replications: Number(match?.[1]), of: 40 });
    expect(existsSync(join(out, 'baseline.orders.csv'))).toBe(true);
    expect(temporaries(out)).toEqual([]);
  }, 120_000);

  it('optimize --workers 1: SIGINT keeps the points evaluated so far in optimize.json, with no best chosen', async () => {
    const { folder, marker } = longRun(1);
    const out = join(folder, 'optimize');
    const cli = spawnCli([
      'optimize',
      join(folder, 'scenario.json'),
      '--var',
      'warehouse.pickers=4..9',
      '--minimize',
      'costPerOrder',
      '--horizon',
      '20d',
      '--reps',
      '4',
      '--workers',
      '1',
      '--out',
      out,
    ]);
    await until(() => readFileSync(marker, 'utf8').split('\n').length - 1 >= 3);
    cli.child.kill('SIGINT');
    const { code, stderr } = await cli.done;
    expect(code).toBe(130);
    const match = /optimize: interrupted before the search finished; (\d+) point\(s\) evaluated with (\d+) replication\(s\)/.exec(stderr);
    expect(match, stderr).not.toBeNull();
    const result = JSON.parse(readFileSync(join(out, 'optimize.json'), 'utf8'));
    expect(result.interrupted).toBe(true);
    expect(result.best).toBeNull();
    expect(result.evaluated).toHaveLength(Number(match?.[1]));
    expect(result.evaluated.reduce((sum: number, point: { replications: number }) => sum + point.replications, 0)).toBe(Number(match?.[2]));
    expect(Number(match?.[2])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('partial');
    expect(temporaries(out)).toEqual([]);
  }, 120_000);

  it('check-policy: SIGINT keeps the rules checked so far and says how many', async () => {
    const cli = spawnCli(['check-policy', 'scenarios/plugins/loyal-first.ts', '--runs', '1000000']);
    await new Promise((done) => setTimeout(done, 4000));
    cli.child.kill('SIGINT');
    const { code, stderr } = await cli.done;
    expect(code).toBe(130);
    expect(stderr).toMatch(/check-policy: interrupted; \d of \d rules checked/);
  }, 60_000);

  it('run --workers 1 without plugins: SIGINT stops a replication in flight within seconds', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-interrupt-'));
    const cli = spawnCli(['run', 'scenarios/baseline.json', '--reps', '40', '--workers', '1', '--out', join(folder, 'out')]);
    // Give the first replication time to start (the model is built, the clock is running).
    await until(() => existsSync(join(folder, 'out', 'manifest.json')));
    await new Promise((done) => setTimeout(done, 1500));
    const sent = performance.now();
    cli.child.kill('SIGINT');
    const { code } = await cli.done;
    expect(code).toBe(130);
    expect(performance.now() - sent).toBeLessThan(10_000);
    expect(JSON.parse(readFileSync(join(folder, 'out', 'manifest.json'), 'utf8')).status).toBe('partial');
  }, 120_000);
});

describe('errors and leftovers', () => {
  it('run --out: a plugin error mid-run leaves the manifest failed with the message (no stack)', async () => {
    const file = baselineFile({ warmup: '1d', shipping: { selection: { module: pluginFixture('throwing-carrier.mjs') } } });
    const out = join(dirname(file), 'out');
    const { code, stderr } = await spawnCli(['run', file, '--horizon', '4d', '--reps', '2', '--workers', '1', '--out', out]).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/select threw: rate service unreachable/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.status).toBe('failed');
    expect(manifest.error).toMatch(/throwing-carrier\.mjs: select threw: rate service unreachable/);
    expect(manifest.error).not.toMatch(/\n\s+at /);
    expect(temporaries(out)).toEqual([]);
  }, 90_000);

  it('run --out: a plugin error in the third replication keeps the two finished ones beside the failed manifest', async () => {
    const { file, out } = markedRun({ failOnBuild: 3 });
    const { code, stderr } = await spawnCli(['run', file, '--horizon', '4d', '--reps', '5', '--workers', '1', '--out', out]).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/create\(options\) threw: build 3 refused/);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/build 3 refused/),
    });
    expect(JSON.parse(readFileSync(join(out, 'scenario.json'), 'utf8')).partial).toEqual({ replications: 2, of: 5 });
    expect(readFileSync(join(out, 'kpis.csv'), 'utf8').trim().split('\n')).toHaveLength(3);
  }, 90_000);

  it('sweep --out: a plugin error keeps the points that finished beside the failed manifest', async () => {
    const { file, out } = markedRun({ failOnBuild: 3 });
    const { code } = await spawnCli([
      'sweep',
      file,
      '--set',
      'warehouse.pickers=3,4,5',
      '--horizon',
      '4d',
      '--reps',
      '1',
      '--workers',
      '1',
      '--out',
      out,
    ]).done;
    expect(code).toBe(2);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.status).toBe('failed');
    expect(manifest.files).toEqual(['kpis.csv', 'scenario-p1.json', 'scenario-p2.json']);
  }, 90_000);

  it('run --out: a temporary file left by a killed writer is removed by the next run into the folder', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fulfill-leftover-')), 'out');
    const args = ['run', 'scenarios/validation/pick-queue.json', '--reps', '1', '--horizon', '3d', '--workers', '1', '--out', out];
    const first = await spawnCli(args).done;
    expect(first.code).toBe(0);
    // A process id far above any live one: the writer that left this is gone.
    writeFileSync(join(out, 'pick-queue.json.partial-2147483646'), '{"half": ');
    // What fulfill never writes stays: a user's file and a folder named like a temporary.
    writeFileSync(join(out, 'notes.partial-2147483646'), 'mine');
    mkdirSync(join(out, 'keep.csv.partial-2147483646'));
    const second = await spawnCli(args).done;
    expect(second.code).toBe(0);
    expect(temporaries(out).sort()).toEqual(['keep.csv.partial-2147483646', 'notes.partial-2147483646']);
  }, 90_000);
});
