import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../engine/experiment/runReplication.js';
import { estimateReplication } from '../../engine/experiment/workEstimate.js';
import { scenarioWith } from '../helpers/scenarios.js';
import { timedCli } from '../helpers/cli.js';
import { baselineFile } from '../helpers/scenarioFiles.js';

/** The baseline with `overrides` (merged like `extends`) in a temporary file. */

describe('estimateReplication', () => {
  it('is within 5% of the orders a baseline replication really places', () => {
    const scenario = scenarioWith('scenarios/baseline.json', { horizon: '21d', warmup: '7d' });
    const simulated = runReplication(scenario, 0).ordersSimulated;
    expect(Math.abs(estimateReplication(scenario, false).orders / simulated - 1)).toBeLessThan(0.05);
  });
});

describe('checkWork in the commands', () => {
  it('refuses a run far past the order limit before simulating, with the estimate and how to raise it', async () => {
    const file = baselineFile({ channels: [{ name: 'web', ordersPerDay: 1_000_000 }] });
    const { code, out, seconds } = await timedCli('run', file, '--workers', '1');
    expect(code).toBe(2);
    expect(out).toMatch(
      /about 4\d\d,\d{3},\d{3} orders \([\d,]+ events\) over 5 replication\(s\), more than the limit of 50,000,000 orders/,
    );
    expect(out).toMatch(/--max-orders N or "limits": \{"maxOrders": N\}/);
    expect(seconds).toBeLessThan(10);
  });

  it.each([
    ['backtest', ['scenarios/own-dc/dc.json', '--reps', '2']],
    ['export-history', ['scenarios/own-dc/truth.json', '--out', join(mkdtempSync(join(tmpdir(), 'fulfill-limit-')), 'orders.csv')]],
  ])('%s takes the --max-orders its refusal names', async (command, operands) => {
    const { code, out } = await timedCli(command, ...operands, '--max-orders', '10');
    expect(code).toBe(2);
    expect(out).toMatch(/more than the limit of 10 orders/);
    expect(out).not.toMatch(/unknown option/);
  });

  it('takes a lower limit from --max-orders and a higher one from the scenario', async () => {
    const file = baselineFile({ horizon: '16d' });
    expect((await timedCli('run', file, '--reps', '1', '--workers', '1', '--max-orders', '1000')).out).toMatch(
      /more than the limit of 1,000 orders/,
    );
    const raised = baselineFile({
      horizon: '16d',
      channels: [{ name: 'web', ordersPerDay: 4_000_000 }],
      limits: { maxOrders: 1_000_000_000 },
    });
    const refused = await timedCli(
      'sweep',
      raised,
      '--set',
      'warehouse.pickers=6,7',
      '--reps',
      '1',
      '--workers',
      '1',
      '--max-orders',
      '10',
    );
    expect(refused.code).toBe(2);
    expect(refused.out).toMatch(/over 2 replication\(s\)/);
  });

  it('counts every point of a sweep and every evaluation of optimize', async () => {
    const file = baselineFile({ horizon: '60d' });
    const sweep = await timedCli(
      'sweep',
      file,
      '--set',
      'warehouse.pickers=4,5,6,7,8,9,10,11,12,13',
      '--reps',
      '20',
      '--max-orders',
      '5000000',
      '--workers',
      '1',
    );
    expect(sweep.out).toMatch(/over 200 replication\(s\)/);
    const optimize = await timedCli(
      'optimize',
      file,
      '--var',
      'warehouse.pickers=4..12',
      '--minimize',
      'costPerOrder',
      '--budget',
      '1000',
      '--max-orders',
      '5000000',
      '--workers',
      '1',
    );
    expect(optimize.code).toBe(2);
    expect(optimize.out).toMatch(/more than the limit of 5,000,000 orders/);
  });

  it('refuses huge replications and horizons in the scenario with their JSON path', async () => {
    const reps = await timedCli('validate', baselineFile({ replications: 1e9 }));
    expect(reps.out).toMatch(/\$\.replications: Too big: expected number to be <=10000/);
    const horizon = await timedCli('run', baselineFile({ horizon: '100000d' }), '--workers', '1');
    expect(horizon.code).toBe(2);
    expect(horizon.out).toMatch(/\$\.horizon: expected at most 3660d/);
  });
});

describe('extends reads only regular files of bounded size', () => {
  it('refuses a device, a pipe, a directory and an oversized file at once', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'fulfill-extends-'));
    const fifo = join(directory, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const big = join(directory, 'big.json');
    writeFileSync(big, ' '.repeat(33 * 2 ** 20));
    const cases: Array<[string, RegExp]> = [
      ['/dev/zero', /expected a regular file/],
      [fifo, /expected a regular file/],
      [directory, /got a directory/],
      [big, /file too large \(33 MB; at most 32 MB/],
    ];
    for (const [parent, message] of cases) {
      const file = join(directory, 'child.json');
      writeFileSync(file, JSON.stringify({ extends: parent }));
      const { code, out, seconds } = await timedCli('validate', file);
      expect(code, out).toBe(2);
      expect(out).toMatch(message);
      expect(seconds).toBeLessThan(5);
    }
    expect(readFileSync(join(directory, 'child.json'), 'utf8')).toContain('extends');
  });
});
