import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BacktestResult } from '../../engine/experiment/backtest/backtest.js';
import { BACKTEST_CSV_COLUMNS } from '../../engine/io/backtestCsv.js';
import { readOrderHistory } from '../../engine/io/readOrderHistory.js';
import { historyColumnsProblem } from '../../engine/scenario/historyColumns.js';
import { cli } from '../helpers/cli.js';

const CHANNELS = ['web', 'marketplace', 'b2b'];

/** A small baseline-like DC: 320 orders/day over three channels, five weeks with one week of warm-up. */
const SMALL = {
  extends: join(process.cwd(), 'scenarios/baseline.json'),
  horizon: '35d',
  warmup: '7d',
  replications: 10,
  catalog: { skus: 300 },
  channels: [
    { name: 'web', ordersPerDay: 200 },
    { name: 'marketplace', ordersPerDay: 100 },
    { name: 'b2b', ordersPerDay: 20 },
  ],
};

const directory = mkdtempSync(join(tmpdir(), 'fulfill-backtest-'));

/** Writes `name` into the test folder and returns its path. */
function write(name: string, content: unknown): string {
  const file = join(directory, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** A scenario like SMALL whose three channels replay `history`. */
function replaying(name: string, history: string): string {
  return write(name, { extends: 'small.json', channels: CHANNELS.map((channel) => ({ name: channel, orderHistory: history })) });
}

describe('fulfill export-history and fulfill backtest', () => {
  let history = '';
  beforeAll(async () => {
    write('small.json', SMALL);
    const exported = await cli('export-history', join(directory, 'small.json'), '--seed', '99', '--out', join(directory, 'orders.csv'));
    expect(exported.code, exported.out).toBe(0);
    history = readFileSync(join(directory, 'orders.csv'), 'utf8');
  });

  it('export-history writes replication 0 as a valid history with actual columns, the same bytes every time', async () => {
    expect(history.split('\n')[0]).toBe('timestamp,order,channel,sku,quantity,service,shippedAt,deliveredAt,promisedBy');
    expect(history.split('\n')[1]).toMatch(/^2024-03-04T\d\d:\d\d:\d\dZ,\d+,(web|marketplace|b2b),SKU-\d+,\d+,(ground|two-day|next-day),/);
    const again = await cli('export-history', join(directory, 'small.json'), '--seed', '99', '--out', join(directory, 'again.csv'));
    expect(again.code).toBe(0);
    expect(readFileSync(join(directory, 'again.csv'), 'utf8')).toBe(history);
    const validated = await cli('validate', replaying('replay.json', 'orders.csv'));
    expect(validated.code, validated.out).toBe(0);
    const read = await readOrderHistory({
      file: join(directory, 'orders.csv'),
      display: 'orders.csv',
      channels: CHANNELS,
      scenarioChannels: CHANNELS,
      services: ['ground', 'two-day', 'next-day'],
    });
    for (const columns of read.values()) {
      expect(historyColumnsProblem(columns)).toBeUndefined();
      // Most orders of five weeks ship before the horizon; every order has its promise.
      const shipped = [...(columns.shippedHours ?? [])].filter((hour) => !Number.isNaN(hour)).length;
      expect(shipped / columns.hours.length).toBeGreaterThan(0.9);
      expect([...(columns.promisedHours ?? [])].every((hour) => hour > 0)).toBe(true);
    }
  });

  it('backtest of the same scenario finds the actual weeks inside its own 95% intervals', async () => {
    const out = join(directory, 'results');
    const run = await cli('backtest', replaying('replay.json', 'orders.csv'), '--seed', '5', '--workers', '2', '--out', out);
    expect(run.code, run.out).toBe(0);
    expect(run.stdout).toMatch(/verdict: actual inside the 95% interval in \d+ of 4 weeks/);
    const csv = readFileSync(join(out, 'backtest.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(BACKTEST_CSV_COLUMNS.join(','));
    // Four measures over weeks 1 to 4 (week 0 is the warm-up).
    expect(csv).toHaveLength(1 + 4 * 4);
    const result = JSON.parse(readFileSync(join(out, 'backtest.json'), 'utf8')) as BacktestResult;
    expect([result.firstWeek, result.lastWeek]).toEqual([1, 4]);
    // The history is one realization of the same model, so each actual value is exchangeable with
    // the replications and falls in their 95% prediction interval with probability about 0.95. Of 16
    // (measure, week) pairs, P(4 or more outside) is below 1% if they were independent; the replay
    // re-slots SKUs by popularity and redraws zones, so the rule allows for a small bias.
    const judged = result.rows.filter((row) => row.inside !== null);
    expect(judged).toHaveLength(16);
    expect(judged.filter((row) => row.inside === true).length).toBeGreaterThanOrEqual(12);
    for (const verdict of result.verdicts) {
      expect(verdict.shareInside, verdict.measure).toBeGreaterThanOrEqual(0.5);
      expect(verdict.meanAbsoluteRelativeError, verdict.measure).toBeLessThan(0.05);
    }
  });

  it('backtest of a history without deliveredAt compares what it can and says the on-time rate is left out', async () => {
    const shippedOnly = history
      .split('\n')
      .map((line) => line.split(',').slice(0, 7).join(','))
      .join('\n');
    write('shipped.csv', shippedOnly);
    const run = await cli('backtest', replaying('shipped.json', 'shipped.csv'), '--reps', '2', '--workers', '2', '--json');
    expect(run.code, run.out).toBe(0);
    const result = JSON.parse(run.stdout) as BacktestResult;
    expect(result.measures.map((measure) => measure.name)).toEqual(['ordersShipped', 'cycleTimeHours', 'cycleTimeP95Hours']);
    expect(result.notes).toEqual(['on-time rate left out: a replayed history has no deliveredAt column']);
  });

  it('backtest gives the same result for any number of workers', async () => {
    const scenario = replaying('replay.json', 'orders.csv');
    const one = await cli('backtest', scenario, '--reps', '3', '--workers', '1', '--json');
    const two = await cli('backtest', scenario, '--reps', '3', '--workers', '2', '--json');
    expect(one.code, one.out).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('refuses a history whose rows of one order disagree, or that ships before the order, with file and line (exit 2)', async () => {
    const lines = history.split('\n');
    // Find an order with two rows and change the second row's shippedAt.
    const at = lines.findIndex(
      (line, index) => index > 1 && line.split(',')[1] === lines[index - 1]?.split(',')[1] && line.split(',')[6] !== '',
    );
    const cells = (lines[at] as string).split(',');
    cells[6] = '2030-01-01T00:00:00Z';
    write('mismatch.csv', [...lines.slice(0, at), cells.join(','), ...lines.slice(at + 1)].join('\n'));
    const mismatch = await cli('backtest', replaying('mismatch.json', 'mismatch.csv'));
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(
      new RegExp(`mismatch\\.csv:${at + 1}: \\$\\.shippedAt: order "${cells[1]}" has shippedAt .* on an earlier row`),
    );
    const early = (lines[1] as string).split(',');
    early[6] = '2024-03-01T00:00:00Z';
    write('early.csv', [lines[0], early.join(','), ...lines.slice(2)].join('\n'));
    const before = await cli('backtest', replaying('early.json', 'early.csv'));
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/early\.csv:2: \$\.shippedAt: the order shipped before it was placed/);
  });

  it('refuses a scenario without actual columns, naming what is missing, and a --start that is not a Monday (exit 2)', async () => {
    const plain = history
      .split('\n')
      .map((line) => line.split(',').slice(0, 6).join(','))
      .join('\n');
    write('plain.csv', plain);
    const noActuals = await cli('backtest', replaying('plain.json', 'plain.csv'));
    expect(noActuals.code).toBe(2);
    expect(noActuals.stderr).toMatch(
      /plain\.json: \$\.channels\[0\]\.orderHistory: backtest: channel "web" replays .*plain\.csv, which has no shippedAt column/,
    );
    const synthetic = await cli('backtest', join(directory, 'small.json'));
    expect(synthetic.code).toBe(2);
    expect(synthetic.stderr).toMatch(/expected a channel replaying an order history/);
    const one = await cli('backtest', replaying('replay.json', 'orders.csv'), '--reps', '1');
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/--reps: a back-test needs at least 2 replications/);
    const tuesday = await cli('export-history', join(directory, 'small.json'), '--start', '2024-03-05', '--out', join(directory, 'x.csv'));
    expect(tuesday.code).toBe(2);
    expect(tuesday.stderr).toMatch(/--start: expected a Monday .* got 2024-03-05, a Tuesday/);
  });

  it('backtest of a history with a mutated row exits 0 or 2 with a message, never 1 or a stack trace', async () => {
    // Two weeks of the history, replayed by a two-week scenario without warm-up (weeks 0 and 1 compared).
    const lines = history.split('\n').filter((line, index) => index === 0 || line.startsWith('2024-03-04T0'));
    write('short.json', { extends: 'small.json', horizon: '14d', warmup: '0d' });
    const cell = fc.oneof(
      fc.constantFrom('', '2024-03-01T00:00:00Z', '2024-03-20T10:00:00Z', '2024-02-30T00:00', 'x', '0', '9999-12-31T23:59:59Z'),
      fc.string({ maxLength: 8 }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: lines.length - 1 }), fc.nat(8), cell, async (row, column, value) => {
        const cells = (lines[row] as string).split(',');
        cells[column] = value;
        const name = `hostile${run++}`;
        write(`${name}.csv`, [...lines.slice(0, row), cells.join(','), ...lines.slice(row + 1)].join('\n'));
        write(`${name}.json`, {
          extends: 'short.json',
          channels: CHANNELS.map((channel) => ({ name: channel, orderHistory: `${name}.csv` })),
        });
        const result = await cli('backtest', join(directory, `${name}.json`), '--reps', '2', '--workers', '1', '--json');
        const label = JSON.stringify({ row, column, value });
        expect([0, 2], `${label}: ${result.stderr.slice(0, 300)}`).toContain(result.code);
        expect(result.stderr, label).not.toMatch(/internal error|\n\s+at /);
        if (result.code === 2) expect(result.stderr, label).toMatch(new RegExp(`${name}\\.(csv:\\d+|json): `));
      }),
      { numRuns: Number(process.env.FULFILL_HOSTILE_RUNS ?? 25), seed: 20261130 },
    );
  });
});
