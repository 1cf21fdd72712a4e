import type { DistributionFamily } from './types.js';

/** Parameters of a point mass. */
export interface ConstantParams {
  readonly value: number;
}

/** Always `value`. */
export const constant: DistributionFamily<ConstantParams> = {
  sampler:
    ({ value }) =>
    () =>
      value,
  mean: ({ value }) => value,
  variance: () => 0,
};
