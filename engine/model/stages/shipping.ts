import type { CallBatch } from '../../kernel/CallBatch.js';
import { DAY } from '../../kernel/time.js';
import type { CarrierOption } from '../../domain/CarrierOption.js';
import type {
  CarrierAssignmentProblem,
  CarrierParcel,
  CarrierSelectionPolicy,
} from '../../policies/carrierSelection/CarrierSelectionPolicy.js';
import type { CarrierSlice, PickupSchedule, ShippingSlice } from '../../scenario/resolved/shippingSlice.js';
import { cubeEdgeCm, parcelCharge, type Parcel } from '../parcelCharge.js';
import { freightCharge } from '../freightCharge.js';
import { lateShare, planLane, zoneTransits, type PickUp, type ServiceLane, type ZoneTransit } from './shippingLanes.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { EventChannel } from '../events.js';
import { lentOrderPayload, type Lent } from '../lentPayload.js';
import type { Order } from '../../domain/Order.js';

/** A pick-up schedule and what is booked on it. */
interface Pickups {
  readonly config: PickupSchedule;
  /** Parcels (or freight shipments) booked on each day's pick-up, by day (0 to the last planned day). */
  readonly booked: Float64Array;
}

interface CarrierPlan extends Pickups {
  readonly config: CarrierSlice;
  readonly lanes: Map<string, ServiceLane>;
}

interface FreightPlan extends Pickups {
  readonly config: NonNullable<ShippingSlice['freight']>;
  readonly zones: readonly ZoneTransit[];
}

/** A carrier's offer for one parcel, with what booking it needs. */
interface Choice {
  readonly plan: CarrierPlan;
  readonly lane: ZoneTransit;
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
 * The parcel is handed over at the pick-up; its charge follows the carrier's rate card, each
 * carton of the order a parcel. Freight orders (pallets) skip the selection: they go on the
 * freight carrier's next pick-up with room, priced per pallet and per 100 kg.
 */
export class ShippingStage {
  private readonly carriers: CarrierPlan[];
  private readonly freight: FreightPlan | undefined;
  private readonly lastDay: number;
  /** Parcels waiting for the next cut-off (assignment policies). */
  private pool: Order[] = [];
  private cutoffPending = false;
  private readonly shipped = lentOrderPayload();
  private readonly orderShipped: EventChannel<'orderShipped'>;
  private readonly carrierSelected: EventChannel<'carrierSelected'>;
  /** The options lent to a parcel-by-parcel policy: one object per carrier, filled for each parcel (see `offer`). */
  private readonly optionPool: Lent<CarrierOption>[] = [];
  /** By number of options: the first that many of `optionPool`, the list the policy gets (the same objects, filled anew). */
  private readonly lentOptions: CarrierOption[][] = [];
  /** The parcel being priced: read only inside `parcelCharge`, so one object serves every order. */
  private readonly parcel: Lent<Parcel> = { weightKg: 0, volumeLitres: 0, longestSideCm: 0, zone: 0, residential: false };
  /** What booking each option of the order being offered needs, by option index (see `offer`). */
  private readonly offered: { readonly plans: CarrierPlan[]; readonly lanes: ZoneTransit[]; readonly days: number[] } = {
    plans: [],
    lanes: [],
    days: [],
  };

  private readonly selection: CarrierSelectionPolicy;
  private readonly handOver: HandOver;
  /**
   * The pick-ups to come by instant: the parcels due at one share one event (a CallBatch, each in
   * its place). A parcel waits up to days for its pick-up: one event each was a sixth of a
   * replication's events and a fifth of the future-event list.
   */
  private readonly pickups = new Map<number, CallBatch>();

