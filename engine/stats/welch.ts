import { meanSimple } from 'simple-statistics';
import { sampleVariance } from './sampleVariance.js';
import { studentTQuantile } from './studentT.js';

/**
 * The 95% Welch interval for mean(b) - mean(a) from two independent samples (unpaired): what
 * a comparison would report without common random numbers. Null with fewer than two values each.
 */
export function welchInterval(a: readonly number[], b: readonly number[]): readonly [number, number] | null {
  if (a.length < 2 || b.length < 2) return null;
  const [meanA, meanB] = [meanSimple(a), meanSimple(b)];
  const [varianceA, varianceB] = [sampleVariance(a, meanA), sampleVariance(b, meanB)];
  const se2 = varianceA / a.length + varianceB / b.length;
  const difference = meanB - meanA;
  if (se2 === 0) return [difference, difference];
  const df = se2 ** 2 / ((varianceA / a.length) ** 2 / (a.length - 1) + (varianceB / b.length) ** 2 / (b.length - 1));
  const halfWidth = studentTQuantile(0.975, df) * Math.sqrt(se2);
  return [difference - halfWidth, difference + halfWidth];
}
