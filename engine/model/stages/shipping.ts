import { createSampler, distributionMean, type Sampler } from '../../kernel/random/distributions/index.js';
import { DAY } from '../../kernel/time.js';
import type { CarrierOption } from '../../domain/CarrierOption.js';
import type {
  CarrierAssignmentProblem,
  CarrierParcel,
  CarrierSelectionPolicy,
} from '../../policies/carrierSelection/CarrierSelectionPolicy.js';
import type { CarrierSlice, ShippingSlice } from '../../scenario/resolved/shippingSlice.js';
import { percentile } from '../../stats/summary.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Order } from '../../domain/Order.js';

interface ServiceLane {
  readonly rateMultiplier: number;
  readonly transit: Sampler;
  readonly transitMean: number;
  /** Transit time at the scenario's on-time quantile (estimated from 4,001 draws of its own stream). */
  readonly transitQuantile: number;
  /** Those 4,001 draws, sorted: the transit-time distribution the lp policy prices lateness with. */
  readonly transitSample: Float64Array;
  readonly perZone: number;
}

interface CarrierPlan {
  readonly config: CarrierSlice;
  readonly lanes: Map<string, ServiceLane>;
  /** Parcels booked on each day's pick-up. */
  readonly booked: Map<number, number>;
}

/** A carrier's offer for one parcel, with what booking it needs. */
interface Choice {
  readonly plan: CarrierPlan;
  readonly lane: ServiceLane;
  readonly day: number;
  readonly option: CarrierOption;
}

/** Handles a parcel once it is with the carrier: `arrivesAt` is the first delivery attempt. */
export type HandOver = (order: Order, arrivesAt: number) => void;

/** The carrier-selection policy shipping asks, and where parcels go once handed over. */
export interface ShippingLinks {
  readonly selection: CarrierSelectionPolicy;
  readonly handOver: HandOver;
}

/**
 * Shipping: once packed and labelled, a carrier is chosen by the selection policy among
 * those offering the order's service, each with its next pick-up that still has room
 * (labelled after the carrier's cut-off or beyond its daily capacity means a later day).
 * The parcel is handed over at the pick-up; its charge follows the carrier's rate card.
 */
export class ShippingStage {
  private readonly carriers: CarrierPlan[];
  private readonly lastDay: number;
  /** Parcels waiting for the next cut-off (assignment policies). */
  private pool: Order[] = [];
  private cutoffPending = false;

  private readonly selection: CarrierSelectionPolicy;
  private readonly handOver: HandOver;

  constructor(
    private readonly context: ModelContext,
    private readonly shipping: ShippingSlice,
    links: ShippingLinks,
  ) {
    const { streams } = context;
    this.selection = links.selection;
    this.handOver = links.handOver;
    this.lastDay = Math.ceil(context.horizon / DAY) + 8;
    this.carriers = shipping.carriers.map((config) => ({
      config,
      booked: new Map(),
      lanes: new Map(
        config.lanes.map((lane) => {
          const distribution = lane.transitTime;
          const name = `shipping:${config.name}:${lane.service}`;
          const transitSample = sortedSample(createSampler(distribution, streams.get(`${name}:quantile`)));
          return [
            lane.service,
            {
              rateMultiplier: lane.rateMultiplier,
              transit: createSampler(distribution, streams.get(`${name}:transit`)),
              transitMean: distributionMean(distribution),
              transitQuantile: percentile(Array.from(transitSample), shipping.onTimeQuantile),
              transitSample,
              perZone: lane.transitPerZone,
            },
          ];
        }),
      ),
    }));
  }

  /** Takes a packed, labelled order: books it at once, or keeps it for the next cut-off (assignment policies). */
  accept(order: Order): void {
    moveOrder(this.context, order, 'awaitingPickup');
    const policy = this.selection;
    if ('assign' in policy) {
      this.pool.push(order);
      if (!this.cutoffPending) this.scheduleCutoff(this.context.simulation.now);
      return;
    }
    const choices = this.choicesFor(order);
    if (choices.length === 0) return; // no carrier has room before the horizon: the parcel waits
    const index = policy.select(
      choices.map((choice) => choice.option),
      order,
    );
    const choice = choices[index];
    if (choice === undefined) throw new RangeError(`ShippingStage: policy "${policy.name}" chose option ${index} of ${choices.length}`);
    this.book(order, choice);
  }

  /** Each carrier's next pick-up with room that offers the order's service, as an option. */
  private choicesFor(order: Order): Choice[] {
    const now = this.context.simulation.now;
    const choices: Choice[] = [];
    for (const plan of this.carriers) {
      const lane = plan.lanes.get(order.service);
      if (lane === undefined) continue;
      const day = this.nextPickupDay(plan, now);
      if (day === undefined) continue;
      const pickupAt = day * DAY + plan.config.pickup;
      const zoneTransit = lane.perZone * (order.zone - 2);
      choices.push({
        plan,
        lane,
        day,
        option: {
          carrier: plan.config.name,
          cost: this.charge(plan, lane, order),
          pickupAt,
          likelyDeliveryBy: pickupAt + lane.transitQuantile + zoneTransit,
          expectedDeliveryAt: pickupAt + lane.transitMean + zoneTransit,
        },
      });
    }
    return choices;
  }

