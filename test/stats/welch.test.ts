import { describe, expect, it } from 'vitest';
import { welchInterval } from '../../engine/stats/welch.js';

describe('welchInterval', () => {
  it('matches a hand computation (Welch-Satterthwaite degrees of freedom)', () => {
    // a: mean 2, var 1 (n 3); b: mean 5, var 4 (n 3): se² = 1/3 + 4/3 = 5/3; df = (5/3)² / ((1/3)²/2 + (4/3)²/2) = 2.941...
    const interval = welchInterval([1, 2, 3], [3, 5, 7]);
    const df = (5 / 3) ** 2 / ((1 / 3) ** 2 / 2 + (4 / 3) ** 2 / 2);
    expect(df).toBeCloseTo(2.9412, 4);
    // t(0.975, 2.94) ≈ 3.2188 (between t(3) = 3.182 and t(2) = 4.303)
    expect(interval?.[0]).toBeCloseTo(3 - 3.2188 * Math.sqrt(5 / 3), 2);
    expect(interval?.[1]).toBeCloseTo(3 + 3.2188 * Math.sqrt(5 / 3), 2);
    expect(welchInterval([1], [2, 3])).toBeNull();
  });
});
