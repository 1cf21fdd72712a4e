import type { Order } from '../model/Order.js';

/** A pick location: aisle index (0 = leftmost) and metres from the front cross aisle. */
export interface PickLocation {
  readonly aisle: number;
  readonly y: number;
}

/**
 * The geometry routing needs: parallel aisles between a front and a back cross aisle, cut into
 * `blocks` equal blocks by evenly spaced middle cross aisles (default 1: no middle cross aisle).
 * Cross aisles are lines: crossing one takes no distance.
 */
export interface RoutingLayout {
  readonly aisles: number;
  readonly aisleLength: number;
  readonly aisleSpacing: number;
  readonly blocks?: number;
  /** Depot x position in metres (aisle i lies at x = i * aisleSpacing), on the front cross aisle. */
  readonly depotX: number;
}

/** A point on the warehouse floor: x across the aisles, y along them (metres; depot at y = 0). */
export interface FloorPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A picker tour: total distance (m), the picks in visiting order, and the walk itself as
 * the points where it turns, from the depot back to the depot (each leg runs along an
 * aisle or a cross aisle, so the distance is the sum of the legs' lengths).
 */
export interface Route {
  readonly distance: number;
  readonly sequence: readonly PickLocation[];
  readonly path: readonly FloorPoint[];
}

/** Routing: a pure function from layout and picks to a tour that starts and ends at the depot. */
export interface RoutingPolicy {
  readonly name: string;
  route(layout: RoutingLayout, picks: readonly PickLocation[]): Route;
}

/** What a batching policy may know when it fills a cart. */
export interface BatchingContext {
  /** Orders per cart, the first included. */
  readonly cartCapacity: number;
  /** Length of a wave (seconds), for window-based policies. */
  readonly window: number;
  /** How many waiting orders (in release order) search-based policies consider. */
  readonly candidates: number;
  /** Where an order's lines are picked (in the picker's zone). */
  picksOf(order: Order): readonly PickLocation[];
  /** Tour length (m) of a list of picks under the scenario's layout and routing policy. */
  tourLength(picks: readonly PickLocation[]): number;
}

/**
 * Batching: when a picker takes `first` for a tour, which of the orders still waiting (in
 * release order) ride along on the same cart; at most `cartCapacity - 1` of them. A policy
 * may also hold released orders back until a wave closes (`availableAt`).
 */
export interface BatchingPolicy {
  readonly name: string;
  /** When an order released at `releasedAt` may first start a tour (default: at once). */
  availableAt?(releasedAt: number, context: BatchingContext): number;
  companions(waiting: Iterable<Order>, first: Order, context: BatchingContext): Order[];
}

/** Weights of the `weighted` prioritization score (see the README). */
export interface PriorityWeights {
  readonly dueHours: number;
  readonly value: number;
  readonly tierRank: number;
  readonly promiseHours: number;
  readonly ageHours: number;
}

/**
 * Prioritization: a sort key for queues, computed when an order joins a queue; lower runs
 * first, ties stay first come first served.
 */
export interface PrioritizationPolicy {
  readonly name: string;
  priority(order: Order, now: number, weights: PriorityWeights): number;
}

/** A carrier a parcel could go with, as seen at selection time. */
export interface CarrierOption {
  readonly carrier: string;
  readonly cost: number;
  readonly pickupAt: number;
  /** Pick-up time plus the transit time's on-time quantile: delivery by then is likely. */
  readonly likelyDeliveryBy: number;
  /** Pick-up time plus the mean transit time. */
  readonly expectedDeliveryAt: number;
}

/** Carrier selection parcel by parcel, as each is labelled: picks one option (returns its index). */
export interface ParcelCarrierPolicy {
  readonly name: string;
  select(options: readonly CarrierOption[], order: Order): number;
}

/** Carrier selection: parcel by parcel (`select`) or all waiting parcels together at cut-offs (`assign`). */
export type CarrierSelectionPolicy = ParcelCarrierPolicy | CarrierAssignmentPolicy;

/** What replenishment rules may know about a SKU's demand and supply. */
export interface SkuDemandProfile {
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

/** A SKU's replenishment rule once its parameters are fixed. */
export interface ReplenishmentRule {
  /** Units on hand at time 0 when the scenario says "target". */
  readonly targetLevel: number;
  /** A starting level drawn from the rule's steady-state inventory position, given a uniform in [0, 1). */
  steadyStateLevel(uniform: number): number;
  /**
   * Units to order now, given the inventory position: after every demand and receipt under
   * continuous review, at each review instant under periodic review.
   */
  quantityToOrder(inventoryPosition: number, now?: number): number;
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

/** Replenishment: turns a policy's scenario parameters and a SKU's demand into a rule. */
export interface ReplenishmentPolicy<Params> {
  readonly name: string;
  create(params: Params, demand: SkuDemandProfile): ReplenishmentRule;
}

/** One backordered line competing for a SKU's scarce units, as an allocation policy sees it. */
export interface AllocationRequest {
  readonly orderId: number;
  /** The SKU the units are of (the same for every request of one decision). */
  readonly sku: number;
  /** Units the line still awaits. */
  readonly units: number;
  /** Price of one unit (money). */
  readonly unitPrice: number;
  readonly tier: string;
  /** Customer tier rank (0 = most valued). */
  readonly tierRank: number;
  readonly placedAt: number;
  readonly dueAt: number;
  /** The scenario's prioritization key for the order at the decision (lower first). */
  readonly priority: number;
  /** Units the order awaits of other SKUs (it ships only when every line is filled, unless partial shipments are allowed). */
  readonly otherUnitsAwaited: number;
}

/**
 * Allocation of scarce stock: when units of a SKU arrive and backorders wait, how many units
 * each waiting line gets. Requests come in the order they were backordered; the answer is one
 * whole number per request, each between 0 and the request's units, summing to at most `available`.
 */
export interface AllocationPolicy {
  readonly name: string;
  allocate(available: number, requests: readonly AllocationRequest[], now: number): number[];
}

/** A parcel waiting at a carrier cut-off, with what each carrier would cost and risk. */
export interface CarrierParcel {
  readonly order: Order;
  /** One entry per carrier of the problem; undefined where the carrier cannot take it. */
  readonly options: readonly (CarrierOption | undefined)[];
}

/** The parcels waiting at a cut-off and each carrier's remaining room on its next pick-up. */
export interface CarrierAssignmentProblem {
  readonly parcels: readonly CarrierParcel[];
  readonly capacity: readonly number[];
  /** Money charged per parcel delivered after its promise. */
  readonly latePenalty: number;
  /** Probability that the parcel is delivered after its promise with carrier j (0 when unavailable). */
  lateProbability(parcel: number, carrier: number): number;
}

/**
 * Carrier assignment at cut-offs: parcels wait until the next carrier cut-off and are then
 * assigned together. Answer: a carrier index per parcel, or -1 to keep it for the next cut-off.
 */
export interface CarrierAssignmentPolicy {
  readonly name: string;
  assign(problem: CarrierAssignmentProblem): number[];
}
