import { gammaln } from 'simple-statistics';
import { chiSquareTest, type ChiSquareTest } from './chiSquare.js';
import type { CountHistogram } from './countHistogram.js';

// The log-pmf by hand: simple-statistics' poissonDistribution lists probabilities only until
// they sum to 1 − 1e-4, too coarse for a likelihood and for the upper tail of a chi-square class.

/** ln P(X = k) for X ~ Poisson(mean). */
export function poissonLogPmf(k: number, mean: number): number {
  if (mean === 0) return k === 0 ? 0 : -Infinity;
  return k * Math.log(mean) - mean - gammaln(k + 1);
}

/** A shifted Poisson fitted by maximum likelihood: X = shift + Poisson(mean). */
export interface ShiftedPoissonFit {
  readonly shift: number;
  readonly mean: number;
  readonly logLikelihood: number;
  /** Akaike's information criterion, 2·2 − 2·ln L (the shift and the mean are fitted). */
  readonly aic: number;
  /** Against the sample's counts; undefined when too few classes are left to test. */
  readonly test: ChiSquareTest | undefined;
}

/**
 * Fits shift + Poisson(mean) to a count sample: the shift is the smallest count (the
 * likelihood is zero below it and larger the nearer the shift is to the data), the mean is the
 * sample mean minus the shift (the Poisson maximum-likelihood estimate).
 */
export function fitShiftedPoisson(histogram: CountHistogram): ShiftedPoissonFit {
  const { values, frequencies, n } = histogram;
  const shift = values[0] as number;
  const mean = Math.max(0, histogram.mean - shift);
  const logLikelihood = values.reduce((sum, value, index) => sum + (frequencies[index] as number) * poissonLogPmf(value - shift, mean), 0);
  // Classes: every count from the shift up to the largest seen; the last also holds the tail above it.
  const top = values[values.length - 1] as number;
  const observed = new Array<number>(top - shift + 1).fill(0);
  values.forEach((value, index) => (observed[value - shift] = frequencies[index] as number));
  const probabilities = observed.map((_, k) => Math.exp(poissonLogPmf(k, mean)));
  const below = probabilities.slice(0, -1).reduce((sum, p) => sum + p, 0);
  probabilities[probabilities.length - 1] = Math.max(0, 1 - below);
  return { shift, mean, logLikelihood, aic: 4 - 2 * logLikelihood, test: n > 0 ? chiSquareTest(observed, probabilities, 2) : undefined };
}
