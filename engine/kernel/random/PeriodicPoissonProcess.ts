import type { RandomStream } from './RandomStream.js';

/**
 * A non-homogeneous Poisson process whose rate is piecewise constant over equal segments
 * and repeats with period `rates.length * segmentLength` (e.g. 168 hourly rates = one week).
 * Arrival times come by inversion of the cumulative rate (exact, no thinning): draw a
 * unit exponential and spend it across segments at their rates.
 */
export class PeriodicPoissonProcess {
  private readonly period: number;

  constructor(
    private readonly rates: readonly number[],
    private readonly segmentLength: number,
    private readonly stream: RandomStream,
  ) {
    if (rates.length === 0 || !rates.some((rate) => rate > 0) || rates.some((rate) => !(rate >= 0))) {
      throw new RangeError('PeriodicPoissonProcess: rates must be >= 0 with at least one > 0');
    }
    this.period = rates.length * segmentLength;
  }

  /** The first arrival strictly after `now`. */
  nextArrival(now: number): number {
    let budget = -Math.log(1 - this.stream());
    let time = now;
    for (;;) {
      const phase = time % this.period;
      const segment = Math.min(Math.floor(phase / this.segmentLength), this.rates.length - 1);
      const segmentEnd = time - phase + (segment + 1) * this.segmentLength;
      const rate = this.rates[segment] as number;
      const capacity = rate * (segmentEnd - time);
      if (budget <= capacity && rate > 0) return time + budget / rate;
      budget -= capacity;
      time = segmentEnd;
    }
  }
}
