import { linearRegression } from 'simple-statistics';
import { studentTCdf } from './studentT.js';

/** A least-squares line y = intercept + slope·x with the slope's standard error and test. */
export interface LinearTrend {
  readonly intercept: number;
  readonly slope: number;
  readonly slopeStandardError: number;
  /** Two-sided p-value of slope = 0 (Student's t with n − 2 degrees of freedom). */
  readonly pValue: number;
  readonly degreesOfFreedom: number;
}

/** Fits y on x by least squares (simple-statistics' linearRegression) and tests its slope; undefined below 3 points. */
export function linearTrend(xs: readonly number[], ys: readonly number[]): LinearTrend | undefined {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return undefined;
  const { m: slope, b: intercept } = linearRegression(xs.map((x, index) => [x, ys[index] as number]));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  let spreadX = 0;
  let residuals = 0;
  xs.forEach((x, index) => {
    spreadX += (x - meanX) ** 2;
    residuals += ((ys[index] as number) - intercept - slope * x) ** 2;
  });
  const degreesOfFreedom = n - 2;
  const slopeStandardError = spreadX > 0 ? Math.sqrt(residuals / degreesOfFreedom / spreadX) : Infinity;
  const t = slopeStandardError > 0 ? slope / slopeStandardError : slope === 0 ? 0 : Infinity;
  const pValue = Number.isFinite(t) ? 2 * (1 - studentTCdf(Math.abs(t), degreesOfFreedom)) : slope === 0 ? 1 : 0;
  return { intercept, slope, slopeStandardError, pValue, degreesOfFreedom };
}
