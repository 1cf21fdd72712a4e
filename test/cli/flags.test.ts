import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../engine/cli/main.js';
import { cli } from '../helpers/cli.js';

/** Help text with its line wrapping undone, so a description can be found whole. */
const unwrapped = (text: string): string => text.replace(/\s+/g, ' ');

const SCENARIO = 'scenarios/validation/pick-queue.json';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('main: help and version', () => {
  it('--version and -v print the engine version and exit 0', async () => {
    for (const flag of ['--version', '-v']) expect(await cli(flag)).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(COMMANDS.map((definition) => [definition.name, definition] as const))(
    'help %s and %s --help print its usage with every flag described, exit 0',
    async (name, definition) => {
      const viaHelp = await cli('help', name);
      const viaFlag = await cli(name, '--help');
      expect(viaHelp.code).toBe(0);
      expect(viaFlag).toEqual(viaHelp);
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: fulfill ${name} `));
      const text = unwrapped(viaHelp.stdout);
      for (const [flag, { description }] of Object.entries(definition.flags)) {
        expect(text, `--${flag}`).toContain(`--${flag}`);
        expect(text, `--${flag}'s description`).toContain(unwrapped(description));
      }
    },
  );

  it('fulfill alone prints the overview and exits 2; fulfill help and --help exit 0', async () => {
    const alone = await cli();
    expect(alone.code).toBe(2);
    for (const definition of COMMANDS) expect(alone.stdout).toContain(`  ${definition.name} `);
    expect(alone.stdout).toMatch(/Exit codes: 0 success; 2 bad input/);
    for (const args of [['help'], ['--help'], ['-h']]) {
      const shown = await cli(...args);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toBe(alone.stdout);
    }
  });
});

describe('main: suggestions for unknown commands and flags', () => {
  it.each([
    [['run', SCENARIO, '--rep', '3'], /^fulfill run: unknown option '--rep' \(did you mean --reps\?\)/],
    [['sweep', SCENARIO, '--sett', 'a=1'], /^fulfill sweep: unknown option '--sett' \(did you mean --set\?\)/],
    [['worker', '--concurency', '2'], /^fulfill worker: unknown option '--concurency' \(did you mean --concurrency\?\)/],
    [['rn', SCENARIO], /^fulfill: unknown command 'rn' \(did you mean run\?\)/],
    [['help', 'valdate'], /^fulfill: unknown command 'valdate' \(did you mean validate\?\)/],
    [['route', 'extra'], /^fulfill route: too many arguments/],
    [['compare', SCENARIO], /^fulfill compare: missing required argument 'variant\.json'/],
    [
      ['run', SCENARIO, '--out', '--json'],
      /^fulfill run: option '--out <DIR>' argument '--json' is invalid\. expected DIR, not a flag \(is the value missing\?\)/,
    ],
    [
      ['optimize', SCENARIO, '--var', 'a=1..2', '--minimize', '--costPerOrder'],
      /^fulfill optimize: option '--minimize <EXPR>' argument '--costPerOrder' is invalid/,
    ],
  ])('%j exits 2 with one line on stderr', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('main: flag values', () => {
  it.each([
    [['run', SCENARIO, '--reps', '0'], '--reps: expected an integer from 1 to 10000, got "0"'],
    [['run', SCENARIO, '--reps', 'abc'], '--reps: expected an integer from 1 to 10000, got "abc"'],
    [['run', SCENARIO, '--workers', '-1'], '--workers: expected an integer from 1 to 256, got "-1"'],
    [['run', SCENARIO, '--seed', '-1'], '--seed: expected an integer >= 0, got "-1"'],
    [['run', SCENARIO, '--seed', '1.5'], '--seed: expected an integer >= 0, got "1.5"'],
    [['run', SCENARIO, '--horizon', '-3d'], '--horizon: expected a duration such as "90d" or "12h", got "-3d"'],
    [['run', SCENARIO, '--precision', 'onTimeRate=±0.01', '--max-reps', '-5'], '--max-reps: expected an integer from 2 to 10000, got "-5"'],
    [['compare', SCENARIO, SCENARIO, '--seed', '-7'], '--seed: expected an integer >= 0, got "-7"'],
    [
      ['run', SCENARIO, '--seed', '9007199254740993'],
      '--seed: expected an integer from 0 to 9007199254740991 (2^53 - 1), got "9007199254740993"',
    ],
    [['sweep', SCENARIO, '--set', 'warehouse.pickers=2', '--workers', '-2'], '--workers: expected an integer from 1 to 256, got "-2"'],
    [['warmup', SCENARIO, '--window', '-1'], '--window: expected an integer from 1 to 365, got "-1"'],
    [
      ['warmup', SCENARIO, '--horizon', '10d', '--window', '100'],
      '--window 100: expected fewer days than the 10 whole days of the horizon (10d), e.g. 7',
    ],
    [
      ['optimize', SCENARIO, '--var', 'warehouse.pickers=1..2', '--minimize', 'costPerOrder', '--reps', '-3'],
      '--reps: expected an integer from 1 to 10000, got "-3"',
    ],
    [
      [
        'optimize',
        SCENARIO,
        '--var',
        'warehouse.pickers=1..3',
        '--var',
        'warehouse.packers=1..2',
        '--minimize',
        'costPerOrder',
        '--budget',
        '3',
      ],
      '--budget 3: the search starts from the coarsest grid of the --var ranges (both ends of each), 4 points; give a budget of at least 4, or fewer variables',
    ],
    [
      ['optimize', SCENARIO, '--var', 'warehouse.pickers=0..99999999999999999', '--minimize', 'costPerOrder'],
      '--var warehouse.pickers: expected integers between -9007199254740991 and 9007199254740991, at most 9007199254740991 apart, got "warehouse.pickers=0..99999999999999999"',
    ],
    [
      ['sweep', SCENARIO, '--set', 'seed=2,3'],
      '--set seed: "seed" is the experiment\'s, the same for every point (common random numbers), so a point\'s own would be ignored: set it with --seed',
    ],
    [
      ['sweep', SCENARIO, '--set', 'warehouse.pickers=2,3', '--set', 'replications=1,3'],
      '--set replications: "replications" is the experiment\'s, the same for every point (common random numbers), so a point\'s own would be ignored: set it with --reps',
    ],
    [
      ['optimize', SCENARIO, '--var', 'seed=1..3', '--minimize', 'costPerOrder'],
      '--var seed: "seed" is the experiment\'s, the same for every point (common random numbers), so a point\'s own would be ignored: set it with --seed',
    ],
    [
      ['sweep', 'scenarios/own-dc/dc.json', '--set', 'catalog.file=skus.csv,floor.csv'],
      '--set catalog.file="skus.csv": catalog.file: the SKU master is read once, with the scenario, before any point runs, so a point cannot change it: write a scenario per choice (each `extends` the base) and run `fulfill compare`',
    ],
    [
      ['sweep', 'scenarios/replay/sample.json', '--set', 'channels.web.orderHistory=../data/orders-sample.csv'],
      '--set channels.web.orderHistory="../data/orders-sample.csv": channels.web.orderHistory: an order history file is read once, with the scenario, before any point runs, so a point cannot change it: write a scenario per choice (each `extends` the base) and run `fulfill compare`',
    ],
    [
      ['sweep', 'scenarios/replay/sample.json', '--set', 'replay.timeZone=UTC,Asia/Tokyo'],
      '--set replay.timeZone="Asia/Tokyo": replay.timeZone: replay.timeZone, with which the history files were read, is read once, with the scenario, before any point runs, so a point cannot change it: write a scenario per choice (each `extends` the base) and run `fulfill compare`',
    ],
    [['worker', '--queue', 'redis://127.0.0.1:6390', '--concurrency', '0'], '--concurrency: expected an integer from 1 to 256, got "0"'],
    [
      ['worker', '--queue', 'redis://127.0.0.1:6390', '--stall-timeout', '-30s'],
      '--stall-timeout: expected a duration such as "30s" or "2m", got "-30s"',
    ],
    [['check-policy', 'routing:optimal', '--runs', '-1'], '--runs: expected an integer from 1 to 1000000, got "-1"'],
    [['start', '--no-serve', '--port', '99999'], '--port: expected an integer from 0 to 65535, got "99999"'],
    [['start', '--no-serve', '--reps', '-1'], '--reps: expected an integer from 1 to 10000, got "-1"'],
    [['start', '--no-serve', '--plugin-timeout', '0'], '--plugin-timeout: expected a duration such as "10s" or "1m", got "0"'],
    [['start', '--no-serve', '--plugin-timeout', '2d'], '--plugin-timeout: expected a duration from 0.1s to 1d (e.g. "10s"), got "2d"'],
    [['dashboard', '--port', '-1'], '--port: expected an integer from 0 to 65535, got "-1"'],
    [['dashboard', '--baseline', 'nowhere.json'], '--baseline: expected a scenario file, "nowhere.json" is missing'],
    [['start', '--no-serve', '--dir', 'nowhere'], '--dir: cannot read the scenario folder nowhere (ENOENT)'],
  ])('%j exits 2 naming the flag and what was expected', async (args, message) => {
    const result = await cli(...args);
    expect(result.stderr).toBe(`fulfill ${args[0]}: ${message}\n`);
    expect(result.code).toBe(2);
  });
});

describe('main: output paths are checked before anything runs', () => {
  const directory = mkdtempSync(join(tmpdir(), 'fulfill-paths-'));
  const file = join(directory, 'file.txt');
  writeFileSync(file, 'keep me');
  const base = ['--reps', '1', '--horizon', '3d', '--workers', '1'];
  const commands: Array<[string, string[]]> = [
    ['run', ['run', SCENARIO, ...base]],
    ['compare', ['compare', SCENARIO, 'scenarios/validation/single-sku.json', ...base]],
    ['sweep', ['sweep', SCENARIO, '--set', 'warehouse.pickers=2,3', ...base]],
    ['optimize', ['optimize', SCENARIO, '--var', 'warehouse.pickers=2..3', '--minimize', 'costPerOrder', ...base]],
    ['start', ['start', '--no-serve', '--reps', '1', '--workers', '1']],
  ];
  const bad: Array<[string, string, RegExp]> = [
    ['an existing file', file, /--out: .*file\.txt is a file, expected a folder/],
    ['a path under a file', join(file, 'sub'), /--out: cannot create .*file\.txt\/sub: .*file\.txt is a file, not a folder/],
    ['a folder that cannot be created', '/proc/fulfill-out', /--out: cannot write in \/proc/],
  ];

  for (const [name, args] of commands) {
    it.each(bad)(`${name} --out %s exits 2 with nothing simulated or written`, async (_, out, message) => {
      const result = await cli(...args, '--out', out);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/simulating|results in/);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.code).toBe(2);
      expect(readFileSync(file, 'utf8')).toBe('keep me');
      expect(readdirSync(directory)).toEqual(['file.txt']);
    });
  }

  it.each([
    ['a folder', directory, /--trace: .* is a folder, expected a file/],
    [
      'a missing folder',
      join(directory, 'missing', 'trace.jsonl'),
      /--trace: cannot write .*trace\.jsonl: folder .*missing does not exist/,
    ],
    ['a path under a file', join(file, 'trace.jsonl'), /--trace: cannot write .*: .*file\.txt is not a folder/],
    [
      'an unwritable folder',
      '/proc/fulfill-trace.jsonl',
      /--trace: \/proc\/fulfill-trace\.jsonl is not a file to write \(nothing under \/proc/,
    ],
  ])('run --trace into %s exits 2 before simulating', async (_, trace, message) => {
    const result = await cli('run', SCENARIO, ...base, '--trace', trace);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
    expect(readdirSync(directory)).toEqual(['file.txt']);
  });

  it('a new nested --out folder is created, and the write check leaves nothing behind', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'fulfill-nested-'));
    const result = await cli('run', SCENARIO, ...base, '--out', join(parent, 'a', 'b'), '--json');
    expect(result.code).toBe(0);
    expect(readdirSync(parent)).toEqual(['a']);
    expect(readdirSync(join(parent, 'a', 'b')).sort()).toEqual(['kpis.csv', 'manifest.json', 'pick-queue.json', 'pick-queue.orders.csv']);
  });
});

