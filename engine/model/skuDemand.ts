import { distributionMean, distributionVariance } from '../kernel/random/distributions/index.js';
import { isHistoryColumns } from '../scenario/historyColumns.js';
import type { ChannelDemand } from '../scenario/resolved/placementSlice.js';
import { catalogSkuMaps, type Catalog } from './Catalog.js';

/** A SKU's ABC class. */
export type AbcClass = 'A' | 'B' | 'C';

/** ABC class of each SKU by expected demand value (units/day × price): A up to 80% of the total, B up to 95%, C the rest. */
export function demandValueClasses(unitsPerDay: Float64Array, unitPrice: Float64Array): AbcClass[] {
  const value = Array.from(unitsPerDay, (units, sku) => units * (unitPrice[sku] as number));
  const total = value.reduce((sum, v) => sum + v, 0);
  const order = value.map((_, sku) => sku).sort((p, q) => (value[q] as number) - (value[p] as number) || p - q);
  const classes = new Array<AbcClass>(value.length).fill('C');
  let cumulative = 0;
  for (const sku of order) {
    classes[sku] = cumulative < 0.8 * total ? 'A' : cumulative < 0.95 * total ? 'B' : 'C';
    cumulative += value[sku] as number;
  }
  return classes;
}

/** Mean units per day and the per-day variance of compound-Poisson demand for each SKU. */
export function demandRates(catalog: Catalog, channels: readonly ChannelDemand[]): { mean: Float64Array; variance: Float64Array } {
  const mean = new Float64Array(catalog.size);
  const variance = new Float64Array(catalog.size);
  const histories = channels.map((channel) => channel.orderHistory).filter(isHistoryColumns);
  const skuMaps = histories.length > 0 ? catalogSkuMaps(catalog, histories) : [];
  for (const channel of channels) {
    const history = channel.orderHistory;
    if (isHistoryColumns(history)) {
      // A replayed channel's rates are the history's own: units (and units²) per day over its span.
      const skuOf = skuMaps[histories.indexOf(history)] as Int32Array;
      const days = Math.max(1, Math.ceil((history.hours[history.hours.length - 1] ?? 0) / 24));
      for (let line = 0; line < history.lineSku.length; line++) {
        const sku = skuOf[history.lineSku[line] as number] as number;
        const units = history.lineUnits[line] as number;
        mean[sku] = (mean[sku] as number) + units / days;
        variance[sku] = (variance[sku] as number) + (units * units) / days;
      }
      continue;
    }
    const lines = channel.linesPerOrder;
    const units = channel.unitsPerLine;
    const linesPerDay = channel.ordersPerDay * Math.max(1, distributionMean(lines));
    const unitMean = Math.max(1, distributionMean(units));
    const unitSecondMoment = distributionVariance(units) + unitMean * unitMean;
    catalog.popularity.forEach((share, sku) => {
      mean[sku] = (mean[sku] as number) + linesPerDay * share * unitMean;
      variance[sku] = (variance[sku] as number) + linesPerDay * share * unitSecondMoment;
    });
  }
  return { mean, variance };
}
