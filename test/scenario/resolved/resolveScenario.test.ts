import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../../engine/kernel/time.js';
import { CLOCK_PATTERN, DURATION_PATTERN } from '../../../engine/scenario/duration.js';
import { resolvePlacement } from '../../../engine/scenario/resolved/placementSlice.js';
import { resolveScenario } from '../../../engine/scenario/resolved/resolveScenario.js';
import { resolveShifts } from '../../../engine/scenario/resolved/staffShift.js';
import { validateScenario } from '../../../engine/scenario/validateScenario.js';
import { scenarioWith } from '../../helpers/scenarios.js';

/** Every bundled scenario file under scenarios/ (order histories are not read). */
function bundledScenarios(directory = 'scenarios'): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : bundledScenarios(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** JSON paths of every string in `value` that reads as a duration or a clock time. */
function timeStrings(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return DURATION_PATTERN.test(value) || CLOCK_PATTERN.test(value) ? [`${path} = ${value}`] : [];
  if (value instanceof Map) return [...value].flatMap(([key, entry]) => timeStrings(entry, `${path}.${String(key)}`));
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return [];
  return Object.entries(value).flatMap(([key, entry]) => timeStrings(entry, `${path}.${key}`));
}

describe('resolveScenario', () => {
  it('resolveScenario: leaves no duration or clock string in any bundled scenario (replenishment options aside: they go to the policies as written)', () => {
    const files = bundledScenarios();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { inventory, ...rest } = resolveScenario(scenarioWith(file));
      const { policy: _policy, classPolicies: _classPolicies, skuPolicies: _skuPolicies, ...stock } = inventory;
      expect(timeStrings({ ...rest, inventory: stock }), file).toEqual([]);
    }
  });

  it('resolveScenario: converts durations, clock times and shifts to engine time', () => {
    const resolved = resolveScenario(
      validateScenario(
        {
          horizon: '3w',
          warmup: '36h',
          warehouse: {
            pickers: 4,
            timePerLine: '12s',
            scanTimePerLine: '1.5s',
            batching: { window: '20m' },
            shifts: [
              { start: '22:00', end: '06:00', days: ['sun'], pickers: 2 },
              { start: '06:00', end: '14:00' },
            ],
          },
          shipping: {
            promiseCutoff: '14:30',
            labelling: 'manual',
            services: { ground: { promise: '4d' } },
            carriers: [
              {
                name: 'a',
                cutoff: '15:00',
                pickup: '17:30',
                days: ['mon', 'fri'],
                services: { ground: { transitTime: { dist: 'uniform', min: '1d', max: '2d' }, transitPerZone: '6h' } },
              },
            ],
          },
          delivery: { redeliveryDelay: '20h' },
        },
        'x.json',
      ),
    );
    expect(resolved.run).toMatchObject({ horizon: 21 * DAY, warmup: 36 * HOUR });
    expect(resolved.picking.perLine).toBe(13.5);
    expect(resolved.picking.batching.window).toBe(20 * MINUTE);
    expect(resolved.picking.shifts.map((shift) => [shift.start, shift.end, shift.count])).toEqual([
      [22 * HOUR, 6 * HOUR, 2],
      [6 * HOUR, 14 * HOUR, 4],
    ]);
    expect(resolved.picking.shifts[0]?.days).toEqual([false, false, false, false, false, false, true]);
    expect(resolved.packing.labelTime).toBe(60);
    expect(resolved.placement.promiseCutoff).toBe(14 * HOUR + 30 * MINUTE);
    expect(resolved.placement.promises.get('ground')).toBe(4 * DAY);
    const [carrier] = resolved.shipping.carriers;
    expect(carrier).toMatchObject({
      cutoff: 15 * HOUR,
      pickup: 17 * HOUR + 30 * MINUTE,
      days: [true, false, false, false, true, false, false],
    });
    expect(carrier?.lanes[0]).toMatchObject({
      service: 'ground',
      transitPerZone: 6 * HOUR,
      transitTime: { dist: 'uniform', min: DAY, max: 2 * DAY },
    });
    expect(resolved.delivery.redeliveryDelay).toBe(20 * HOUR);
  });

  it('resolveScenario: scan time counts in the time per line only when scans are on', () => {
    const scanning = resolveScenario(validateScenario({ warehouse: { timePerLine: '10s', scanTimePerLine: '2s' } }, 'x.json'));
    const plain = resolveScenario(
      validateScenario({ warehouse: { timePerLine: '10s', scanTimePerLine: '2s', scanVerification: false } }, 'x.json'),
    );
    expect([scanning.picking.perLine, plain.picking.perLine]).toEqual([12, 10]);
  });
});

describe('resolvePlacement', () => {
  it("resolvePlacement: the 168 hourly arrival rates carry exactly the week's orders, shaped by the profiles (property)", () => {
    const profile = (length: number) =>
      fc
        .array(fc.integer({ min: 0, max: 100 }), { minLength: length, maxLength: length })
        .filter((values) => values.some((value) => value > 0));
    fc.assert(
      fc.property(profile(24), profile(7), fc.integer({ min: 1, max: 100_000 }), (hourlyProfile, weekdayProfile, ordersPerDay) => {
        const scenario = validateScenario({ channels: [{ name: 'web', ordersPerDay, hourlyProfile, weekdayProfile }] }, 'x.json');
        const rates = resolvePlacement(scenario).channels[0]?.arrivalRates ?? [];
        expect(rates).toHaveLength(168);
        const weekly = rates.reduce((sum, rate) => sum + rate * HOUR, 0);
        expect(weekly / (7 * ordersPerDay)).toBeCloseTo(1, 9);
        const hourTotal = hourlyProfile.reduce((sum, value) => sum + value, 0);
        const dayTotal = weekdayProfile.reduce((sum, value) => sum + value, 0);
        // Tuesday at 13:00 gets its day's share times its hour's share.
        expect((rates[24 + 13] ?? NaN) * HOUR).toBeCloseTo(
          7 * ordersPerDay * ((weekdayProfile[1] ?? 0) / dayTotal) * ((hourlyProfile[13] ?? 0) / hourTotal),
          6,
        );
      }),
      { numRuns: 50 },
    );
  });

  it('resolvePlacement: a replayed channel or one without orders generates no arrivals', () => {
    const scenario = validateScenario(
      {
        channels: [
          { name: 'quiet', ordersPerDay: 0 },
          { name: 'replay', orderHistory: [{ hour: 1, id: 'a', lines: [{ sku: 'x', units: 1 }] }] },
        ],
      },
      'x.json',
    );
    expect(resolvePlacement(scenario).channels.map((channel) => channel.arrivalRates)).toEqual([undefined, undefined]);
  });
});

describe('resolveShifts', () => {
  it('resolveShifts: clock times become engine time after midnight, day names a Monday-first mask, the count per shift', () => {
    const shifts = resolveShifts(
      [
        { start: '08:00', end: '24:00', days: ['mon', 'wed'], clerks: 3 },
        { start: '00:00', end: '08:00', days: ['sun'] },
      ],
      (shift: { clerks?: number }) => shift.clerks ?? 1,
    );
    expect(shifts).toEqual([
      { start: 8 * HOUR, end: DAY, days: [true, false, true, false, false, false, false], count: 3 },
      { start: 0, end: 8 * HOUR, days: [false, false, false, false, false, false, true], count: 1 },
    ]);
  });
});
