import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timedCli } from '../helpers/cli.js';
import { baselineFile } from '../helpers/scenarioFiles.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'fulfill-bounds-'));
}

describe('work hidden in the order shape or the layout', () => {
  it('refuses lines per order whose draws alone would run for hours, before simulating', async () => {
    const file = baselineFile({ channels: [{ name: 'web', linesPerOrder: { dist: 'poisson', mean: 100_000 } }] });
    const { code, out, seconds } = await timedCli('run', file, '--horizon', '16d', '--reps', '1', '--workers', '1');
    expect(code, out).toBe(2);
    expect(out).toMatch(/order lines .* more than the limit of 1,000,000,000 lines/);
    expect(seconds).toBeLessThan(10);
  });

  it('bounds layout sizes, counts and rates in the schema (they once crashed V8 or printed "∞ orders")', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ warehouse: { layout: { levels: 1_000_000_000 } } }, /\$\.warehouse\.layout\.levels: Too big/],
      [{ channels: [{ name: 'web', ordersPerDay: 1e308 }] }, /\$\.channels\[0\]\.ordersPerDay: Too big/],
      [{ channels: [{ name: 'web', unitsPerLine: { dist: 'poisson', mean: 1e21 } }] }, /\$\.channels\[0\]\.unitsPerLine\.mean: Too big/],
    ];
    for (const [overrides, message] of cases) {
      const { code, out } = await timedCli('validate', baselineFile(overrides));
      expect(code, out).toBe(2);
      expect(out).toMatch(message);
    }
  });
});

describe('files that are not regular files', () => {
  it('refuses a FIFO as an order history and as a plugin module at once instead of blocking in open()', async () => {
    const folder = scratch();
    const fifo = join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const history = await timedCli('validate', baselineFile({ channels: [{ name: 'web', orderHistory: fifo }] }));
    expect(history.code, history.out).toBe(2);
    expect(history.out).toMatch(/order history: expected a regular file/);
    expect(history.seconds).toBeLessThan(10);
    const plugin = await timedCli('check-policy', fifo, '--plugin-timeout', '2s');
    expect(plugin.code, plugin.out).toBe(2);
    expect(plugin.out).toMatch(/expected a regular file/);
    expect(plugin.seconds).toBeLessThan(20);
  });
});

describe('standard input and replay paths', () => {
  it('route stops reading an endless stdin at 64 MB with exit 2', () => {
    const started = performance.now();
    const result = spawnSync('sh', ['-c', `node ${resolve('dist/engine/cli/bin.js')} route < /dev/zero`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/stdin: \$: the request is larger than 64 MB/);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('check-policy --path that is not a replay path is a usage error, not a fast-check stack trace', async () => {
    const { code, out } = await timedCli('check-policy', 'routing:s-shape', '--runs', '2', '--path', 'x');
    expect(code).toBe(2);
    expect(out).toMatch(/--path: expected the path a failure printed/);
    expect(out).not.toMatch(/internal error|\n\s+at /);
  });

  it('dashboard refuses a missing results folder and a file', async () => {
    const missing = await timedCli('dashboard', join(scratch(), 'nowhere'), '--port', '0');
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/no results folder/);
    const file = join(scratch(), 'file.json');
    writeFileSync(file, '{}');
    const notFolder = await timedCli('dashboard', file, '--port', '0');
    expect(notFolder.code).toBe(2);
    expect(notFolder.out).toMatch(/is a file; expected a results folder/);
  });
});
