import { describe, expect, it } from 'vitest';
import { countHistogram } from '../../engine/stats/countHistogram.js';
import { fitShiftedPoisson, poissonLogPmf } from '../../engine/stats/shiftedPoisson.js';
import { fitZipf, zipfShares } from '../../engine/stats/zipfFit.js';
import { linearTrend } from '../../engine/stats/linearTrend.js';

describe('fitShiftedPoisson', () => {
  it('takes the smallest count as the shift and the mean above it', () => {
    const fit = fitShiftedPoisson(countHistogram([2, 2, 3, 4, 2, 5, 3]));
    expect(fit.shift).toBe(2);
    expect(fit.mean).toBeCloseTo(21 / 7 - 2, 12);
    const logLikelihood = [0, 0, 1, 2, 0, 3, 1].reduce((sum, k) => sum + poissonLogPmf(k, 1), 0);
    expect(fit.logLikelihood).toBeCloseTo(logLikelihood, 10);
    expect(fit.aic).toBeCloseTo(4 - 2 * logLikelihood, 10);
  });

  it('does not reject counts in exact Poisson proportions', () => {
    const counts = Array.from({ length: 12 }, (_, k) => Math.round(10_000 * Math.exp(poissonLogPmf(k, 2.5)))).flatMap((n, k) =>
      Array.from({ length: n }, () => k + 1),
    );
    const fit = fitShiftedPoisson(countHistogram(counts));
    expect(fit.mean).toBeCloseTo(2.5, 2);
    expect(fit.test?.pValue).toBeGreaterThan(0.99);
  });
});

describe('fitZipf', () => {
  it('recovers the exponent of counts in exact Zipf proportions', () => {
    for (const exponent of [0, 0.7, 1, 1.4]) {
      const counts = Array.from(zipfShares(exponent, 500), (share) => share * 1e7);
      const fit = fitZipf(counts);
      expect(fit.exponent).toBeCloseTo(exponent, 6);
      expect(fit.distance).toBeLessThan(1e-6);
      if (exponent > 0) expect(fit.logLogRSquared).toBeCloseTo(1, 9);
    }
  });
});

describe('linearTrend', () => {
  it('fits the least-squares slope and finds a steady rise significant', () => {
    const xs = [0, 1, 2, 3, 4, 5];
    const trend = linearTrend(
      xs,
      xs.map((x) => 10 + 2 * x + (x % 2 === 0 ? 0.1 : -0.1)),
    );
    // Least squares by hand: Σ(x − 2.5)·residual = −0.3 and Σ(x − 2.5)² = 17.5.
    expect(trend?.slope).toBeCloseTo(2 - 0.3 / 17.5, 10);
    expect(trend?.degreesOfFreedom).toBe(4);
    expect(trend?.pValue).toBeLessThan(1e-6);
  });

  it('gives a flat series p = 1 and is undefined below 3 points', () => {
    expect(linearTrend([0, 1, 2, 3], [5, 6, 6, 5])?.pValue).toBeCloseTo(1, 12);
    expect(linearTrend([0, 1], [1, 2])).toBeUndefined();
  });
});
