import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { baselineFile, pluginFixture } from '../helpers/scenarioFiles.js';

const scenario = (overrides: Record<string, unknown>): string => baselineFile({ warmup: '1d', ...overrides });
/** Stock starts empty and each demand is reordered one for one, arriving a day later: every receipt is scarce. */
const scarce = (allocation: unknown): Record<string, unknown> => ({
  inventory: { policy: { type: 'base-stock', baseStock: 0 }, initialOnHand: 0, supplierLeadTime: { dist: 'constant', value: '1d' }, allocation },
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

  it('run: a plugin that over-allocates stops the run with exit 2, naming the module and the decision', async () => {
    for (const workers of ['1', '2']) {
      const result = await cli('run', scenario(scarce({ module: pluginFixture('over-allocate.ts') })), ...QUICK, '--workers', workers);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/policy module .*over-allocate\.ts: allocate\(\d+ units, \d+ lines\) returned \[.*\]: gave \d+ units but only \d+ are available/);
    }
  });

  it('run: a plugin that throws stops the run with exit 2 and its error', async () => {
    const result = await cli('run', scenario({ shipping: { selection: { module: pluginFixture('throwing-carrier.mjs') } } }), ...QUICK, '--workers', '2');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/throwing-carrier\.mjs: select threw: rate service unreachable/);
  });

  it('validate: a missing module, a module without a family and a plugin in the wrong family exit 2', async () => {
    const missing = await cli('validate', scenario({ inventory: { allocation: { module: './nowhere.ts' } } }));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.ts: file not found/);
    const noFamily = await cli('validate', scenario({ inventory: { allocation: { module: pluginFixture('no-family.mjs') } } }));
    expect(noFamily.stderr).toMatch(/expected "family" to be one of/);
    const wrongFamily = await cli('validate', scenario({ shipping: { selection: { module: pluginFixture('fcfs-copy.mjs') } } }));
    expect(wrongFamily.stderr).toMatch(/exports a policy of family "allocation", but the scenario uses it where a carrierSelection policy is expected/);
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

  it('run --trace: one JSON line per decision, for chosen orders only, without changing the results', async () => {
    const channels = [{ name: 'web', ordersPerDay: 120 }, { name: 'marketplace', ordersPerDay: 40 }, { name: 'b2b', ordersPerDay: 10 }];
    const file = scenario({ ...scarce('priority'), channels, processing: { prioritization: 'customer-tier' }, shipping: { selection: 'lp' } });
    const trace = join(mkdtempSync(join(tmpdir(), 'fulfill-trace-')), 'trace.jsonl');
    const plain = await cli('run', file, ...QUICK, '--json');
    const traced = await cli('run', file, ...QUICK, '--json', '--trace', trace);
    expect(traced.stdout).toBe(plain.stdout);
    const all = readFileSync(trace, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(new Set(all.map((line) => line.family))).toEqual(new Set(['prioritization', 'batching', 'routing', 'allocation', 'carrierSelection']));
    for (const line of all) expect(Object.keys(line)).toEqual(['scenario', 'replication', 'family', 'policy', 'time', 'orders', 'inputs', 'choice']);
    const chosen = all.find((line) => line.family === 'allocation').orders.slice(0, 2) as number[];
    await cli('run', file, ...QUICK, '--json', '--trace', trace, '--trace-orders', chosen.join(','));
    const some = readFileSync(trace, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    for (const line of some) expect((line.orders as number[]).some((id) => chosen.includes(id))).toBe(true);
    expect((await cli('run', file, '--trace-orders', '1,x', '--trace', trace)).code).toBe(2);
  });
});
