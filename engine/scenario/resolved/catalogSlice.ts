import type { Distribution } from '../../kernel/random/distributions/index.js';
import { zipfWeights } from '../../kernel/random/distributions/zipf.js';
import { isHistoryColumns, type HistoryColumns } from '../historyColumns.js';
import type { Scenario } from '../schema/scenario.js';
import { isSkuMasterColumns, type SkuMasterColumns } from '../skuMasterColumns.js';
import { toAmountDistribution } from './toDistribution.js';

/** The SKU catalog as the model draws it: demand weights and the laws of price, weight, volume and fragility. */
export interface CatalogSlice {
  readonly skus: number;
  /** Relative demand of each SKU by rank (Zipf) or by id (an explicit table, a SKU master's), unnormalised. */
  readonly popularityWeights: readonly number[];
  readonly unitPrice: Distribution;
  readonly unitWeightKg: Distribution;
  readonly unitVolumeLitres: Distribution;
  readonly fragileShare: number;
  /** The user's SKUs (`catalog.file`): prices, weights, fragility and codes come from it instead of the laws. */
  readonly master: SkuMasterColumns | undefined;
  /** The replayed order histories (their SKU codes name catalog SKUs). */
  readonly histories: readonly HistoryColumns[];
  /** With a SKU master: map history codes it does not list by popularity (else they were refused when read). */
  readonly unknownSkus: Scenario['catalog']['unknownSkus'];
}

/** Lines per SKU master row over the histories' lines whose code the master lists. */
function historyLinesBySku(master: SkuMasterColumns, histories: readonly HistoryColumns[]): number[] {
  const id = new Map(master.codes.map((code, sku) => [code, sku]));
  const lines = new Array<number>(master.codes.length).fill(0);
  for (const history of histories) {
    const skuOf = history.skuCodes.map((code) => id.get(code) ?? -1);
    for (const code of history.lineSku) {
      const sku = skuOf[code] as number;
      if (sku >= 0) lines[sku] = (lines[sku] as number) + 1;
    }
  }
  return lines;
}

/**
 * SKU demand weights: a SKU master's demandWeight column when it has one, else (replaying) the
 * lines of each of its SKUs in the histories, else the popularity law over SKU ids (a master's
 * row order).
 */
function popularityWeights(
  catalog: Scenario['catalog'],
  master: SkuMasterColumns | undefined,
  histories: readonly HistoryColumns[],
): number[] {
  if (master !== undefined && master.demandWeight.length > 0) return [...master.demandWeight];
  if (master !== undefined && histories.length > 0) {
    const lines = historyLinesBySku(master, histories);
    if (lines.some((count) => count > 0)) return lines;
  }
  return catalog.popularity.dist === 'zipf'
    ? zipfWeights({ exponent: catalog.popularity.exponent, n: catalog.skus })
    : catalog.popularity.weights;
}

/** The catalog section in model form (with the channels' replayed histories, which name SKUs). */
export function resolveCatalog(catalog: Scenario['catalog'], channels: Scenario['channels'] = []): CatalogSlice {
  const master = isSkuMasterColumns(catalog.file) ? catalog.file : undefined;
  const histories = channels.map((channel) => channel.orderHistory).filter(isHistoryColumns);
  return {
    skus: catalog.skus,
    popularityWeights: popularityWeights(catalog, master, histories),
    unitPrice: toAmountDistribution(catalog.unitPrice),
    unitWeightKg: toAmountDistribution(catalog.unitWeightKg),
    unitVolumeLitres: toAmountDistribution(catalog.unitVolumeLitres),
    fragileShare: catalog.fragileShare,
    master,
    histories,
    unknownSkus: catalog.unknownSkus,
  };
}
