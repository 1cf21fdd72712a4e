import { describe, expect, it } from 'vitest';
import { PeriodicPoissonProcess } from '../../../engine/kernel/random/PeriodicPoissonProcess.js';
import { createRandomStream } from '../../../engine/kernel/random/RandomStream.js';

describe('PeriodicPoissonProcess.nextArrival', () => {
  it('puts the expected count in each segment and none where the rate is zero', () => {
    const rates = [0, 2, 6, 0];
    const process = new PeriodicPoissonProcess(rates, 1, createRandomStream(3, 0, 'nhpp'));
    const counts = [0, 0, 0, 0];
    const periods = 20_000;
    for (let time = process.nextArrival(0); time < periods * 4; time = process.nextArrival(time)) {
      const segment = Math.floor(time % 4);
      counts[segment] = (counts[segment] as number) + 1;
    }
    expect(counts[0]).toBe(0);
    expect(counts[3]).toBe(0);
    // Poisson counts: mean = variance = rate * periods; 4.4 sd bounds.
    for (const [segment, rate] of [
      [1, 2],
      [2, 6],
    ] as const) {
      const mean = rate * periods;
      expect(Math.abs((counts[segment] as number) - mean)).toBeLessThan(4.4 * Math.sqrt(mean));
    }
  });
});
