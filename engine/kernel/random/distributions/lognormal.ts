import { randomLogNormal } from 'd3-random';
import type { DistributionFamily } from './types.js';

/** Parameters of a lognormal distribution, given by the mean and sd of the variable itself. */
export interface LognormalParams {
  readonly mean: number;
  readonly sd: number;
}

/** The (mu, sigma) of the underlying normal that give the requested mean and sd. */
export function lognormalShape({ mean, sd }: LognormalParams): { mu: number; sigma: number } {
  const sigmaSquared = Math.log(1 + (sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - sigmaSquared / 2, sigma: Math.sqrt(sigmaSquared) };
}

/** Lognormal with the given mean and standard deviation. */
export const lognormal: DistributionFamily<LognormalParams> = {
  sampler: (params, stream) => {
    const { mu, sigma } = lognormalShape(params);
    return randomLogNormal.source(stream)(mu, sigma);
  },
  mean: ({ mean }) => mean,
  variance: ({ sd }) => sd * sd,
};
