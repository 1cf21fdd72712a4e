import { describe, expect, it } from 'vitest';
import { chiSquarePValue, chiSquareTest } from '../../engine/stats/chiSquare.js';

describe('chiSquarePValue', () => {
  it('gives the tabulated upper tails', () => {
    // Critical values from any chi-square table: P(X² >= value) for the degrees of freedom.
    const table: Array<[number, number, number]> = [
      [3.841459, 1, 0.05],
      [6.634897, 1, 0.01],
      [11.070498, 5, 0.05],
      [18.307038, 10, 0.05],
      [23.209251, 10, 0.01],
      [43.772972, 30, 0.05],
    ];
    for (const [value, degrees, tail] of table) expect(chiSquarePValue(value, degrees)).toBeCloseTo(tail, 6);
  });

  it('is 1 at 0, and the exponential tail for 2 degrees of freedom', () => {
    expect(chiSquarePValue(0, 4)).toBe(1);
    for (const x of [0.5, 2, 9, 40]) expect(chiSquarePValue(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
  });
});

describe('chiSquareTest', () => {
  it('pools classes expecting fewer than 5 and counts the fitted parameters', () => {
    // n = 100; expected 50, 30, 15, 4, 1: the last two pool into one class of 5 expected.
    const test = chiSquareTest([52, 28, 14, 5, 1], [0.5, 0.3, 0.15, 0.04, 0.01], 1);
    expect(test?.classes).toBe(4);
    expect(test?.degreesOfFreedom).toBe(2);
    const statistic = 4 / 50 + 4 / 30 + 1 / 15 + 1 / 5;
    expect(test?.statistic).toBeCloseTo(statistic, 12);
    expect(test?.pValue).toBeCloseTo(Math.exp(-statistic / 2), 12);
  });

  it('is undefined when no degree of freedom is left', () => {
    expect(chiSquareTest([3, 2], [0.6, 0.4], 0)).toBeUndefined();
    expect(chiSquareTest([30, 20], [0.6, 0.4], 1)).toBeUndefined();
  });
});
