import { randomNormal } from 'd3-random';
import type { DistributionFamily } from './types.js';

/** Parameters of a normal distribution. */
export interface NormalParams {
  readonly mean: number;
  readonly sd: number;
}

/** Normal, sampled by d3-random (Marsaglia polar method) from the given stream. */
export const normal: DistributionFamily<NormalParams> = {
  sampler: ({ mean, sd }, stream) => randomNormal.source(stream)(mean, sd),
  mean: ({ mean }) => mean,
  variance: ({ sd }) => sd * sd,
};
