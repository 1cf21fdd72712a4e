import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../engine/stats/normalQuantile.js';
import { studentTCdf, studentTQuantile } from '../../engine/stats/studentT.js';
import { percentile, summarize } from '../../engine/stats/summary.js';

describe('studentTQuantile', () => {
  it.each([
    [1, 12.706204736],
    [2, 4.30265273],
    [4, 2.776445105],
    [9, 2.262157163],
    [29, 2.045229642],
    [1000, 1.962339081],
  ])('matches the published 0.975 quantile for %i degrees of freedom', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 6);
  });

  it('is the inverse of studentTCdf and symmetric', () => {
    for (const df of [1, 3, 10, 50]) {
      for (const p of [0.01, 0.2, 0.5, 0.9, 0.999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
      expect(studentTQuantile(0.025, df)).toBeCloseTo(-studentTQuantile(0.975, df), 9);
    }
  });
});

describe('normalQuantile', () => {
  it('matches published quantiles to 1e-9', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 9);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 9);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 9);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 9);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
  });
});

describe('summarize', () => {
  it('gives mean, sd and the Student-t 95% interval, ignoring undefined replications', () => {
    const summary = summarize([1, 2, 3, 4, NaN]);
    expect(summary.mean).toBe(2.5);
    expect(summary.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    const half = (3.182446305 * Math.sqrt(5 / 3)) / 2;
    expect(summary.ci95?.[0]).toBeCloseTo(2.5 - half, 6);
    expect(summary.values).toEqual([1, 2, 3, 4, null]);
  });

  it('reports null spread for a single replication', () => {
    expect(summarize([7])).toEqual({ mean: 7, sd: null, ci95: null, values: [7] });
  });
});

describe('percentile', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48, 12);
    expect(percentile([], 0.5)).toBeNaN();
  });
});
