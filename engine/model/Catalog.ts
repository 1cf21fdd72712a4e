import { AliasTable } from '../kernel/random/AliasTable.js';
import { createSampler } from '../kernel/random/distributions/index.js';
import type { RandomStreams } from '../kernel/random/RandomStream.js';
import type { CatalogSlice } from '../scenario/resolved/catalogSlice.js';

/** The SKUs: their popularity, price, weight, volume and fragility (index = SKU id). */
export interface Catalog {
  readonly size: number;
  /** Probability that a drawn line is each SKU. */
  readonly popularity: Float64Array;
  /** SKU ids from most to least popular. */
  readonly byPopularity: Int32Array;
  readonly unitPrice: Float64Array;
  readonly unitWeightKg: Float64Array;
  /** Volume of one unit (litres); NaN when unknown (a SKU master without dimensions). */
  readonly unitVolumeLitres: Float64Array;
  readonly fragile: Uint8Array;
  /** Alias table for drawing SKUs by popularity. */
  readonly skuTable: AliasTable;
}

/**
 * Builds the catalog. Prices, weights, volumes and fragility are drawn from fixed streams: every
 * replication of a seed sees the same catalog, as the real DC would.
 */
export function buildCatalog(config: CatalogSlice, streams: RandomStreams): Catalog {
  const size = config.skus;
  const weights = config.popularityWeights;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const popularity = Float64Array.from(weights, (weight) => weight / total);
  const byPopularity = Int32Array.from(
    Array.from({ length: size }, (_, sku) => sku).sort((a, b) => (popularity[b] as number) - (popularity[a] as number) || a - b),
  );
  const price = createSampler(config.unitPrice, streams.fixed('catalog:price'));
  const weight = createSampler(config.unitWeightKg, streams.fixed('catalog:weight'));
  const fragility = streams.fixed('catalog:fragile');
  // Its own stream: adding volumes moves no other draw.
  const volume = createSampler(config.unitVolumeLitres, streams.fixed('catalog:volume'));
  return {
    size,
    popularity,
    byPopularity,
    unitPrice: Float64Array.from({ length: size }, () => Math.max(0, price())),
    unitWeightKg: Float64Array.from({ length: size }, () => Math.max(0, weight())),
    unitVolumeLitres: Float64Array.from({ length: size }, () => Math.max(0, volume())),
    fragile: Uint8Array.from({ length: size }, () => (fragility() < config.fragileShare ? 1 : 0)),
    skuTable: new AliasTable(weights),
  };
}
