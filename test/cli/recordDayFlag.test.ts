import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const out = (): string => join(mkdtempSync(join(tmpdir(), 'fulfill-record-day-')), 'results');

/** The baseline with a one-day warm-up (and `horizon` when given), alone in a folder of its own. */
function shortBaseline(horizon?: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fulfill-record-day-scenario-')), 'baseline.json');
  const extra = horizon === undefined ? {} : { horizon };
  writeFileSync(file, JSON.stringify({ extends: join(process.cwd(), 'scenarios/baseline.json'), warmup: '1d', ...extra }));
  return file;
}

describe('run --record-day', () => {
  it('run --record-day writes <name>.day-N.json next to the results and lists it in the manifest', async () => {
    const directory = out();
    const result = await cli('run', shortBaseline(), '--horizon', '3d', '--reps', '1', '--record-day', '2', '--out', directory);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/day 2 of replication 0 recorded for playback \(\d+ kB\)/);
    const log = JSON.parse(readFileSync(join(directory, 'baseline.day-2.json'), 'utf8'));
    const document = JSON.parse(readFileSync(join(directory, 'baseline.json'), 'utf8'));
    expect(log).toMatchObject({ format: 'fulfill-day-log', scenario: 'baseline', day: 2, weekday: 2 });
    // One replication: the result's daily series is replication 0's.
    expect(log.arrivals.time).toHaveLength(document.series.ordersPlaced[2]);
    expect(JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')).files).toContain('baseline.day-2.json');
  });

  it('run --record-day refuses a day outside the horizon, and a run without --out, with exit 2 before simulating', async () => {
    const directory = out();
    const outside = await cli('run', shortBaseline(), '--horizon', '3d', '--record-day', '3', '--out', directory);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("--record-day: day 3 is outside baseline's horizon of 3d (days are counted from 0: 0 to 2)");
    expect(existsSync(join(directory, 'baseline.json'))).toBe(false);
    const nowhere = await cli('run', shortBaseline(), '--horizon', '3d', '--record-day', '1');
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('--record-day: needs --out DIR');
    const negative = await cli('run', 'scenarios/baseline.json', '--record-day', '-1', '--out', directory);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('--record-day: expected an integer from 0 to 100000, got "-1"');
  });
});

describe('start', () => {
  it("start records the baseline's busiest day after the warm-up, on one of the pool's threads", async () => {
    const directory = out();
    const result = await cli(
      'start',
      '--no-serve',
      '--dir',
      dirname(shortBaseline('4d')),
      '--reps',
      '1',
      '--workers',
      '1',
      '--out',
      directory,
    );
    expect(result.code).toBe(0);
    const placed: number[] = JSON.parse(readFileSync(join(directory, 'baseline.json'), 'utf8')).series.ordersPlaced;
    const busiest = placed.indexOf(Math.max(...placed.slice(1)), 1);
    expect(result.stderr).toContain(`recorded baseline's busiest day (day ${busiest}) for the playback page`);
    const log = JSON.parse(readFileSync(join(directory, `baseline.day-${busiest}.json`), 'utf8'));
    expect(log.arrivals.time).toHaveLength(placed[busiest] as number);
  });

  it("with three scenarios, one of them with a plugin, on two workers: every result, and the baseline's busiest day recorded", async () => {
    const folder = dirname(shortBaseline('4d'));
    const variant = (name: string, overrides: Record<string, unknown>): void =>
      writeFileSync(
        join(folder, name),
        JSON.stringify({ extends: join(process.cwd(), 'scenarios/baseline.json'), warmup: '1d', horizon: '4d', ...overrides }),
      );
    variant('more-pickers.json', { warehouse: { pickers: 12 } });
    variant('plugin-allocation.json', {
      inventory: { allocation: { module: join(process.cwd(), 'test/fixtures/plugins/worker-only-fcfs.mjs') } },
    });
    const directory = out();
    const result = await cli('start', '--no-serve', '--dir', folder, '--reps', '3', '--workers', '2', '--out', directory);
    expect(result.stderr).not.toMatch(/warning|outside a worker thread/);
    expect(result.code).toBe(0);
    for (const name of ['baseline', 'more-pickers', 'plugin-allocation'])
      expect(JSON.parse(readFileSync(join(directory, `${name}.json`), 'utf8')).replications).toBe(3);
    expect(result.stderr).toMatch(/recorded baseline's busiest day \(day \d\) for the playback page/);
    expect(result.stdout).toMatch(/more-pickers/);
    expect(result.stdout).toMatch(/plugin-allocation/);
  });

  it('a plugin decision that hangs stops start after --plugin-timeout with exit 2, naming the module', async () => {
    const folder = dirname(shortBaseline('4d'));
    const module = join(process.cwd(), 'test/fixtures/plugins/hang-route.ts');
    writeFileSync(
      join(folder, 'hang.json'),
      JSON.stringify({
        extends: join(process.cwd(), 'scenarios/baseline.json'),
        warmup: '1d',
        horizon: '4d',
        warehouse: { routing: { module } },
      }),
    );
    const started = performance.now();
    const result = await cli(
      'start',
      '--no-serve',
      '--dir',
      folder,
      '--reps',
      '1',
      '--workers',
      '1',
      '--plugin-timeout',
      '1s',
      '--out',
      out(),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/hang-route\.ts: route\(\d+ picks\) did not return within 1 s \(raise the limit with --plugin-timeout\)/);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);
});
