import type { RandomStream } from '../RandomStream.js';

/** Draws one value. */
export type Sampler = () => number;

/** One family of distributions: how to sample it and its theoretical moments. */
export interface DistributionFamily<Params> {
  /** Builds a sampler that draws from `stream`. */
  sampler(params: Params, stream: RandomStream): Sampler;
  /** Theoretical mean. */
  mean(params: Params): number;
  /** Theoretical variance. */
  variance(params: Params): number;
}
