import { createSampler, distributionMean, type Sampler } from '../../kernel/random/distributions/index.js';
import type { CarrierOption, CarrierSelectionPolicy } from '../../policies/types.js';
import { clockSeconds, DAY, seconds } from '../../scenario/duration.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { percentile } from '../../stats/summary.js';
import { weekdayMask } from '../calendar.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Order } from '../Order.js';
import { toDurationDistribution } from '../toDistribution.js';

type CarrierConfig = Scenario['shipping']['carriers'][number];

interface ServiceLane {
  readonly rateMultiplier: number;
  readonly transit: Sampler;
  readonly transitMean: number;
  /** Transit time at the scenario's on-time quantile (estimated from 4,001 draws of its own stream). */
  readonly transitQuantile: number;
  readonly perZone: number;
}

interface CarrierPlan {
  readonly config: CarrierConfig;
  readonly cutoff: number;
  readonly pickup: number;
  readonly days: boolean[];
  readonly lanes: Map<string, ServiceLane>;
  /** Parcels booked on each day's pick-up. */
  readonly booked: Map<number, number>;
}

/** Handles a parcel once it is with the carrier: `arrivesAt` is the first delivery attempt. */
export type HandOver = (order: Order, arrivesAt: number) => void;

/**
 * Shipping: once packed and labelled, a carrier is chosen by the selection policy among
 * those offering the order's service, each with its next pick-up that still has room
 * (labelled after the carrier's cut-off or beyond its daily capacity means a later day).
 * The parcel is handed over at the pick-up; its charge follows the carrier's rate card.
 */
export class ShippingStage {
  private readonly carriers: CarrierPlan[];
  private readonly lastDay: number;

  constructor(
    private readonly context: ModelContext,
    private readonly selection: CarrierSelectionPolicy,
    private readonly handOver: HandOver,
  ) {
    const { scenario, streams } = context;
    this.lastDay = Math.ceil(context.horizon / DAY) + 8;
    this.carriers = scenario.shipping.carriers.map((config) => ({
      config,
      cutoff: clockSeconds(config.cutoff),
      pickup: clockSeconds(config.pickup),
      days: weekdayMask(config.days),
      booked: new Map(),
      lanes: new Map(
        Object.entries(config.services).map(([service, lane]) => {
          const distribution = toDurationDistribution(lane.transitTime);
          const name = `shipping:${config.name}:${service}`;
          return [
            service,
            {
              rateMultiplier: lane.rateMultiplier,
              transit: createSampler(distribution, streams.get(`${name}:transit`)),
              transitMean: distributionMean(distribution),
              transitQuantile: quantileOf(createSampler(distribution, streams.get(`${name}:quantile`)), scenario.shipping.onTimeQuantile),
              perZone: seconds(lane.transitPerZone),
            },
          ];
        }),
      ),
    }));
  }

  /** Takes a packed, labelled order. */
  accept(order: Order): void {
    const { simulation, events, horizon } = this.context;
    moveOrder(this.context, order, 'awaitingPickup');
    const candidates: Array<{ plan: CarrierPlan; lane: ServiceLane; day: number }> = [];
    const options: CarrierOption[] = [];
    for (const plan of this.carriers) {
      const lane = plan.lanes.get(order.service);
      if (lane === undefined) continue;
      const day = this.nextPickupDay(plan, simulation.now);
      if (day === undefined) continue;
      const pickupAt = day * DAY + plan.pickup;
      const zoneTransit = lane.perZone * (order.zone - 2);
      candidates.push({ plan, lane, day });
      options.push({
        carrier: plan.config.name,
        cost: this.charge(plan, lane, order),
        pickupAt,
        likelyDeliveryBy: pickupAt + lane.transitQuantile + zoneTransit,
        expectedDeliveryAt: pickupAt + lane.transitMean + zoneTransit,
      });
    }
    if (options.length === 0) return; // no carrier has room before the horizon: the parcel waits
    const index = this.selection.select(options, order);
    const chosen = candidates[index];
    const option = options[index];
    if (chosen === undefined || option === undefined) {
      throw new RangeError(`ShippingStage: policy "${this.selection.name}" chose option ${index} of ${options.length}`);
    }
    chosen.plan.booked.set(chosen.day, (chosen.plan.booked.get(chosen.day) ?? 0) + 1);
    order.carrier = option.carrier;
    order.shippingCost = option.cost;
    events.emit('carrierSelected', { order, carrier: option.carrier, cost: option.cost, pickupAt: option.pickupAt });
    if (option.pickupAt >= horizon) return;
    simulation.scheduleAt(option.pickupAt, () => {
      order.shippedAt = simulation.now;
      moveOrder(this.context, order, 'inTransit');
      events.emit('orderShipped', { order });
      const transit = Math.max(0, chosen.lane.transit()) + chosen.lane.perZone * (order.zone - 2);
      this.handOver(order, simulation.now + transit);
    });
  }

  private nextPickupDay(plan: CarrierPlan, now: number): number | undefined {
    const today = Math.floor(now / DAY);
    for (let day = today; day <= this.lastDay; day++) {
      if (plan.days[day % 7] !== true) continue;
      if (day === today && now > day * DAY + plan.cutoff) continue;
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

function quantileOf(draw: Sampler, p: number): number {
  const sample = Array.from({ length: 4001 }, () => Math.max(0, draw())).sort((a, b) => a - b);
  return percentile(sample, p);
}
