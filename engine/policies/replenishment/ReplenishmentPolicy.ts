import type { SkuDemandProfile } from '../../domain/SkuDemandProfile.js';

/** A SKU's replenishment rule once its parameters are fixed. */
export interface ReplenishmentRule {
  /** Units on hand at time 0 when the scenario says "target". */
  readonly targetLevel: number;
  /** A starting level drawn from the rule's steady-state inventory position, given a uniform in [0, 1). */
  steadyStateLevel(uniform: number): number;
  /**
   * Units to order now, given the inventory position: after every demand and receipt under
   * continuous review (except above `ordersOnlyAtOrBelow`), at each review instant under periodic review.
   */
  quantityToOrder(inventoryPosition: number, now?: number): number;
  /**
   * A fixed, finite inventory position above which `quantityToOrder` always returns 0, whatever
   * demand the rule has seen (the reorder point of (r, Q) and (s, S)). Read once when the model
   * is built; the stage then skips the call while the position is above it, which is after most
   * demands. Absent: the rule is asked every time.
   */
  readonly ordersOnlyAtOrBelow?: number;
  /** Periodic review: days between reviews (from time 0). Absent: continuous review. */
  readonly reviewPeriodDays?: number;
  /** Demand-learning rules see every demand (units of this SKU at engine time `now`). */
  recordDemand?(units: number, now: number): void;
  /**
   * Forecasting rules, at each review before ordering: the demand they forecast for the review
   * period just ended and the demand that came (undefined before the first forecast).
   */
  closePeriod?(): { readonly forecastUnits: number; readonly actualUnits: number } | undefined;
}

/** Replenishment: one rule per SKU, from the SKU's demand and supply. */
export interface ReplenishmentPolicy {
  readonly name: string;
  ruleFor(demand: SkuDemandProfile): ReplenishmentRule;
}
