import { meanSimple } from 'simple-statistics';
import type { SkuTally } from '../kpi/collectors/skus.js';
import { summarize, type Summary } from '../stats/summary.js';
import type { ReplicationResult } from './runReplication.js';

/** ABC class of a SKU by demand value: A up to 80% of cumulative value, B up to 95%, C the rest. */
export type AbcClass = 'A' | 'B' | 'C';

/** One SKU's results, means over replications. */
export interface SkuSummary {
  readonly sku: number;
  /** The user's SKU code (a SKU master's or a replayed history's); absent when the SKU has none. */
  readonly code?: string;
  /** The SKU master's zone label; absent when none. */
  readonly zone?: string;
  readonly abcClass: AbcClass;
  readonly demandedUnits: number;
  /** Units filled from on hand at allocation / units demanded (null without demand). */
  readonly fillRate: number | null;
  readonly stockoutEvents: number;
  readonly meanOnHandUnits: number;
  readonly meanBackorderUnits: number;
  readonly lostUnits: number;
}

/** Per-SKU results and fill rate by ABC class. */
export interface SkuResults {
  readonly skus: SkuSummary[];
  readonly abcClasses: Record<AbcClass, { readonly skus: number; readonly demandShare: number; readonly fillRate: Summary }>;
}

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/** Classes SKUs by demand value (units demanded x unit price), largest first. */
export function abcClasses(demandValue: readonly number[]): AbcClass[] {
  const total = demandValue.reduce((sum, value) => sum + value, 0);
  const order = demandValue.map((_, sku) => sku).sort((a, b) => (demandValue[b] as number) - (demandValue[a] as number) || a - b);
  const classes = new Array<AbcClass>(demandValue.length).fill('C');
  let cumulative = 0;
  for (const sku of order) {
    // A SKU belongs to the class in which its cumulative share starts.
    classes[sku] = total === 0 || cumulative < 0.8 * total ? 'A' : cumulative < 0.95 * total ? 'B' : 'C';
    cumulative += demandValue[sku] as number;
  }
  return classes;
}

/** Labels of SKUs the user knows them by (codes and zones; "" for a SKU without one). */
export interface SkuLabels {
  readonly skuCodes?: readonly string[] | undefined;
  readonly skuZones?: readonly string[] | undefined;
}

/** Aggregates per-SKU tallies over replications; classes come from the mean demand value. */
export function aggregateSkus(results: readonly ReplicationResult[], unitPrice: ArrayLike<number>, labels: SkuLabels = {}): SkuResults {
  const count = (results[0] as ReplicationResult).skus.length;
  const mean = (pick: (tally: SkuTally) => number, sku: number): number =>
    meanSimple(results.map((result) => pick(result.skus[sku] as SkuTally)));
  const demanded = Array.from({ length: count }, (_, sku) => mean((tally) => tally.demandedUnits, sku));
  const classes = abcClasses(demanded.map((units, sku) => units * (unitPrice[sku] ?? 0)));
  const skus = demanded.map((demandedUnits, sku) => {
    const filled = mean((tally) => tally.filledUnits, sku);
    const code = labels.skuCodes?.[sku] ?? '';
    const zone = labels.skuZones?.[sku] ?? '';
    return {
      sku,
      ...(code === '' ? {} : { code }),
      ...(zone === '' ? {} : { zone }),
      abcClass: classes[sku] as AbcClass,
      demandedUnits,
      fillRate: demandedUnits > 0 ? filled / demandedUnits : null,
      stockoutEvents: mean((tally) => tally.stockoutEvents, sku),
      meanOnHandUnits: mean((tally) => tally.meanOnHandUnits, sku),
      meanBackorderUnits: mean((tally) => tally.meanBackorderUnits, sku),
      lostUnits: mean((tally) => tally.lostUnits, sku),
    };
  });
  const totalDemand = demanded.reduce((sum, units) => sum + units, 0);
  const abc = Object.fromEntries(
    CLASSES.map((abcClass) => {
      const members = skus.filter((sku) => sku.abcClass === abcClass).map((sku) => sku.sku);
      const rates = results.map((result) => {
        let demand = 0;
        let fill = 0;
        for (const sku of members) {
          demand += (result.skus[sku] as SkuTally).demandedUnits;
          fill += (result.skus[sku] as SkuTally).filledUnits;
        }
        return demand > 0 ? fill / demand : NaN;
      });
      const classDemand = members.reduce((sum, sku) => sum + (demanded[sku] as number), 0);
      return [abcClass, { skus: members.length, demandShare: totalDemand > 0 ? classDemand / totalDemand : 0, fillRate: summarize(rates) }];
    }),
  ) as SkuResults['abcClasses'];
  return { skus, abcClasses: abc };
}

/** The `count` SKUs with the lowest fill rate (with demand), most demanded first on ties. */
export function worstSkus(skus: readonly SkuSummary[], count = 10): SkuSummary[] {
  return skus
    .filter((sku) => sku.fillRate !== null)
    .sort((a, b) => (a.fillRate as number) - (b.fillRate as number) || b.demandedUnits - a.demandedUnits || a.sku - b.sku)
    .slice(0, count);
}
