import { describe, expect, it } from 'vitest';
import { welchInterval } from '../../engine/stats/welch.js';

// Student's (1908) sleep data, R's `sleep` data set: extra hours of sleep under two drugs.
const DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('welchInterval', () => {
  it("welchInterval: matches R's t.test on the sleep data (the example of R's t.test help page)", () => {
    // t.test(extra ~ group, data = sleep): Welch Two Sample t-test, t = -1.8608, df = 17.776,
    // 95 percent confidence interval: -3.3654832 0.2054832 (mean of group 1 minus group 2).
    const interval = welchInterval(DRUG_2, DRUG_1);
    expect(interval?.[0]).toBeCloseTo(-3.3654832, 7);
    expect(interval?.[1]).toBeCloseTo(0.2054832, 7);
  });

  it('welchInterval: swapping the samples mirrors the interval', () => {
    const interval = welchInterval(DRUG_1, DRUG_2);
    expect(interval?.[0]).toBeCloseTo(-0.2054832, 7);
    expect(interval?.[1]).toBeCloseTo(3.3654832, 7);
  });

  it('welchInterval: null with fewer than two values in a sample, a point when neither varies', () => {
    expect(welchInterval([1], [2, 3])).toBeNull();
    expect(welchInterval([2, 2, 2], [5, 5])).toEqual([3, 3]);
  });
});
