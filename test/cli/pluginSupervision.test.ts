import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineFile, pluginFixture } from '../helpers/scenarioFiles.js';
import { spawnCli } from '../helpers/spawnCli.js';

const scenario = (overrides: Record<string, unknown>): string => baselineFile({ warmup: '1d', ...overrides });
const routing = (module: string, options: Record<string, unknown> = {}): Record<string, unknown> => ({
  warehouse: { routing: { module, options } },
});
const QUICK = ['--horizon', '4d', '--reps', '2'];

// Without supervision these runs never end: the test timeout (not the assertions) would stop them.
describe('plugin supervision (built binary)', () => {
  for (const workers of ['1', '2']) {
    it(`run --workers ${workers}: a route that never returns ends the run with exit 2, naming the module and the decision`, async () => {
      const { code, stderr, stdout } = await spawnCli([
        'run',
        scenario(routing(pluginFixture('hang-route.ts'))),
        ...QUICK,
        '--workers',
        workers,
        '--plugin-timeout',
        '1s',
      ]).done;
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/policy module .*hang-route\.ts: route\(\d+ picks\) did not return within 1 s/);
      expect(stderr).not.toMatch(/at .*\.js:\d+/);
    }, 90_000);
  }

  it('run: a module whose top-level code never finishes is stopped at its import', async () => {
    const { code, stderr } = await spawnCli([
      'run',
      scenario(routing(pluginFixture('hang-import.mjs'))),
      ...QUICK,
      '--workers',
      '1',
      '--plugin-timeout',
      '1s',
    ]).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/hang-import\.mjs: import \(its top-level code\) did not return within 1 s/);
  }, 90_000);

  it('run and check-policy: a plugin that ends its thread (process.exit) exits 2 naming the module and the decision, never an internal error', async () => {
    const run = await spawnCli(['run', scenario(routing(pluginFixture('exit-route.mjs'))), ...QUICK, '--workers', '1']).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/exit-route\.mjs: route\(\d+ picks\) ended its worker thread/);
    const check = await spawnCli(['check-policy', pluginFixture('exit-route.mjs'), '--runs', '5']).done;
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/exit-route\.mjs: route\(\d+ picks\) ended its worker thread/);
  }, 90_000);

  it('validate: a module whose top-level code never finishes exits 2 naming it; the other files are still checked', async () => {
    const { code, stderr, stdout } = await spawnCli([
      'validate',
      scenario(routing(pluginFixture('hang-import.mjs'))),
      'scenarios/plugins/loyal-first.json',
      '--plugin-timeout',
      '1s',
    ]).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/hang-import\.mjs: import \(its top-level code\) did not return within 1 s/);
    expect(stdout).toMatch(/loyal-first\.json: ok/);
  }, 90_000);

  it('validate, run and check-policy: an export whose family getter never returns exits 2 naming the module', async () => {
    const file = scenario({ processing: { prioritization: { module: pluginFixture('hang-family.mjs') } } });
    for (const args of [
      ['validate', file],
      ['run', file, ...QUICK],
      ['check-policy', pluginFixture('hang-family.mjs')],
    ]) {
      const { code, stderr } = await spawnCli([...args, '--plugin-timeout', '1s']).done;
      expect(code, args[0]).toBe(2);
      expect(stderr, args[0]).toMatch(/hang-family\.mjs: reading its default export did not return within 1 s/);
    }
  }, 90_000);

  it('run and check-policy: a policy whose getter never returns exits 2 naming the module', async () => {
    const file = scenario({ processing: { prioritization: { module: pluginFixture('hang-policy-name.mjs') } } });
    for (const args of [
      ['run', file, ...QUICK],
      ['check-policy', pluginFixture('hang-policy-name.mjs')],
    ]) {
      const { code, stderr } = await spawnCli([...args, '--plugin-timeout', '1s']).done;
      expect(code, args[0]).toBe(2);
      expect(stderr, args[0]).toMatch(/hang-policy-name\.mjs: reading the policy create\(options\) returned did not return within 1 s/);
    }
  }, 90_000);

  it('run: an answer whose properties never return when read exits 2 naming the module and the decision', async () => {
    const { code, stderr } = await spawnCli([
      'run',
      scenario(routing(pluginFixture('hang-answer.mjs'))),
      ...QUICK,
      '--plugin-timeout',
      '1s',
    ]).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/hang-answer\.mjs: reading what route\(.*\) returned did not return within 1 s/);
  }, 90_000);

  it('check-policy: a route that never returns exits 2 naming the module and the decision', async () => {
    const { code, stderr } = await spawnCli(['check-policy', pluginFixture('hang-route.ts'), '--runs', '20', '--plugin-timeout', '1s'])
      .done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/hang-route\.ts: route\(\d+ picks\) did not return within 1 s/);
  }, 90_000);

  it('--plugin-timeout: a bad value exits 2 naming the flag', async () => {
    const { code, stderr } = await spawnCli(['run', 'scenarios/baseline.json', '--plugin-timeout', 'soon']).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/--plugin-timeout/);
  }, 30_000);
});