  private book(order: Order, { plan, lane, day, option }: Choice): void {
    const { simulation, events, horizon } = this.context;
    plan.booked.set(day, (plan.booked.get(day) ?? 0) + 1);
    order.carrier = option.carrier;
    order.shippingCost = option.cost;
    events.emit('carrierSelected', { order, carrier: option.carrier, cost: option.cost, pickupAt: option.pickupAt });
    if (option.pickupAt >= horizon) return;
    simulation.scheduleAt(option.pickupAt, () => {
      order.shippedAt = simulation.now;
      moveOrder(this.context, order, 'inTransit');
      events.emit('orderShipped', { order });
      const transit = Math.max(0, lane.transit()) + lane.perZone * (order.zone - 2);
      this.handOver(order, simulation.now + transit);
    });
  }

  /** The first carrier cut-off at or after `from` on a day the carrier runs (undefined past the last planned day). */
  private nextCutoff(from: number): number | undefined {
    let best: number | undefined;
    for (const plan of this.carriers) {
      for (let day = Math.floor(from / DAY); day <= this.lastDay; day++) {
        const at = day * DAY + plan.config.cutoff;
        if (plan.config.days[day % 7] !== true || at < from) continue;
        if (best === undefined || at < best) best = at;
        break;
      }
    }
    return best;
  }

  private scheduleCutoff(from: number): void {
    const at = this.nextCutoff(from);
    if (at === undefined || at >= this.context.horizon) return;
    this.cutoffPending = true;
    this.context.simulation.scheduleAt(at, () => this.assignPool());
  }

  /**
   * At a cut-off: the assignment policy places every waiting parcel, but only placements on a
   * pick-up whose cut-off is now are booked; the others wait to be re-planned at the next
   * cut-off with the parcels labelled meanwhile (a rolling plan), as do parcels it keeps back.
   */
  private assignPool(): void {
    this.cutoffPending = false;
    const policy = this.selection;
    if (!('assign' in policy) || this.pool.length === 0) return;
    const now = this.context.simulation.now;
    const capacity = this.carriers.map((plan) => {
      const day = this.nextPickupDay(plan, now);
      return day === undefined ? 0 : plan.config.dailyCapacity - (plan.booked.get(day) ?? 0);
    });
    const choices = this.pool.map((order) => {
      const byCarrier = new Array<Choice | undefined>(this.carriers.length).fill(undefined);
      for (const choice of this.choicesFor(order)) byCarrier[this.carriers.indexOf(choice.plan)] = choice;
      return byCarrier;
    });
    const parcels: CarrierParcel[] = this.pool.map((order, index) => ({
      order,
      options: (choices[index] as Array<Choice | undefined>).map((choice) => choice?.option),
    }));
    const problem: CarrierAssignmentProblem = {
      parcels,
      capacity,
      latePenalty: this.shipping.latePenalty,
      lateProbability: (parcel, carrier) => {
        const choice = choices[parcel]?.[carrier];
        const order = parcels[parcel]?.order;
        if (choice === undefined || order === undefined) return 0;
        return lateShare(choice.lane.transitSample, order.dueAt - choice.option.pickupAt - choice.lane.perZone * (order.zone - 2));
      },
    };
    const assigned = policy.assign(problem);
    const kept: Order[] = [];
    this.pool.forEach((order, index) => {
      const choice = choices[index]?.[assigned[index] ?? -1];
      if (choice === undefined || choice.day * DAY + choice.plan.config.cutoff > now) kept.push(order);
      else this.book(order, choice);
    });
    this.pool = kept;
    if (kept.length > 0) this.scheduleCutoff(now + 1);
  }

  private nextPickupDay(plan: CarrierPlan, now: number): number | undefined {
    const today = Math.floor(now / DAY);
    for (let day = today; day <= this.lastDay; day++) {
      if (plan.config.days[day % 7] !== true) continue;
      if (day === today && now > day * DAY + plan.config.cutoff) continue;
      if ((plan.booked.get(day) ?? 0) >= plan.config.dailyCapacity) continue;
      return day;
    }
    return undefined;
  }

  private charge(plan: CarrierPlan, lane: ServiceLane, order: Order): number {
    const rates = plan.config.rates;
    const base = rates.base + rates.perKg * order.weightKg + rates.perZone * (order.zone - 2);
    return base * lane.rateMultiplier + (order.residential ? rates.residentialSurcharge : 0);
  }
}

/** 4,001 transit times drawn from a lane's own stream, sorted. */
function sortedSample(draw: Sampler): Float64Array {
  return Float64Array.from({ length: 4001 }, () => Math.max(0, draw())).sort();
}

/** Share of a sorted sample above `limit`: the chance a transit time exceeds it. */
export function lateShare(sorted: Float64Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= limit) low = middle + 1;
    else high = middle;
  }
  return (sorted.length - low) / sorted.length;
}
