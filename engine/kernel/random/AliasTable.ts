import type { RandomStream } from './RandomStream.js';

/**
 * Walker's alias method (Vose's stable construction): O(n) set-up, O(1) draws of an
 * index with probability proportional to its weight.
 */
export class AliasTable {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;

  constructor(weights: readonly number[]) {
    const n = weights.length;
    if (n === 0) throw new RangeError('AliasTable: weights must not be empty');
    let total = 0;
    for (const weight of weights) {
      if (!(weight >= 0) || !Number.isFinite(weight)) {
        throw new RangeError(`AliasTable: weights must be finite and >= 0, got ${weight}`);
      }
      total += weight;
    }
    if (!(total > 0)) throw new RangeError('AliasTable: weights must not all be zero');
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = weights.map((weight) => (weight * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((value, index) => (value < 1 ? small : large).push(index));
    while (small.length > 0 && large.length > 0) {
      const less = small.pop() as number;
      const more = large.pop() as number;
      this.probability[less] = scaled[less] as number;
      this.alias[less] = more;
      const remaining = (scaled[more] as number) + (scaled[less] as number) - 1;
      scaled[more] = remaining;
      (remaining < 1 ? small : large).push(more);
    }
    // Leftovers are 1 up to rounding error.
    for (const index of large) this.probability[index] = 1;
    for (const index of small) this.probability[index] = 1;
  }

  /** Number of outcomes. */
  get size(): number {
    return this.probability.length;
  }

  /** Draws an index in [0, size). */
  draw(stream: RandomStream): number {
    const scaled = stream() * this.probability.length;
    const column = Math.floor(scaled);
    return scaled - column < (this.probability[column] as number) ? column : (this.alias[column] as number);
  }
}