  constructor(
    private readonly context: ModelContext,
    private readonly shipping: ShippingSlice,
    links: ShippingLinks,
  ) {
    const { streams } = context;
    this.selection = links.selection;
    this.handOver = links.handOver;
    this.lastDay = Math.ceil(context.horizon / DAY) + 8;
    this.orderShipped = context.events.channel('orderShipped');
    this.carrierSelected = context.events.channel('carrierSelected');
    const pickUp: PickUp = (order, lane) => this.pickUp(order, lane);
    // Indexed by day: a count per day asked for each parcel's options was a Map look-up per carrier.
    const days = this.lastDay + 1;
    this.carriers = shipping.carriers.map((config) => ({
      config,
      booked: new Float64Array(days),
      lanes: new Map(config.lanes.map((lane) => [lane.service, planLane(config, lane, streams, shipping.onTimeQuantile, pickUp)])),
    }));
    const freight = shipping.freight;
    this.freight =
      freight === undefined
        ? undefined
        : {
            config: freight,
            booked: new Float64Array(days),
            zones: zoneTransits(freight.transitTime, freight.transitPerZone, 'shipping:freight', streams, shipping.onTimeQuantile, pickUp),
          };
  }

  /** Takes a packed, labelled order: books it at once, or keeps it for the next cut-off (assignment policies). */
  accept(order: Order): void {
    moveOrder(this.context, order, 'awaitingPickup');
    if (order.pallets > 0 && this.freight !== undefined) {
      this.bookFreight(order, this.freight);
      return;
    }
    const policy = this.selection;
    if ('assign' in policy) {
      this.pool.push(order);
      if (!this.cutoffPending) this.scheduleCutoff(this.context.simulation.now);
      return;
    }
    const offered = this.offered;
    const count = this.offer(order);
    if (count === 0) return; // no carrier has room before the horizon: the parcel waits
    // Lent: the policy reads them during `select` (a plugin gets its own copies, see the family's rule).
    const options = (this.lentOptions[count] ??= this.optionPool.slice(0, count));
    const index = policy.select(options, order);
    const option = options[index];
    if (option === undefined) throw new RangeError(`ShippingStage: policy "${policy.name}" chose option ${index} of ${count}`);
    this.handOverAt(
      order,
      offered.plans[index] as CarrierPlan,
      offered.days[index] as number,
      option.carrier,
      option.cost,
      option.pickupAt,
      offered.lanes[index] as ZoneTransit,
    );
  }

  /**
   * Each carrier's next pick-up with room that offers the order's service, as an option filled
   * into the stage's own option objects (`optionPool`, lent to a policy that reads them during
   * the call: made afresh they were 75 MB of a replication's 381); returns how many. What booking
   * option i needs goes to `this.offered` at index i: parallel arrays reused from order to order
   * rather than a wrapper object per option, since this runs for every parcel.
   */
  private offer(order: Order): number {
    const now = this.context.simulation.now;
    const { plans, lanes, days } = this.offered;
    const pool = this.optionPool;
    let count = 0;
    for (const plan of this.carriers) {
      const service = plan.lanes.get(order.service);
      if (service === undefined) continue;
      const day = this.nextPickupDay(plan, now);
      if (day === undefined) continue;
      const pickupAt = day * DAY + plan.config.pickup;
      const lane = service.zones[order.zone - 2] as ZoneTransit;
      // The same parcel for every carrier: described once, in the one object the stage fills.
      if (count === 0) this.describeParcel(order);
      plans[count] = plan;
      lanes[count] = lane;
      days[count] = day;
      const carrier = plan.config.name;
      const cost = parcelCharge(plan.config.rates, service.pricing, this.parcel) * order.cartons;
      const likelyDeliveryBy = pickupAt + lane.transitQuantile + lane.offset;
      const expectedDeliveryAt = pickupAt + lane.transitMean + lane.offset;
      const option = pool[count];
      if (option === undefined) pool.push({ carrier, cost, pickupAt, likelyDeliveryBy, expectedDeliveryAt });
      else {
        option.carrier = carrier;
        option.cost = cost;
        option.pickupAt = pickupAt;
        option.likelyDeliveryBy = likelyDeliveryBy;
        option.expectedDeliveryAt = expectedDeliveryAt;
      }
      count++;
    }
    return count;
  }

