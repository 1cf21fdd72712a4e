import { randomPoisson } from 'd3-random';
import type { DistributionFamily } from './types.js';

/** Parameters of a shifted Poisson count: value = shift + Poisson(mean). */
export interface PoissonParams {
  readonly mean: number;
  readonly shift: number;
}

/** Shifted Poisson, sampled by d3-random. */
export const poisson: DistributionFamily<PoissonParams> = {
  sampler: ({ mean, shift }, stream) => {
    if (mean === 0) return () => shift;
    const draw = randomPoisson.source(stream)(mean);
    return () => shift + draw();
  },
  mean: ({ mean, shift }) => shift + mean,
  variance: ({ mean }) => mean,
};
