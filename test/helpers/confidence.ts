import { expect } from 'vitest';
import { summarize } from '../../engine/stats/summary.js';

/** Asserts that `theory` lies inside the 95% Student-t interval of independent replication values. */
export function expectInsideInterval(values: readonly number[], theory: number, label: string): void {
  const summary = summarize(values);
  if (summary.ci95 === null) throw new TypeError(`expectInsideInterval: ${label} needs at least two values`);
  const [low, high] = summary.ci95;
  expect(theory, `${label}: theory ${theory} outside [${low}, ${high}] (mean ${summary.mean})`).toBeGreaterThanOrEqual(low);
  expect(theory, `${label}: theory ${theory} outside [${low}, ${high}] (mean ${summary.mean})`).toBeLessThanOrEqual(high);
}