describe('run-time guards catch a plugin that behaves only under test', () => {
  it('check-policy passes the cheat (it cheats only after 100000 calls), a real run catches every kind of cheat', async () => {
    const passes = await spawnCli([
      'check-policy',
      pluginFixture('route-cheat.ts'),
      '--runs',
      '50',
      '--options',
      JSON.stringify({ cheat: 'skip', after: 100_000 }),
    ]).done;
    expect(passes.code).toBe(0);
    const expected = {
      skip: /route\(\d+ picks\) returned distance [\d.]+: the sequence visits .* expected every pick exactly once and no other/,
      extra: /route\(\d+ picks\) returned distance [\d.]+: the sequence visits .*"0:0.5".* expected every pick exactly once and no other/,
      short: /route\(\d+ picks\) returned distance [\d.]+: the path walks [\d.]+ m but the distance says [\d.]+ m/,
    };
    for (const [cheat, message] of Object.entries(expected)) {
      const run = await spawnCli([
        'run',
        scenario(routing(pluginFixture('route-cheat.ts'), { cheat, after: 300 })),
        ...QUICK,
        '--workers',
        '2',
      ]).done;
      expect(run.code, cheat).toBe(2);
      expect(run.stderr, cheat).toMatch(new RegExp(`policy module .*route-cheat\\.ts: ${message.source}`));
    }
  }, 180_000);

  it('run: a cheat that shows only on tours of more than 20 picks is caught too', async () => {
    const run = await spawnCli([
      'run',
      scenario({
        warehouse: {
          routing: { module: pluginFixture('route-cheat.ts'), options: { cheat: 'short', minPicks: 20 } },
          batching: { policy: 'fcfs', cartCapacity: 12 },
        },
      }),
      ...QUICK,
      '--workers',
      '1',
    ]).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/route\((2\d|[3-9]\d|\d{3,}) picks\) returned distance [\d.]+: the path walks/);
  }, 90_000);
});

describe('TypeScript plugins from any folder', () => {
  const plugin = `interface Request { units: number }
export default {
  family: 'allocation',
  create: () => ({
    name: 'first-come',
    allocate(available: number, requests: readonly Request[]): number[] {
      let left = available;
      return requests.map((request) => { const take = Math.min(left, request.units); left -= take; return take; });
    },
  }),
};
`;
  for (const packageJson of [{ name: 'x' }, { name: 'x', type: 'commonjs' }, undefined]) {
    it(`run: a .ts plugin with export default loads from a folder whose package.json is ${JSON.stringify(packageJson) ?? 'absent'}`, async () => {
      const folder = mkdtempSync(join(tmpdir(), 'fulfill-ts-plugin-'));
      if (packageJson !== undefined) writeFileSync(join(folder, 'package.json'), JSON.stringify(packageJson));
      writeFileSync(join(folder, 'first-come.ts'), plugin);
      writeFileSync(
        join(folder, 'scenario.json'),
        JSON.stringify({
          extends: resolve('scenarios/baseline.json'),
          warmup: '1d',
          inventory: { allocation: { module: './first-come.ts' } },
        }),
      );
      const run = await spawnCli(['run', 'scenario.json', ...QUICK, '--workers', '1', '--json'], folder).done;
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).policies.allocation).toBe('plugin:first-come.ts');
    }, 90_000);
  }
});
