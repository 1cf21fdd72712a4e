import { describe, expect, it } from 'vitest';
import {
  drawsMeanForLines,
  drawsTableForLines,
  expectedDistinctLines,
  expectedDistinctOfDraws,
} from '../../../engine/experiment/calibration/linesMergeCorrection.js';

const uniform = (skus: number): Float64Array => new Float64Array(skus).fill(1 / skus);

describe('lines merge correction', () => {
  it('gives the distinct SKUs of n draws over equally popular SKUs: K(1 − (1 − 1/K)^n)', () => {
    expect(expectedDistinctOfDraws(2, uniform(10))).toBeCloseTo(1.9, 12);
    expect(expectedDistinctOfDraws(3, uniform(4))).toBeCloseTo(4 * (1 - 0.75 ** 3), 12);
  });

  it('matches the Poisson mixture of draw counts', () => {
    const shares = uniform(5);
    const mean = 1.7;
    let mixture = 0;
    let weight = Math.exp(-mean);
    for (let k = 0; k < 60; k++) {
      mixture += weight * expectedDistinctOfDraws(1 + k, shares);
      weight *= mean / (k + 1);
    }
    expect(expectedDistinctLines(1, mean, shares)).toBeCloseTo(mixture, 10);
  });

  it('inverts the merge: the draws mean found gives the lines asked for', () => {
    const shares = Float64Array.from([0.4, 0.3, 0.2, 0.1]);
    const draws = drawsMeanForLines(1, 2.2, shares);
    expect(draws).toBeGreaterThan(1.2);
    expect(expectedDistinctLines(1, draws as number, shares)).toBeCloseTo(2.2, 8);
    expect(drawsMeanForLines(1, 4.5, shares)).toBeUndefined();
    // With many equally popular SKUs merges are rare: the draws are the lines.
    expect(drawsMeanForLines(1, 2.5, uniform(1_000_000))).toBeCloseTo(1.5, 4);
  });

  it('turns a table of distinct lines into draw counts with the same expected lines', () => {
    const shares = uniform(20);
    const table = drawsTableForLines([1, 3, 6], [5, 3, 2], shares);
    const total = table.weights.reduce((sum, weight) => sum + weight, 0);
    const lines = table.values.reduce(
      (sum, draws, index) => sum + (table.weights[index] as number) * expectedDistinctOfDraws(draws, shares),
      0,
    );
    expect(total).toBeCloseTo(10, 3);
    expect(lines / total).toBeCloseTo((5 + 9 + 12) / 10, 3);
    expect(table.values[0]).toBe(1);
  });

  it('leaves a value that only many more draws would reach as it is (bounded search)', () => {
    // 4,999 distinct of 5,000 equally popular SKUs takes about 5,000·ln(5,000) ≈ 42,600 draws.
    expect(drawsTableForLines([4999], [1], uniform(5000)).values).toEqual([4999]);
  });
});
