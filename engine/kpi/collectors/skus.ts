import { isMeasured, type CollectorContext } from './CollectorContext.js';

/** One SKU's results in one replication (units; time averages over the measured window). */
export interface SkuTally {
  readonly demandedUnits: number;
  readonly filledUnits: number;
  readonly lostUnits: number;
  readonly stockoutEvents: number;
  readonly meanOnHandUnits: number;
  readonly meanBackorderUnits: number;
}

/**
 * Per-SKU demand, fill and stock levels. Time averages are kept in flat arrays (level, time
 * of the last change, area so far) rather than an object per SKU: catalogs run to millions.
 */
export function skuCollector(context: CollectorContext, skus: number): () => SkuTally[] {
  const { events, simulation, warmup, horizon } = context;
  const demanded = new Float64Array(skus);
  const filled = new Float64Array(skus);
  const lost = new Float64Array(skus);
  const stockouts = new Float64Array(skus);
  const onHand = { level: new Float64Array(skus), since: new Float64Array(skus), area: new Float64Array(skus) };
  const backorders = { level: new Float64Array(skus), since: new Float64Array(skus), area: new Float64Array(skus) };
  type Levels = typeof onHand;
  const accumulate = (levels: Levels, sku: number, time: number): void => {
    const from = Math.max(levels.since[sku] as number, warmup);
    const to = Math.min(time, horizon);
    if (to > from) levels.area[sku] = (levels.area[sku] as number) + (levels.level[sku] as number) * (to - from);
    levels.since[sku] = time;
  };
  events.on('orderAllocated', ({ order }) => {
    if (!isMeasured(context, order)) return;
    for (const line of order.lines) {
      demanded[line.sku] = (demanded[line.sku] as number) + line.units;
      filled[line.sku] = (filled[line.sku] as number) + line.filledAtAllocation;
      lost[line.sku] = (lost[line.sku] as number) + line.lost;
    }
  });
  events.on('stockChanged', ({ sku, onHandDelta, backorderDelta }) => {
    const now = simulation.now;
    if (onHandDelta !== 0) {
      accumulate(onHand, sku, now);
      onHand.level[sku] = (onHand.level[sku] as number) + onHandDelta;
    }
    if (backorderDelta !== 0) {
      accumulate(backorders, sku, now);
      backorders.level[sku] = (backorders.level[sku] as number) + backorderDelta;
    }
  });
  events.on('stockedOut', ({ sku }) => {
    if (simulation.now >= warmup) stockouts[sku] = (stockouts[sku] as number) + 1;
  });
  return () => {
    const window = horizon - warmup;
    return Array.from({ length: skus }, (_, sku) => {
      accumulate(onHand, sku, horizon);
      accumulate(backorders, sku, horizon);
      return {
        demandedUnits: demanded[sku] as number,
        filledUnits: filled[sku] as number,
        lostUnits: lost[sku] as number,
        stockoutEvents: stockouts[sku] as number,
        meanOnHandUnits: (onHand.area[sku] as number) / window,
        meanBackorderUnits: (backorders.area[sku] as number) / window,
      };
    });
  };
}
