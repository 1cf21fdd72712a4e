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

  // NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2 "Critical values of the Student's t
  // distribution" (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3672.htm), to three decimals.
  it.each([
    [0.9, 1, 3.078],
    [0.95, 1, 6.314],
    [0.975, 1, 12.706],
    [0.99, 1, 31.821],
    [0.995, 1, 63.657],
    [0.95, 2, 2.92],
    [0.975, 2, 4.303],
    [0.995, 2, 9.925],
    [0.9, 5, 1.476],
    [0.95, 5, 2.015],
    [0.975, 5, 2.571],
    [0.99, 5, 3.365],
    [0.995, 5, 4.032],
    [0.999, 5, 5.893],
    [0.975, 9, 2.262],
    [0.975, 10, 2.228],
    [0.99, 10, 2.764],
    [0.995, 10, 3.169],
    [0.975, 20, 2.086],
    [0.995, 20, 2.845],
    [0.9, 30, 1.31],
    [0.95, 30, 1.697],
    [0.975, 30, 2.042],
    [0.99, 30, 2.457],
    [0.995, 30, 2.75],
    [0.999, 30, 3.385],
    [0.975, 60, 2.0],
    [0.975, 100, 1.984],
    [0.995, 100, 2.626],
  ])('matches the NIST table: t(%f, %i) = %f', (p, df, expected) => {
    expect(Math.abs(studentTQuantile(p, df) - expected)).toBeLessThanOrEqual(0.0005);
  });

  // Closed forms (the table's 318.313 for t(0.999, 1) is itself off: the exact value is 318.309).
  it('matches the closed forms for 1 degree of freedom (Cauchy) and 2', () => {
    for (const p of [0.6, 0.9, 0.975, 0.999, 0.9999]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 6);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 8);
    }
  });

  it('is the inverse of studentTCdf and symmetric', () => {
    for (const df of [1, 3, 10, 50]) {
      for (const p of [0.01, 0.2, 0.5, 0.9, 0.999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
      expect(studentTQuantile(0.025, df)).toBeCloseTo(-studentTQuantile(0.975, df), 9);
    }
  });
});

describe('normalQuantile', () => {
  // R's qnorm (double precision); to three decimals the NIST table's last row: 1.645, 1.960, 2.576, 3.090.
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
