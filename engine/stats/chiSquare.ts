import { gammaln } from 'simple-statistics';

// By hand: simple-statistics' chi-square helpers give a yes/no at a few fixed significance
// levels (a table), not the p-value the calibration report prints.

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a): a series below a + 1, a continued fraction above (Numerical Recipes gser / gcf). */
function upperRegularizedGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const logPrefix = -x + a * Math.log(x) - gammaln(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 1000; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(logPrefix) * h);
}

/** P(X² >= statistic) for a chi-square variable with `degrees` degrees of freedom. */
export function chiSquarePValue(statistic: number, degrees: number): number {
  return upperRegularizedGamma(degrees / 2, statistic / 2);
}

/** A chi-square goodness-of-fit test, after pooling. */
export interface ChiSquareTest {
  readonly statistic: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  /** Classes left after pooling those with an expected count below 5. */
  readonly classes: number;
}

/** The smallest expected count a class may have (Cochran's rule); smaller classes pool with their neighbour. */
export const MIN_EXPECTED = 5;

/**
 * Pearson's chi-square test of observed counts against a fitted model's class probabilities
 * (ordered classes, the last one holding the model's whole upper tail so the probabilities sum
 * to 1). Neighbouring classes pool, from the left, until each expects at least 5; a short
 * remainder joins the last pooled class. Degrees of freedom: classes − 1 − fitted parameters.
 * Undefined when fewer than one degree of freedom is left (the data cannot test the model).
 */
export function chiSquareTest(
  observed: readonly number[],
  probabilities: readonly number[],
  fittedParameters: number,
): ChiSquareTest | undefined {
  const total = observed.reduce((sum, count) => sum + count, 0);
  const pooled: Array<{ observed: number; expected: number }> = [];
  let open = { observed: 0, expected: 0 };
  observed.forEach((count, index) => {
    open.observed += count;
    open.expected += total * (probabilities[index] ?? 0);
    if (open.expected >= MIN_EXPECTED) {
      pooled.push(open);
      open = { observed: 0, expected: 0 };
    }
  });
  const last = pooled[pooled.length - 1];
  if (last === undefined) return undefined;
  last.observed += open.observed;
  last.expected += open.expected;
  const degreesOfFreedom = pooled.length - 1 - fittedParameters;
  if (degreesOfFreedom < 1) return undefined;
  const statistic = pooled.reduce((sum, { observed: o, expected: e }) => sum + ((o - e) * (o - e)) / e, 0);
  return { statistic, degreesOfFreedom, pValue: chiSquarePValue(statistic, degreesOfFreedom), classes: pooled.length };
}
