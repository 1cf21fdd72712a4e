import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'fulfill-spare-inputs-'));

/** A small replaying scenario in its own folder: the scenario, its history and the folder. */
function replayingFolder(name: string): { folder: string; scenario: string; history: string } {
  const folder = join(directory, name);
  mkdirSync(folder);
  const history = join(folder, 'orders.csv');
  copyFileSync(join(process.cwd(), 'scenarios/own-dc/orders.csv'), history);
  copyFileSync(join(process.cwd(), 'scenarios/own-dc/skus.csv'), join(folder, 'skus.csv'));
  const scenario = join(folder, 'dc.json');
  writeFileSync(
    scenario,
    JSON.stringify({
      extends: join(process.cwd(), 'scenarios/baseline.json'),
      horizon: '15d',
      warmup: '1d',
      replications: 2,
      catalog: { file: 'skus.csv' },
      channels: [
        { name: 'web', orderHistory: 'orders.csv' },
        { name: 'marketplace', orderHistory: 'orders.csv' },
        { name: 'b2b', ordersPerDay: 0 },
      ],
    }),
  );
  return { folder, scenario, history };
}

describe('an output never replaces an input', () => {
  it('run --out into the scenario folder exits 2 before replacing the scenario with its result JSON', async () => {
    const { folder, scenario } = replayingFolder('run');
    const before = readFileSync(scenario, 'utf8');
    const run = await cli('run', scenario, '--reps', '2', '--out', folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--out: writing ${join(folder, 'dc.json')} would replace ${scenario}`);
    expect(readFileSync(scenario, 'utf8')).toBe(before);
  });

  it('backtest --out into the scenario folder exits 2 the same way', async () => {
    const { folder, scenario } = replayingFolder('backtest');
    const run = await cli('backtest', scenario, '--reps', '2', '--out', folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would replace');
  });

  it.each([
    ['the scenario', 'dc.json'],
    ['the history it replays', 'orders.csv'],
    ['its SKU master', 'skus.csv'],
  ])('export-history --out naming %s exits 2 and leaves it as it was', async (_what, name) => {
    const { folder, scenario } = replayingFolder(`export-${name}`);
    const target = join(folder, name);
    const before = readFileSync(target, 'utf8');
    const run = await cli('export-history', scenario, '--out', target);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`would replace ${target}, an input of the command`);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('export-history and calibrate --out (as report --out) never replace a result, with or without a manifest; other files may be replaced', async () => {
    const results = join(directory, 'results-folder');
    mkdirSync(results);
    const result = JSON.stringify({ scenario: 'baseline', kpis: {} });
    writeFileSync(join(results, 'baseline.json'), result);
    writeFileSync(join(results, 'kpis.csv'), 'kept');
    const scenario = 'scenarios/validation/pick-queue.json';
    for (const args of [
      ['export-history', scenario, '--horizon', '3d', '--out', join(results, 'baseline.json')],
      ['export-history', scenario, '--horizon', '3d', '--out', join(results, 'kpis.csv')],
      ['calibrate', 'scenarios/own-dc/orders.csv', '--out', join(results, 'baseline.json')],
    ]) {
      const run = await cli(...args);
      expect(run.stderr).toMatch(/--out: .* is a file of a results folder .*, which --out would replace: give another file name/);
      expect(run.code).toBe(2);
    }
    expect(readFileSync(join(results, 'baseline.json'), 'utf8')).toBe(result);
    expect(readFileSync(join(results, 'kpis.csv'), 'utf8')).toBe('kept');
    // An earlier export is the command's own: written again.
    const history = join(results, 'history.csv');
    for (let round = 0; round < 2; round++)
      expect((await cli('export-history', scenario, '--horizon', '3d', '--out', history)).code).toBe(0);
  });
});

describe('the manifest of a results directory', () => {
  it('lists the files by their names when --out ends in a slash', async () => {
    const { folder, scenario } = replayingFolder('manifest');
    const out = join(folder, 'results');
    const run = await cli('run', scenario, '--reps', '2', '--workers', '1', '--out', `${out}/`);
    expect(run.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(['dc.json', 'dc.orders.csv', 'kpis.csv']);
  });
});
