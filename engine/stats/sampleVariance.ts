import { meanSimple, sumSimple } from 'simple-statistics';

/**
 * Sum of (value - mean)² over `values`, added left to right. Kept here rather than taken from
 * simple-statistics' `sumNthPowerDeviations`/`sampleVariance`: those centre on its compensated
 * (Kahan-Babuska) `mean`, which differs from the plain mean in the last bit for about a third
 * of inputs, so reported sds and intervals would change in their last digits against results
 * already written; and `selectBest` centres on a mean it gives.
 */
export function sumOfSquaredDeviations(values: readonly number[], mean: number): number {
  return sumSimple(values.map((value) => (value - mean) ** 2));
}

/** Unbiased sample variance (n - 1 in the denominator) about `mean`, by default the plain mean of `values`. */
export function sampleVariance(values: readonly number[], mean: number = meanSimple(values)): number {
  if (values.length < 2) throw new RangeError(`sampleVariance: needs at least two values, got ${values.length}`);
  return sumOfSquaredDeviations(values, mean) / (values.length - 1);
}
