import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { baselineFile, pluginFixture } from '../helpers/scenarioFiles.js';

const scenario = (overrides: Record<string, unknown>): string => baselineFile({ warmup: '1d', ...overrides });
/** Stock starts empty and each demand is reordered one for one, arriving a day later: every receipt is scarce. */
const scarce = (allocation: unknown): Record<string, unknown> => ({
  inventory: {
    policy: { type: 'base-stock', baseStock: 0 },
    initialOnHand: 0,
    supplierLeadTime: { dist: 'constant', value: '1d' },
    allocation,
  },
});
const QUICK = ['--horizon', '5d', '--reps', '2'];

describe('plugins through the CLI', () => {
  it('run: the worked example in scenarios/plugins runs, the same with 1 and 2 workers', async () => {
    const args = ['--horizon', '15d', '--reps', '2', '--json'];
    const one = await cli('run', 'scenarios/plugins/loyal-first.json', ...args, '--workers', '1');
    const two = await cli('run', 'scenarios/plugins/loyal-first.json', ...args, '--workers', '2');
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).policies.allocation).toBe('plugin:loyal-first.ts');
  });

  it('run: a plugin that copies fcfs gives exactly the built-in fcfs results', async () => {
    const kpisOf = async (allocation: unknown) => {
      const result = await cli('run', scenario(scarce(allocation)), ...QUICK, '--workers', '1', '--json');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout).kpis;
    };
    const plugin = await kpisOf({ module: pluginFixture('fcfs-copy.mjs') });
    expect(plugin).toEqual(await kpisOf('fcfs'));
    expect(plugin).not.toEqual(await kpisOf('fair-share'));
  });

  it('run: a carrier plugin that keeps every options array it was given sees them unchanged, and chooses as cheapest does', async () => {
    const kpisOf = async (selection: unknown) => {
      const result = await cli('run', scenario({ shipping: { selection } }), ...QUICK, '--workers', '1', '--json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout).kpis;
    };
    expect(await kpisOf({ module: pluginFixture('keeping-carrier.mjs') })).toEqual(await kpisOf('cheapest'));
  });

  it('run: an assign plugin that asks lateProbability about no parcel (prototype names, NaN, fractions) gets a probability, not a crash', async () => {
    const result = await cli(
      'run',
      scenario({ shipping: { selection: { module: pluginFixture('probing-assign.mjs') } } }),
      ...QUICK,
      '--workers',
      '1',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('run: a plugin that over-allocates stops the run with exit 2, naming the module and the decision', async () => {
    for (const workers of ['1', '2']) {
      const result = await cli('run', scenario(scarce({ module: pluginFixture('over-allocate.ts') })), ...QUICK, '--workers', workers);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /policy module .*over-allocate\.ts: allocate\(\d+ units, \d+ lines\) returned \[.*\]: gave \d+ units but only \d+ are available/,
      );
    }
  });

  it('run: a replenishment plugin that copies base-stock gives exactly the built-in results, for every SKU and for one class', async () => {
    const copy = (level: number): unknown => ({ module: pluginFixture('base-stock-copy.ts'), options: { level } });
    const runWith = async (inventory: Record<string, unknown>) => {
      const result = await cli('run', scenario({ inventory }), ...QUICK, '--workers', '1', '--json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout);
    };
    // The scenario extends the baseline's {"type": "rQ", ...}: a module replaces it whole.
    const plugin = await runWith({ policy: copy(5) });
    expect(plugin.policies.replenishment).toBe('plugin:base-stock-copy.ts');
    expect(plugin.kpis).toEqual((await runWith({ policy: { type: 'base-stock', baseStock: 5 } })).kpis);
    const byClass = await runWith({ policy: { type: 'base-stock', baseStock: 5 }, classPolicies: { C: copy(1) } });
    expect(byClass.kpis).toEqual(
      (await runWith({ policy: { type: 'base-stock', baseStock: 5 }, classPolicies: { C: { type: 'base-stock', baseStock: 1 } } })).kpis,
    );
  });

  it('run: a replenishment plugin that orders half units stops the run with exit 2, naming the module and the decision', async () => {
    const result = await cli(
      'run',
      scenario({ inventory: { policy: { module: pluginFixture('half-units.ts') } } }),
      ...QUICK,
      '--workers',
      '2',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /half-units\.ts: quantityToOrder\(sku \d+, position -?\d+\) returned \d+\.5: expected a whole number of units >= 0/,
    );
  });

  it('run: a plugin that throws stops the run with exit 2 and its error', async () => {
    const result = await cli(
      'run',
      scenario({ shipping: { selection: { module: pluginFixture('throwing-carrier.mjs') } } }),
      ...QUICK,
      '--workers',
      '2',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/throwing-carrier\.mjs: select threw: rate service unreachable/);
  });

  it('validate, run and check-policy: an export that throws when read, or a create that throws what cannot be printed, exit 2', async () => {
    const throwing = scenario({ processing: { prioritization: { module: pluginFixture('throwing-family.mjs') } } });
    for (const args of [
      ['validate', throwing],
      ['run', throwing, ...QUICK],
      ['check-policy', pluginFixture('throwing-family.mjs')],
    ]) {
      const result = await cli(...args);
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr, args[0]).toMatch(/throwing-family\.mjs: reading its default export threw: no family today/);
      expect(result.stderr, args[0]).not.toMatch(/internal error|\n\s+at /);
    }
    const getter = scenario({ processing: { prioritization: { module: pluginFixture('throwing-policy-getter.mjs') } } });
    for (const args of [
      ['run', getter, ...QUICK],
      ['check-policy', pluginFixture('throwing-policy-getter.mjs')],
    ]) {
      const result = await cli(...args);
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr, args[0]).toMatch(/throwing-policy-getter\.mjs: reading the policy create\(options\) returned threw: not today/);
    }
    const unprintable = await cli(
      'run',
      scenario({ processing: { prioritization: { module: pluginFixture('throwing-nothing-printable.mjs') } } }),
      ...QUICK,
    );
    expect(unprintable.code).toBe(2);
    expect(unprintable.stderr).toMatch(/create\(options\) threw: a value that cannot be shown as text \(object\)/);
  });

  it('validate: a missing module, a module without a family and a plugin in the wrong family exit 2', async () => {
    const missing = await cli('validate', scenario({ inventory: { allocation: { module: './nowhere.ts' } } }));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.ts: file not found/);
    const noFamily = await cli('validate', scenario({ inventory: { allocation: { module: pluginFixture('no-family.mjs') } } }));
    expect(noFamily.stderr).toMatch(/expected "family" to be one of/);
    const wrongFamily = await cli('validate', scenario({ shipping: { selection: { module: pluginFixture('fcfs-copy.mjs') } } }));
    expect(wrongFamily.stderr).toMatch(
      /exports a policy of family "allocation", but the scenario uses it where a carrierSelection policy is expected/,
    );
    const typo = await cli('validate', scenario({ inventory: { allocation: { module: pluginFixture('fcfs-copy.mjs'), option: {} } } }));
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/\$\.inventory\.allocation/);
  });

  it('check-policy: a deliberately wrong plugin prints the shrunk counterexample and exits 1; the example passes', async () => {
    const wrong = await cli('check-policy', pluginFixture('over-allocate.ts'), '--runs', '100');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/FAIL {2}never allocates more units than are available/);
    expect(wrong.stdout).toMatch(/"available": 0/);
    expect(wrong.stdout).toMatch(/gave 1 units but only 0 are available/);
    const example = await cli('check-policy', 'scenarios/plugins/loyal-first.ts', '--runs', '100', '--json');
    expect(example.code).toBe(0);
    expect(JSON.parse(example.stdout)).toMatchObject({ family: 'allocation', passed: true });
    expect((await cli('check-policy', 'routing:optimal', '--runs', '30')).code).toBe(0);
    expect((await cli('check-policy', pluginFixture('nowhere.ts'))).code).toBe(2);
    expect((await cli('check-policy', 'routing:teleport')).code).toBe(2);
  });

  it('check-policy: replenishment plugins and built-ins, with the fields a built-in needs given as --options', async () => {
    const copy = await cli('check-policy', pluginFixture('base-stock-copy.ts'), '--options', '{"level": 4}', '--runs', '40', '--json');
    expect(copy.code).toBe(0);
    expect(JSON.parse(copy.stdout)).toMatchObject({ family: 'replenishment', passed: true });
    const half = await cli('check-policy', pluginFixture('half-units.ts'), '--runs', '40');
    expect(half.code).toBe(1);
    expect(half.stdout).toMatch(/FAIL {2}orders a whole number of units >= 0/);
    const missing = await cli('check-policy', 'replenishment:RS', '--runs', '20');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/replenishment:RS: --options \$\.reviewPeriod: /);
    expect((await cli('check-policy', 'replenishment:RS', '--options', '{"reviewPeriod": "7d"}', '--runs', '20')).code).toBe(0);
  });

  it('run --trace: one JSON line per decision, for chosen orders only, without changing the results', async () => {
    const channels = [
      { name: 'web', ordersPerDay: 120 },
      { name: 'marketplace', ordersPerDay: 40 },
      { name: 'b2b', ordersPerDay: 10 },
    ];
    const file = scenario({
      ...scarce('priority'),
      channels,
      processing: { prioritization: 'customer-tier' },
      shipping: { selection: 'lp' },
    });
    const trace = join(mkdtempSync(join(tmpdir(), 'fulfill-trace-')), 'trace.jsonl');
    const plain = await cli('run', file, ...QUICK, '--json');
    const traced = await cli('run', file, ...QUICK, '--json', '--trace', trace);
    expect(traced.stdout).toBe(plain.stdout);
    const all = readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(new Set(all.map((line) => line.family))).toEqual(
      new Set(['prioritization', 'batching', 'routing', 'allocation', 'carrierSelection', 'replenishment']),
    );
    for (const line of all)
      expect(Object.keys(line)).toEqual(['scenario', 'replication', 'family', 'policy', 'time', 'orders', 'inputs', 'choice']);
    const chosen = all.find((line) => line.family === 'allocation').orders.slice(0, 2) as number[];
    await cli('run', file, ...QUICK, '--json', '--trace', trace, '--trace-orders', chosen.join(','));
    const some = readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    for (const line of some) expect((line.orders as number[]).some((id) => chosen.includes(id))).toBe(true);
    expect((await cli('run', file, '--trace-orders', '1,x', '--trace', trace)).code).toBe(2);
  });

  it('run --trace and --record-day re-run plugin code on a watched worker thread, never in the main thread', async () => {
    const file = scenario(scarce({ module: pluginFixture('worker-only-fcfs.mjs') }));
    const dir = mkdtempSync(join(tmpdir(), 'fulfill-rerun-'));
    const trace = join(dir, 'trace.jsonl');
    const result = await cli(
      'run',
      file,
      '--horizon',
      '3d',
      '--reps',
      '1',
      '--workers',
      '1',
      '--out',
      join(dir, 'out'),
      '--trace',
      trace,
      '--record-day',
      '2',
    );
    expect(result.stderr).not.toMatch(/outside a worker thread/);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/policy decisions of the first replication \(index 0\) traced to/);
    expect(result.stderr).toMatch(/day 2 of replication 0 recorded for playback/);
    const allocations = readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((line) => line.family === 'allocation');
    expect(allocations.length).toBeGreaterThan(0);
    expect(new Set(allocations.map((line) => line.policy))).toEqual(new Set(['worker-only-fcfs']));
    const day = JSON.parse(readFileSync(join(dir, 'out', `${basename(file, '.json')}.day-2.json`), 'utf8'));
    expect(day).toMatchObject({ format: 'fulfill-day-log', day: 2 });
  });
});