describe('scriptFlags: bench scripts (built)', () => {
  const bench = (script: string, ...args: string[]) =>
    spawnSync('node', [`dist/bench/${script}.js`, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('bench:policies --help lists every flag and exits 0', () => {
    const result = bench('policies', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run bench:policies -- \[options\]/);
    for (const flag of ['--reps', '--workers', '--family', '--workload', '--plugin', '--out', '--queue', '--help'])
      expect(result.stdout).toContain(flag);
  });

  it.each([
    [['--rep', '3'], /unknown option '--rep' \(did you mean --reps\?\)/],
    [
      ['--workload', 'black-friday'],
      /'black-friday' is invalid\. Allowed choices are normal-week, peak-week, carrier-crunch, supplier-delay/,
    ],
    [['--family', 'routng'], /'routng' is invalid\. Allowed choices are .*routing/],
    [['--reps', '0'], /--reps: expected an integer from 1 to 10000, got "0"/],
    [['--workers', '-1'], /--workers: expected an integer from 1 to 256, got "-1"/],
    [['--out', 'bench'], /--out: bench is a folder, expected a file/],
    [['--queue', 'http://localhost'], /--queue: expected a redis:\/\//],
    [['--plugin', 'nowhere.ts'], /--plugin nowhere\.ts: .*file not found/],
  ])('bench:policies %j exits 2 with one line and no stack trace', (args, message) => {
    const result = bench('policies', ...args);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(2);
  });

  it('bench --help exits 0; an unknown flag exits 2', () => {
    expect(bench('run', '--help').status).toBe(0);
    const unknown = bench('run', '--quick');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^bench: unknown option '--quick'/);
  });
});
