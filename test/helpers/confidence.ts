import { mean, sampleStandardDeviation } from 'simple-statistics';
import { expect } from 'vitest';
import { studentTQuantile } from '../../engine/stats/studentT.js';

/** Asserts that `theory` lies inside the Student-t interval (95% unless `level` says) of independent replication values. */
export function expectInsideInterval(values: readonly number[], theory: number, label: string, level = 0.95): void {
  const defined = values.filter((value) => Number.isFinite(value));
  const n = defined.length;
  if (n < 2) throw new TypeError(`expectInsideInterval: ${label} needs at least two values`);
  const center = mean(defined);
  const halfWidth = (studentTQuantile(1 - (1 - level) / 2, n - 1) * sampleStandardDeviation(defined)) / Math.sqrt(n);
  const [low, high] = [center - halfWidth, center + halfWidth];
  const message = `${label}: theory ${theory} outside the ${level * 100}% interval [${low}, ${high}] (mean ${center})`;
  expect(theory, message).toBeGreaterThanOrEqual(low);
  expect(theory, message).toBeLessThanOrEqual(high);
}
