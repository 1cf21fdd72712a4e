import type { SkuDemandProfile } from '../../domain/SkuDemandProfile.js';

/** Lead-time demand mean plus safety stock: mean + z * sd, the level that covers demand with the target service. */
export function coverLevel(demand: SkuDemandProfile): number {
  return demand.leadTimeDemandMean + demand.safetyFactor * Math.sqrt(demand.leadTimeDemandVariance);
}

/** Mean and variance of demand over `days` days plus one supplier lead time (the protection interval of periodic review). */
export function protectionDemand(demand: SkuDemandProfile, days: number): { mean: number; variance: number } {
  const horizon = days + demand.leadTimeDays;
  return {
    mean: demand.unitsPerDay * horizon,
    variance: demand.varianceUnitsPerDay * horizon + demand.unitsPerDay ** 2 * demand.leadTimeVarianceDays,
  };
}

/** Demand over `days` plus one lead time covered with the target cycle service level: round(mean + z * sd). */
export function protectionCover(demand: SkuDemandProfile, days: number): number {
  const { mean, variance } = protectionDemand(demand, days);
  return Math.round(mean + demand.safetyFactor * Math.sqrt(variance));
}

/** The economic order quantity sqrt(2 · yearly demand · ordering cost / yearly holding cost per unit), at least 1. */
export function economicOrderQuantity(demand: SkuDemandProfile): number {
  const yearlyDemand = demand.unitsPerDay * 365;
  return Math.max(1, Math.round(Math.sqrt((2 * yearlyDemand * demand.orderingCost) / Math.max(demand.holdingCostPerUnitYear, 1e-9))));
}
