import { randomGamma } from 'd3-random';
import type { DistributionFamily } from './types.js';

/** Parameters of a gamma distribution, given by its mean and sd. */
export interface GammaParams {
  readonly mean: number;
  readonly sd: number;
}

/** Gamma with shape (mean/sd)^2 and scale sd^2/mean, sampled by d3-random (Marsaglia-Tsang). */
export const gamma: DistributionFamily<GammaParams> = {
  sampler: ({ mean, sd }, stream) => {
    if (sd === 0) return () => mean;
    return randomGamma.source(stream)((mean * mean) / (sd * sd), (sd * sd) / mean);
  },
  mean: ({ mean }) => mean,
  variance: ({ sd }) => sd * sd,
};
