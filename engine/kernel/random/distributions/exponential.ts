import type { DistributionFamily } from './types.js';

/** Parameters of an exponential distribution. */
export interface ExponentialParams {
  readonly mean: number;
}

/** Exponential by inversion: -mean * ln(1 - U). */
export const exponential: DistributionFamily<ExponentialParams> = {
  sampler:
    ({ mean }, stream) =>
    () =>
      -mean * Math.log(1 - stream()),
  mean: ({ mean }) => mean,
  variance: ({ mean }) => mean * mean,
};
