import type { CountHistogram } from '../../stats/countHistogram.js';
import { fitShiftedPoisson, type ShiftedPoissonFit } from '../../stats/shiftedPoisson.js';

/** The p-value below which a parametric family is rejected outright (chi-square test). */
export const REJECT_BELOW = 0.01;

/** The count distribution chosen for a sample, with the figures behind the choice. */
export type CountDistributionFit =
  | { readonly family: 'constant'; readonly value: number }
  | { readonly family: 'poisson'; readonly poisson: ShiftedPoissonFit; readonly empiricalAic: number }
  | {
      readonly family: 'empirical';
      readonly values: readonly number[];
      readonly weights: readonly number[];
      /** The best family tried, and why it lost (its test and AIC against the table's). */
      readonly rejected: ShiftedPoissonFit;
      readonly empiricalAic: number;
    };

/** AIC of the empirical table: one free probability per distinct value but one. */
function empiricalAic({ frequencies, n }: CountHistogram): number {
  const logLikelihood = frequencies.reduce((sum, f) => sum + f * Math.log(f / n), 0);
  return 2 * (frequencies.length - 1) - 2 * logLikelihood;
}

/**
 * Chooses among the count families the scenario schema supports (constant, shifted Poisson,
 * empirical). A single value is a constant. Otherwise the family with the lowest AIC is the
 * shifted Poisson (the constant has zero likelihood once two values occur), kept unless its
 * chi-square test rejects it at REJECT_BELOW, or, when too few classes are left to test, unless
 * the empirical table's AIC is lower. A rejected family gives way to the empirical table: the
 * history's own frequencies.
 */
export function fitCountDistribution(histogram: CountHistogram): CountDistributionFit {
  const { values, frequencies } = histogram;
  if (values.length === 1) return { family: 'constant', value: values[0] as number };
  const poisson = fitShiftedPoisson(histogram);
  const tableAic = empiricalAic(histogram);
  const fits = poisson.test === undefined ? poisson.aic <= tableAic : poisson.test.pValue >= REJECT_BELOW;
  if (fits) return { family: 'poisson', poisson, empiricalAic: tableAic };
  return { family: 'empirical', values, weights: frequencies, rejected: poisson, empiricalAic: tableAic };
}

/** The mean of the fitted distribution. */
export function fittedMean(fit: CountDistributionFit): number {
  switch (fit.family) {
    case 'constant':
      return fit.value;
    case 'poisson':
      return fit.poisson.shift + fit.poisson.mean;
    case 'empirical': {
      const total = fit.weights.reduce((sum, weight) => sum + weight, 0);
      return fit.values.reduce((sum, value, index) => sum + value * (fit.weights[index] as number), 0) / total;
    }
  }
}
