import type { Distribution } from '../../kernel/random/distributions/index.js';
import { zipfWeights } from '../../kernel/random/distributions/zipf.js';
import type { Scenario } from '../schema/scenario.js';
import { toAmountDistribution } from './toDistribution.js';

/** The SKU catalog as the model draws it: demand weights and the laws of price, weight, volume and fragility. */
export interface CatalogSlice {
  readonly skus: number;
  /** Relative demand of each SKU by rank (Zipf) or by id (an explicit table), unnormalised. */
  readonly popularityWeights: readonly number[];
  readonly unitPrice: Distribution;
  readonly unitWeightKg: Distribution;
  readonly unitVolumeLitres: Distribution;
  readonly fragileShare: number;
}

/** The catalog section in model form. */
export function resolveCatalog(catalog: Scenario['catalog']): CatalogSlice {
  return {
    skus: catalog.skus,
    popularityWeights:
      catalog.popularity.dist === 'zipf'
        ? zipfWeights({ exponent: catalog.popularity.exponent, n: catalog.skus })
        : catalog.popularity.weights,
    unitPrice: toAmountDistribution(catalog.unitPrice),
    unitWeightKg: toAmountDistribution(catalog.unitWeightKg),
    unitVolumeLitres: toAmountDistribution(catalog.unitVolumeLitres),
    fragileShare: catalog.fragileShare,
  };
}
