import type { DistributionFamily } from './types.js';

/** Parameters of a continuous uniform distribution on [min, max). */
export interface UniformParams {
  readonly min: number;
  readonly max: number;
}

/** Continuous uniform. */
export const uniform: DistributionFamily<UniformParams> = {
  sampler:
    ({ min, max }, stream) =>
    () =>
      min + (max - min) * stream(),
  mean: ({ min, max }) => (min + max) / 2,
  variance: ({ min, max }) => ((max - min) * (max - min)) / 12,
};