  /**
   * Each carrier's next pick-up with room that offers the order's service, as a choice (the
   * assignment policies' cut-off): its option copied out of the pool, since a cut-off weighs
   * every waiting parcel's options together.
   */
  private choicesFor(order: Order): Choice[] {
    const { plans, lanes, days } = this.offered;
    const count = this.offer(order);
    const choices: Choice[] = [];
    for (let index = 0; index < count; index++)
      choices.push({
        plan: plans[index] as CarrierPlan,
        lane: lanes[index] as ZoneTransit,
        day: days[index] as number,
        option: { ...(this.optionPool[index] as CarrierOption) },
      });
    return choices;
  }

  private book(order: Order, { plan, lane, day, option }: Choice): void {
    this.handOverAt(order, plan, day, option.carrier, option.cost, option.pickupAt, lane);
  }

  /** A freight order: on the freight carrier's next pick-up with room (none before the horizon: it waits). */
  private bookFreight(order: Order, plan: FreightPlan): void {
    const day = this.nextPickupDay(plan, this.context.simulation.now);
    if (day === undefined) return;
    const { config } = plan;
    const cost = freightCharge(config, order.pallets, order.weightKg);
    this.handOverAt(order, plan, day, config.name, cost, day * DAY + config.pickup, plan.zones[order.zone - 2] as ZoneTransit);
  }

  private handOverAt(order: Order, plan: Pickups, day: number, carrier: string, cost: number, pickupAt: number, lane: ZoneTransit): void {
    const { simulation, horizon } = this.context;
    plan.booked[day] = (plan.booked[day] as number) + 1;
    order.carrier = carrier;
    order.shippingCost = cost;
    if (this.carrierSelected.listening) this.carrierSelected.emit({ order, carrier, cost, pickupAt });
    if (pickupAt >= horizon) return;
    let batch = this.pickups.get(pickupAt);
    if (batch === undefined) {
      batch = simulation.callBatchAt(pickupAt, 0, () => this.pickups.delete(pickupAt));
      this.pickups.set(pickupAt, batch);
    }
    batch.add(lane.pickUp, order);
  }

  /** At its pick-up: the parcel leaves with the carrier, and its transit on `lane` begins. */
  private pickUp(order: Order, lane: ZoneTransit): void {
    const { simulation } = this.context;
    order.shippedAt = simulation.now;
    moveOrder(this.context, order, 'inTransit');
    this.orderShipped.emit(this.shipped(order));
    const transit = Math.max(0, lane.transit()) + lane.offset;
    this.handOver(order, simulation.now + transit);
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
      return day === undefined ? 0 : plan.config.dailyCapacity - (plan.booked[day] as number);
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
        return lateShare(choice.lane.transitSample, order.dueAt - choice.option.pickupAt - choice.lane.offset);
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

  private nextPickupDay(plan: Pickups, now: number): number | undefined {
    const today = Math.floor(now / DAY);
    for (let day = today; day <= this.lastDay; day++) {
      if (plan.config.days[day % 7] !== true) continue;
      if (day === today && now > day * DAY + plan.config.cutoff) continue;
      if ((plan.booked[day] as number) >= plan.config.dailyCapacity) continue;
      return day;
    }
    return undefined;
  }

  /** Fills `this.parcel` with one carton of `order`, which each carrier prices (times its cartons): each carton an equal share of its weight and volume. */
  private describeParcel(order: Order): void {
    const { cartons } = order;
    const parcel = this.parcel;
    parcel.weightKg = order.weightKg / cartons;
    parcel.volumeLitres = order.volumeLitres / cartons;
    parcel.longestSideCm = this.shipping.cartonLongestSideCm ?? cubeEdgeCm(parcel.volumeLitres);
    parcel.zone = order.zone;
    parcel.residential = order.residential;
  }
}
