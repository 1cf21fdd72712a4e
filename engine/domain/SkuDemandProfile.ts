/** What replenishment rules may know about a SKU's demand and supply. */
export interface SkuDemandProfile {
  /** The SKU's id (its index in the catalog). */
  readonly sku: number;
  /** Mean units demanded per day. */
  readonly unitsPerDay: number;
  /** Mean and variance of demand during a supplier lead time (units). */
  readonly leadTimeDemandMean: number;
  readonly leadTimeDemandVariance: number;
  /** Variance of units demanded per day (compound Poisson). */
  readonly varianceUnitsPerDay: number;
  /** Mean and variance of the supplier lead time (days, days²). */
  readonly leadTimeDays: number;
  readonly leadTimeVarianceDays: number;
  /** Standard normal quantile of the target cycle service level. */
  readonly safetyFactor: number;
  /** Cost of one replenishment order and yearly holding cost of one unit (money). */
  readonly orderingCost: number;
  readonly holdingCostPerUnitYear: number;
}
