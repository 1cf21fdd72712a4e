import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mondayBefore } from '../../engine/io/replayOrigin.js';
import { parseTimestamp, timestampProblem } from '../../engine/io/parseTimestamp.js';
import { timestampReader } from '../../engine/io/timestampReader.js';
import { cli } from '../helpers/cli.js';

const DAY_MS = 86_400_000;

describe('mondayBefore', () => {
  it('is the Monday 00:00 on or before any time from year 0001 to 9999 (Date.UTC read the years 0 to 99 as 1900 to 1999)', () => {
    const first = parseTimestamp('0001-01-01T00:00');
    const last = parseTimestamp('9999-12-31T23:59');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (time) => {
        const monday = mondayBefore(time);
        expect(new Date(monday).getUTCDay()).toBe(1);
        expect(Math.abs(monday % DAY_MS)).toBe(0);
        expect(monday).toBeLessThanOrEqual(time);
        expect(time - monday).toBeLessThan(7 * DAY_MS);
      }),
    );
  });
});

describe('year 0000', () => {
  it('is refused by the ISO reader and by a pattern (its Monday would fall before year 1)', () => {
    expect(parseTimestamp('0000-01-01T10:00')).toBeNaN();
    expect(timestampProblem('0000-01-01T10:00')).toContain('year 0000 does not exist');
    const reader = timestampReader({ timestampFormat: 'dd/MM/yyyy HH:mm' });
    expect(reader.read('01/01/0000 10:00')).toBeNaN();
    expect(reader.problem('01/01/0000 10:00')).toContain('year 0000 does not exist');
  });

  it.each([
    ['0000-01-01T10:00', 2],
    ['0050-03-04T10:00', 0],
    ['0001-01-01T00:30+01:00', 0],
  ])('a history at %s validates with exit %i (never an internal error)', async (timestamp, code) => {
    const directory = mkdtempSync(join(tmpdir(), 'fulfill-origin-'));
    writeFileSync(join(directory, 'orders.csv'), `timestamp,order,channel,sku,quantity,service\n${timestamp},1,web,SKU-1,1,ground\n`);
    const scenario = join(directory, 'replay.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        extends: join(process.cwd(), 'scenarios/baseline.json'),
        horizon: '14d',
        warmup: '1d',
        channels: [
          { name: 'web', orderHistory: 'orders.csv' },
          { name: 'marketplace', ordersPerDay: 0 },
          { name: 'b2b', ordersPerDay: 0 },
        ],
      }),
    );
    const run = await cli('validate', scenario);
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(code);
  });
});
