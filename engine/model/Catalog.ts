import { AliasTable } from '../kernel/random/AliasTable.js';
import { createSampler } from '../kernel/random/distributions/index.js';
import type { RandomStreams } from '../kernel/random/RandomStream.js';
import type { CatalogSlice } from '../scenario/resolved/catalogSlice.js';
import { historyCodesOfSkus, mapHistorySkus } from './historySkus.js';

/** The SKUs: their popularity, price, weight, volume and fragility (index = SKU id). */
export interface Catalog {
  readonly size: number;
  /** Probability that a drawn line is each SKU. */
  readonly popularity: Float64Array;
  /** SKU ids from most to least popular. */
  readonly byPopularity: Int32Array;
  readonly unitPrice: Float64Array;
  readonly unitWeightKg: Float64Array;
  /** Litres per unit: a SKU master's dimensions (L × W × H cm / 1000), else drawn from `catalog.unitVolumeLitres`. */
  readonly unitVolumeLitres: Float64Array;
  readonly fragile: Uint8Array;
  /** Alias table for drawing SKUs by popularity. */
  readonly skuTable: AliasTable;
  /**
   * The user's SKU codes: a SKU master's (then `fromMaster`), or for a synthetic catalog that
   * replays histories the history code mapped onto each SKU ("" for a SKU no history names);
   * undefined for a purely synthetic catalog (its SKUs are known by id).
   */
  readonly codes: readonly string[] | undefined;
  /** True when the SKUs are a SKU master's rows: history codes name them by code. */
  readonly fromMaster: boolean;
  /** A SKU master's zone label of each SKU ("" when none); undefined without a zone column. */
  readonly zones: readonly string[] | undefined;
}

/** Ids sorted by popularity, most popular first, ties by id. */
const rankByPopularity = (popularity: Float64Array): Int32Array =>
  Int32Array.from(
    Array.from({ length: popularity.length }, (_, sku) => sku).sort(
      (a, b) => (popularity[b] as number) - (popularity[a] as number) || a - b,
    ),
  );

/**
 * Builds the catalog. With a SKU master, prices, weights, dimensions and fragility are the
 * file's (a SKU without dimensions draws its volume from the scenario's law). Otherwise they
 * are drawn from fixed streams: every replication of a seed sees the same catalog, as the real
 * DC would.
 */
export function buildCatalog(config: CatalogSlice, streams: RandomStreams): Catalog {
  const size = config.skus;
  const weights = config.popularityWeights;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const popularity = Float64Array.from(weights, (weight) => weight / total);
  const byPopularity = rankByPopularity(popularity);
  const skuTable = new AliasTable(weights);
  // Its own stream: adding volumes moves no other draw.
  const volume = createSampler(config.unitVolumeLitres, streams.fixed('catalog:volume'));
  const { master } = config;
  if (master !== undefined) {
    return {
      size,
      popularity,
      byPopularity,
      unitPrice: Float64Array.from(master.unitPrice),
      unitWeightKg: Float64Array.from(master.unitWeightKg),
      unitVolumeLitres: Float64Array.from(master.unitVolumeLitres, (litres) => litres ?? Math.max(0, volume())),
      fragile: Uint8Array.from(master.fragile),
      skuTable,
      codes: master.codes,
      fromMaster: true,
      zones: master.zone.length > 0 ? master.zone : undefined,
    };
  }
  const price = createSampler(config.unitPrice, streams.fixed('catalog:price'));
  const weight = createSampler(config.unitWeightKg, streams.fixed('catalog:weight'));
  const fragility = streams.fixed('catalog:fragile');
  const { histories } = config;
  return {
    size,
    popularity,
    byPopularity,
    unitPrice: Float64Array.from({ length: size }, () => Math.max(0, price())),
    unitWeightKg: Float64Array.from({ length: size }, () => Math.max(0, weight())),
    unitVolumeLitres: Float64Array.from({ length: size }, () => Math.max(0, volume())),
    fragile: Uint8Array.from({ length: size }, () => (fragility() < config.fragileShare ? 1 : 0)),
    skuTable,
    codes: histories.length > 0 ? historyCodesOfSkus(histories, mapHistorySkus(histories, byPopularity), size) : undefined,
    fromMaster: false,
    zones: undefined,
  };
}

/** Maps replayed histories' SKU codes onto this catalog (by code with a SKU master, else by popularity). */
export function catalogSkuMaps(catalog: Catalog, histories: Parameters<typeof mapHistorySkus>[0]): Int32Array[] {
  return mapHistorySkus(histories, catalog.byPopularity, catalog.fromMaster ? catalog.codes : undefined);
}
