import { studentTQuantile } from './studentT.js';

/**
 * The 95% Welch interval for mean(b) - mean(a) from two independent samples (unpaired): what
 * a comparison would report without common random numbers. Null with fewer than two values each.
 */
export function welchInterval(a: readonly number[], b: readonly number[]): readonly [number, number] | null {
  if (a.length < 2 || b.length < 2) return null;
  const moments = (values: readonly number[]): [number, number] => {
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return [mean, values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1)];
  };
  const [meanA, varianceA] = moments(a);
  const [meanB, varianceB] = moments(b);
  const se2 = varianceA / a.length + varianceB / b.length;
  const difference = meanB - meanA;
  if (se2 === 0) return [difference, difference];
  const df = se2 ** 2 / ((varianceA / a.length) ** 2 / (a.length - 1) + (varianceB / b.length) ** 2 / (b.length - 1));
  const halfWidth = studentTQuantile(0.975, df) * Math.sqrt(se2);
  return [difference - halfWidth, difference + halfWidth];
}
