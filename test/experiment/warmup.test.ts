import { describe, expect, it } from 'vitest';
import { meanAcross, mser, welchMovingAverage } from '../../engine/experiment/warmup.js';
import { createRandomStream } from '../../engine/kernel/random/RandomStream.js';

describe('mser', () => {
  it('cuts an initial transient and keeps a stationary series whole', () => {
    const noise = createRandomStream(7, 0, 'mser');
    // 30 days climbing from 0 to 100, then 170 days around 100.
    const series = Array.from({ length: 200 }, (_, day) => (day < 30 ? (100 * day) / 30 : 100) + (noise() - 0.5) * 10);
    const result = mser(series);
    expect(result.truncate).toBeGreaterThanOrEqual(20);
    expect(result.truncate).toBeLessThanOrEqual(40);
    expect(result.truncate % 5).toBe(0);
    expect(result.reliable).toBe(true);
    const flat = Array.from({ length: 200 }, () => 100 + (noise() - 0.5) * 10);
    expect(mser(flat).truncate).toBeLessThanOrEqual(30);
  });

  it('equals the definition on a hand example', () => {
    // Batches of 5: means 0, 10, 10, 10 → d = 0: squares 75 / 16; d = 1: 0 / 9.
    const series = [...new Array<number>(5).fill(0), ...new Array<number>(15).fill(10)];
    const result = mser(series);
    expect(result.statistic[0]).toBeCloseTo(75 / 16, 12);
    expect(result.statistic[1]).toBe(0);
    expect(result.truncate).toBe(5);
  });

  it('says a series still drifting at the end of the searched half is not reliable', () => {
    const trend = Array.from({ length: 100 }, (_, day) => day);
    expect(mser(trend).reliable).toBe(false);
  });
});

describe('Welch', () => {
  it('averages across replications, then by a centred window that shrinks at the start', () => {
    expect(
      meanAcross([
        [1, 2, 3],
        [3, 4, 5],
      ]),
    ).toEqual([2, 3, 4]);
    const smoothed = welchMovingAverage([1, 2, 3, 4, 5, 6, 7], 2);
    // day 0: itself; day 1: days 0..2; days 2..4: five-day windows.
    expect(smoothed).toEqual([1, 2, 3, 4, 5]);
  });
});
