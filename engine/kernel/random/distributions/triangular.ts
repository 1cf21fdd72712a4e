import type { DistributionFamily } from './types.js';

/** Parameters of a triangular distribution (min <= mode <= max). */
export interface TriangularParams {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

/** Triangular by inversion of its CDF. */
export const triangular: DistributionFamily<TriangularParams> = {
  sampler: ({ min, mode, max }, stream) => {
    const range = max - min;
    const split = range === 0 ? 0 : (mode - min) / range;
    return () => {
      const u = stream();
      return u < split ? min + Math.sqrt(u * range * (mode - min)) : max - Math.sqrt((1 - u) * range * (max - mode));
    };
  },
  mean: ({ min, mode, max }) => (min + mode + max) / 3,
  variance: ({ min, mode, max }) => (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
};
