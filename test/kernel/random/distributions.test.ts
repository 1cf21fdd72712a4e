import { describe, expect, it } from 'vitest';
import { mean, sampleVariance, sumNthPowerDeviations } from 'simple-statistics';
import {
  createSampler,
  distributionMean,
  distributionVariance,
  type Distribution,
} from '../../../engine/kernel/random/distributions/index.js';
import { createRandomStream } from '../../../engine/kernel/random/RandomStream.js';

const cases: Distribution[] = [
  { dist: 'constant', value: 7 },
  { dist: 'exponential', mean: 30 },
  { dist: 'uniform', min: 2, max: 10 },
  { dist: 'triangular', min: 1, mode: 2, max: 6 },
  { dist: 'normal', mean: 10, sd: 3 },
  { dist: 'lognormal', mean: 5, sd: 2 },
  { dist: 'gamma', mean: 4, sd: 3 },
  { dist: 'empirical', values: [1, 2, 5], weights: [0.5, 0.3, 0.2] },
  { dist: 'poisson', mean: 0.6, shift: 1 },
  { dist: 'poisson', mean: 40, shift: 0 },
  { dist: 'zipf', exponent: 1, n: 50 },
];

// z = 4.4 keeps the per-check false-alarm rate near 1e-5 across the whole table.
const Z = 4.4;
const DRAWS = 200_000;

describe('createSampler', () => {
  for (const distribution of cases) {
    it(`${JSON.stringify(distribution)} has the theoretical mean and variance`, () => {
      const draw = createSampler(distribution, createRandomStream(1, 0, distribution.dist));
      const sample = Array.from({ length: DRAWS }, draw);
      const theoreticalMean = distributionMean(distribution);
      const theoreticalVariance = distributionVariance(distribution);
      const variance = sampleVariance(sample);
      if (theoreticalVariance === 0) {
        expect(variance).toBe(0);
        expect(mean(sample)).toBe(theoreticalMean);
        return;
      }
      const meanHalfWidth = Z * Math.sqrt(theoreticalVariance / DRAWS);
      expect(Math.abs(mean(sample) - theoreticalMean)).toBeLessThan(meanHalfWidth);
      // Var(s^2) ~ (mu4 - sigma^4) / n, with mu4 (the fourth central moment) estimated from the sample.
      const fourthMoment = sumNthPowerDeviations(sample, 4) / DRAWS;
      const varianceHalfWidth = Z * Math.sqrt((fourthMoment - variance ** 2) / DRAWS);
      expect(Math.abs(variance - theoreticalVariance)).toBeLessThan(varianceHalfWidth);
    });
  }

  it('draws the same values for the same (seed, replication, name)', () => {
    const a = createSampler({ dist: 'gamma', mean: 3, sd: 1 }, createRandomStream(4, 2, 'x'));
    const b = createSampler({ dist: 'gamma', mean: 3, sd: 1 }, createRandomStream(4, 2, 'x'));
    const c = createSampler({ dist: 'gamma', mean: 3, sd: 1 }, createRandomStream(4, 3, 'x'));
    const first = Array.from({ length: 10 }, a);
    expect(Array.from({ length: 10 }, b)).toEqual(first);
    expect(Array.from({ length: 10 }, c)).not.toEqual(first);
  });

  it('triangular stays within [min, max] and zipf within 1..n', () => {
    const tri = createSampler({ dist: 'triangular', min: 1, mode: 1, max: 3 }, createRandomStream(1, 0, 't'));
    const z = createSampler({ dist: 'zipf', exponent: 1.2, n: 10 }, createRandomStream(1, 0, 'z'));
    for (let i = 0; i < 10_000; i++) {
      const t = tri();
      expect(t).toBeGreaterThanOrEqual(1);
      expect(t).toBeLessThanOrEqual(3);
      const k = z();
      expect(Number.isInteger(k) && k >= 1 && k <= 10).toBe(true);
    }
  });
});
