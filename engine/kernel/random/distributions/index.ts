import type { RandomStream } from '../RandomStream.js';
import { constant, type ConstantParams } from './constant.js';
import { empirical, type EmpiricalParams } from './empirical.js';
import { exponential, type ExponentialParams } from './exponential.js';
import { gamma, type GammaParams } from './gamma.js';
import { lognormal, type LognormalParams } from './lognormal.js';
import { normal, type NormalParams } from './normal.js';
import { poisson, type PoissonParams } from './poisson.js';
import { triangular, type TriangularParams } from './triangular.js';
import type { DistributionFamily, Sampler } from './types.js';
import { uniform, type UniformParams } from './uniform.js';
import { zipf, type ZipfParams } from './zipf.js';

export type { Sampler } from './types.js';

/** A distribution with numeric parameters in engine units, tagged by family name. */
export type Distribution =
  | ({ readonly dist: 'constant' } & ConstantParams)
  | ({ readonly dist: 'exponential' } & ExponentialParams)
  | ({ readonly dist: 'uniform' } & UniformParams)
  | ({ readonly dist: 'triangular' } & TriangularParams)
  | ({ readonly dist: 'normal' } & NormalParams)
  | ({ readonly dist: 'lognormal' } & LognormalParams)
  | ({ readonly dist: 'gamma' } & GammaParams)
  | ({ readonly dist: 'empirical' } & EmpiricalParams)
  | ({ readonly dist: 'poisson' } & PoissonParams)
  | ({ readonly dist: 'zipf' } & ZipfParams);

/** Names of all distribution families. */
export type DistributionName = Distribution['dist'];

// Each family's parameters are exactly its variant minus the tag, so the cast is sound.
const families: { readonly [K in DistributionName]: DistributionFamily<Extract<Distribution, { dist: K }>> } = {
  constant,
  exponential,
  uniform,
  triangular,
  normal,
  lognormal,
  gamma,
  empirical,
  poisson,
  zipf,
};

function familyOf(distribution: Distribution): DistributionFamily<Distribution> {
  return families[distribution.dist];
}

/** Builds a sampler for `distribution` drawing from `stream`. */
export function createSampler(distribution: Distribution, stream: RandomStream): Sampler {
  return familyOf(distribution).sampler(distribution, stream);
}

/** Theoretical mean of `distribution`. */
export function distributionMean(distribution: Distribution): number {
  return familyOf(distribution).mean(distribution);
}

/** Theoretical variance of `distribution`. */
export function distributionVariance(distribution: Distribution): number {
  return familyOf(distribution).variance(distribution);
}
