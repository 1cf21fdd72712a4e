import type { SkuDemandProfile } from '../types.js';

/** Lead-time demand mean plus safety stock: mean + z * sd, the level that covers demand with the target service. */
export function coverLevel(demand: SkuDemandProfile): number {
  return demand.leadTimeDemandMean + demand.safetyFactor * Math.sqrt(demand.leadTimeDemandVariance);
}
