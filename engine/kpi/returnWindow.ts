import type { Distribution } from '../kernel/random/distributions/index.js';
import { lognormalShape } from '../kernel/random/distributions/lognormal.js';

/** The standard normal's 99.9th percentile: where an unbounded decision time's window is closed. */
const Z_999 = 3.090232306167813;

/** Upper end of a duration distribution: its largest value, or its 99.9th percentile when it has none. */
function upperEnd(distribution: Distribution): number {
  switch (distribution.dist) {
    case 'constant':
      return distribution.value;
    case 'uniform':
    case 'triangular':
      return distribution.max;
    case 'empirical':
      return Math.max(...distribution.values.filter((_, index) => (distribution.weights?.[index] ?? 1) > 0));
    case 'exponential':
      return distribution.mean * Math.log(1000);
    case 'normal':
      return distribution.mean + Z_999 * distribution.sd;
    case 'lognormal': {
      const { mu, sigma } = lognormalShape(distribution);
      return Math.exp(mu + Z_999 * sigma);
    }
    case 'gamma': {
      if (distribution.sd === 0) return distribution.mean;
      // Wilson-Hilferty: the cube root of a gamma variable is nearly normal.
      const shape = (distribution.mean * distribution.mean) / (distribution.sd * distribution.sd);
      const cube = 1 - 1 / (9 * shape) + Z_999 / (3 * Math.sqrt(shape));
      return distribution.mean * Math.max(0, cube) ** 3;
    }
    case 'poisson':
    case 'zipf':
      throw new TypeError(`returnWindowSeconds: "${distribution.dist}" is not a duration distribution`);
  }
}

/**
 * How long after delivery a customer may still start a return, engine seconds: the upper end
 * of `returns.decisionTime` (its 99.9th percentile when unbounded). `returnRate` counts only
 * orders whose window closed before the horizon, so returns not yet started are not "kept".
 */
export function returnWindowSeconds(decisionTime: Distribution): number {
  // The model draws max(0, decision time), so a window is never negative.
  return Math.max(0, upperEnd(decisionTime));
}
