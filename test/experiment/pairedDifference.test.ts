import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../engine/experiment/pairedDifference.js';

describe('pairedDifference', () => {
  it('gives the paired mean difference, its t interval and a verdict by direction', () => {
    const base = [10, 12, 11, 13];
    const variant = [11, 13.2, 11.9, 14.1];
    const result = pairedDifference(base, variant, 'higher');
    expect(result.mean).toBeCloseTo(1.05, 12);
    // differences 1, 1.2, 0.9, 1.1: sd 0.1291, t(0.975, 3) = 3.1824
    expect(result.ci95?.[0]).toBeCloseTo(1.05 - (3.182446305 * 0.12909944) / 2, 6);
    expect(result.verdict).toBe('better');
    expect(pairedDifference(base, variant, 'lower').verdict).toBe('worse');
    expect(pairedDifference(base, variant, 'neither').verdict).toBe('changed');
  });

  it('says no significant difference when the interval holds zero, and skips undefined pairs', () => {
    expect(pairedDifference([1, 2, 3], [1.5, 1.5, 3.2], 'higher').verdict).toBe('no significant difference');
    const skipped = pairedDifference([1, null, 3], [2, 5, 3.5], 'higher');
    expect(skipped.mean).toBeCloseTo(0.75, 12);
    expect(skipped.verdict).toBe('no significant difference');
    expect(pairedDifference([1], [2], 'higher')).toEqual({ mean: 1, ci95: null, verdict: 'no significant difference' });
  });
});
