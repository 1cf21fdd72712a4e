import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

function scratch(files: Record<string, unknown>): string {
  const directory = mkdtempSync(join(tmpdir(), 'fulfill-'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(directory, name), typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  return directory;
}

const QUICK = ['--horizon', '8d', '--reps', '2'];
const tinyBase = { extends: '../../scenarios/baseline.json', warmup: '2d' };

describe('main run', () => {
  it('prints identical JSON bytes for the same seed and different values for another seed', async () => {
    const directory = scratch({});
    const file = join(directory, 'quick.json');
    writeFileSync(file, JSON.stringify({ ...tinyBase, extends: join(process.cwd(), 'scenarios/baseline.json') }));
    const first = await cli('run', file, ...QUICK, '--json');
    const second = await cli('run', file, ...QUICK, '--json');
    const other = await cli('run', file, ...QUICK, '--json', '--seed', '2');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const document = JSON.parse(first.stdout);
    expect(Object.keys(document)).toEqual([
      'scenario',
      'description',
      'seed',
      'replications',
      'horizonDays',
      'warmupDays',
      'policies',
      'kpis',
      'series',
      'breakdown',
      'inventory',
      'warehouse',
      'runs',
    ]);
    expect(document.horizonDays).toBe(8);
    expect(document.kpis.ordersPlaced.values).toHaveLength(2);
    expect(JSON.parse(other.stdout).kpis.ordersPlaced.values).not.toEqual(document.kpis.ordersPlaced.values);
  });

  it('prints a KPI table by default and writes JSON and per-order CSV with --out', async () => {
    const out = join(scratch({}), 'results');
    const result = await cli('run', 'scenarios/validation/pick-queue.json', '--horizon', '4d', '--reps', '2', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^2 replication\(s\), seed 1, 4 days with 2 days warm-up/);
    // KPIs in words with their unit, not identifiers.
    expect(result.stdout).toMatch(/\nWait before picking \(h\)\s+\d/);
    expect(result.stdout).not.toMatch(/pickWaitHours|onTimeRate|cycleTimeP95Hours/);
    expect(readdirSync(out).sort()).toEqual(['kpis.csv', 'manifest.json', 'pick-queue.json', 'pick-queue.orders.csv']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      status: string;
      files: string[];
      scenarios: Array<{ sha256: string }>;
    };
    expect(manifest.status).toBe('complete');
    expect(manifest.files).toEqual(['kpis.csv', 'pick-queue.json', 'pick-queue.orders.csv']);
    expect(manifest.scenarios[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const csv = readFileSync(join(out, 'pick-queue.orders.csv'), 'utf8').split('\n');
    expect(csv[0]).toMatch(
      /^replication,id,origin,channel,service,tier,lines,units,value,state,placedHours,dueHours,verifiedHours,allocatedHours/,
    );
    expect(csv.length).toBeGreaterThan(4000);
  });

  it.each([
    ['an unknown key', { warehouse: { pikers: 3 } }, /^bad\.json: \$\.warehouse\.pikers: unknown key "pikers"/],
    ['a negative rate', { channels: [{ name: 'web', ordersPerDay: -1 }] }, /^bad\.json: \$\.channels\[0\]\.ordersPerDay: Too small/],
    ['"5 days" as a duration', { horizon: '5 days' }, /^bad\.json: \$\.horizon: expected a duration/],
    ['a missing extends file', { extends: './nope.json' }, /^bad\.json: \$\.extends: file not found: .*nope\.json\n$/],
    ['invalid JSON', '{"horizon": ', /^bad\.json: \$: invalid JSON at line 1, column 13: expected a value\n$/],
    ['a missing comma', '{"horizon": "3d"\n "warmup": "1d"}', /^bad\.json: \$: invalid JSON at line 2, column 2: expected a comma\n$/],
    // Not JSON at all (an environment file, say): the message says where, never what the file holds.
    ['a file that is not JSON', 'API_TOKEN=s3cret\n', /^bad\.json: \$: invalid JSON at line 1, column 1: unexpected character\n$/],
    [
      'bytes that are not UTF-8',
      Buffer.from([0x7b, 0x22, 0x61, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
      /^bad\.json: \$: not UTF-8 text: bytes that do not decode at line 1/,
    ],
  ])('exits 2 on %s with one line naming the file and path, writing nothing', async (_, content, message) => {
    const directory = scratch({ 'bad.json': content });
    const out = join(directory, 'out');
    const cwd = process.cwd();
    process.chdir(directory);
    try {
      const result = await cli('run', 'bad.json', '--out', out);
      expect(result.code).toBe(2);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it('exits 2 on bad flags', async () => {
    expect((await cli('run', 'scenarios/baseline.json', '--reps', '0')).stderr).toMatch(/--reps: expected an integer from 1/);
    expect((await cli('run', 'scenarios/baseline.json', '--bogus')).code).toBe(2);
    expect((await cli('run', 'scenarios/baseline.json', '--horizon', '5 days')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });
});

describe('main validate', () => {
  it('names $.warehouse.layout.aisleX when the aisle positions are the wrong length, not increasing or negative, and exits 2', async () => {
    const base = join(process.cwd(), 'scenarios/baseline.json');
    const layout = (aisleX: unknown) => ({ extends: base, warehouse: { layout: { aisles: 15, aisleX } } });
    const even = Array.from({ length: 15 }, (_, aisle) => 2 * aisle);
    const directory = scratch({
      'short.json': layout([0, 3, 6]),
      'flat.json': layout(even.map((x, aisle) => (aisle === 4 ? 6 : x))),
      'negative.json': layout(even.map((x) => x - 1)),
      'good.json': layout(even.map((x, aisle) => x + (aisle > 7 ? 5 : 0))),
    });
    const bad = await cli('validate', ...['short', 'flat', 'negative'].map((name) => join(directory, `${name}.json`)));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/short\.json: \$\.warehouse\.layout\.aisleX: expected one x position per aisle \(15\), got 3/);
    expect(bad.stderr).toMatch(
      /flat\.json: \$\.warehouse\.layout\.aisleX\[4\]: expected x above the aisle before it \(6\): strictly increasing/,
    );
    expect(bad.stderr).toMatch(/negative\.json: \$\.warehouse\.layout\.aisleX\[0\]: Too small: expected number to be >=0/);
    const good = await cli('validate', join(directory, 'good.json'));
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
  });

  it('accepts every bundled scenario', async () => {
    const files = readdirSync('scenarios')
      .filter((file) => file.endsWith('.json'))
      .map((file) => join('scenarios', file));
    const result = await cli('validate', ...files, 'scenarios/validation/single-sku.json', 'scenarios/validation/pick-queue.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(files.length + 2);
  });

  it('reports each bad file and exits 2', async () => {
    const directory = scratch({ 'a.json': { seed: -1 }, 'b.json': { shipping: { selection: 'teleport' } } });
    const result = await cli('validate', join(directory, 'a.json'), join(directory, 'b.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/a\.json: \$\.seed: Too small/);
    expect(result.stderr).toMatch(
      /b\.json: \$\.shipping\.selection: unknown policy "teleport" \(expected one of: cheapest-on-time, cheapest, fastest, lp, or \{"module": "\.\/file\.ts"\}\)/,
    );
  });
});
