import type { Resource } from '../../kernel/Resource.js';
import type { Sampler } from '../../kernel/random/distributions/index.js';
import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { PendingRequest } from '../../kernel/RequestQueue.js';
import type { PickLocation } from '../../domain/PickLocation.js';
import type { Route } from '../../domain/Route.js';
import type { RoutingLayout } from '../../domain/RoutingLayout.js';
import type { BatchingContext, BatchingPolicy } from '../../policies/batching/BatchingPolicy.js';
import type { RoutingPolicy } from '../../policies/routing/RoutingPolicy.js';
import type { PickingSlice } from '../../scenario/resolved/pickingSlice.js';
import type { ModelContext } from '../ModelContext.js';
import type { EventChannel } from '../events.js';
import type { Order, OrderLine } from '../../domain/Order.js';
import type { PriorityKey } from '../priorityKey.js';

/** An order's share of the picking in one zone: its lines there and where they are (zone coordinates). */
export interface ZoneTask {
  readonly order: Order;
  readonly lines: readonly OrderLine[];
  readonly picks: readonly PickLocation[];
  /** Its request for a picker while it waits (set by the zone). */
  request?: PendingRequest | undefined;
}

/** A tour under way, as its end needs it: the orders on the cart, the walk and their lines. */
interface FinishedTour {
  readonly batch: readonly ZoneTask[];
  readonly travelMeters: number;
  readonly totalLines: number;
}

/** What a zone reports back about one order when its tour ends. */
export interface ZoneCallbacks {
  tourStarted(order: Order): void;
  tourFinished(order: Order, travelMeters: number, lines: number): void;
}

/** What a pick zone is built from. */
export interface PickZoneOptions {
  readonly context: ModelContext;
  /** The zone's index, left to right. */
  readonly zone: number;
  /** The zone's share of the pickers. */
  readonly pickers: Resource;
  /** The zone's floor, aisles numbered from 0. */
  readonly layout: RoutingLayout;
  readonly routing: RoutingPolicy;
  readonly batching: BatchingPolicy;
  readonly priority: PriorityKey;
  /** Tour times, error rates and batching settings. */
  readonly picking: PickingSlice;
  /** Draws the whole pick time of an order when the scenario replaces the detailed model. */
  readonly directTime: Sampler | undefined;
  /** The stream pick errors are drawn from (shared by every zone). */
  readonly errors: RandomStream;
  readonly callbacks: ZoneCallbacks;
}

/**
 * One pick zone: its pickers, the tasks waiting for them (in release order), and the tours.
 * When a picker takes a task (in prioritization order), the batching policy adds waiting
 * tasks to the cart; the cart is one tour: set-up, travel along the routing policy's tour at
 * walking speed, per-line and per-unit handling, and the time to correct caught pick errors.
 */
export class PickZone {
  private readonly waiting = new Map<Order, ZoneTask>();
  private readonly batchingContext: BatchingContext;
  /** The task a picker has just taken, while the batching policy fills its cart. */
  private taken: ZoneTask | undefined;
  /**
   * The tour length of each waiting task's own picks (NaN until measured): a batching policy
   * asks for it for every cart the task might join (savings: once per cart), and routing is a
   * function of the picks alone. Kept from the policy's first `picksOf` while the task waits.
   */
  private readonly ownLengths = new Map<readonly PickLocation[], number>();

  /** A picker's start of a tour with an order, made once: a request waits hours for a picker. */
  private readonly startTourOf = (first: Order): void => this.startTour(first);
  /** The end of a tour's event handler, made once (see `finishTour`). */
  private readonly finishTourOf = (tour: FinishedTour): void => this.finishTour(tour);

  private readonly context: ModelContext;
  private readonly zone: number;
  private readonly pickers: Resource;
  private readonly layout: RoutingLayout;
  private readonly routing: RoutingPolicy;
  private readonly batching: BatchingPolicy;
  private readonly priority: PriorityKey;
  private readonly times: PickingSlice;
  private readonly directTime: Sampler | undefined;
  private readonly errors: RandomStream;
  private readonly callbacks: ZoneCallbacks;
  private readonly tourStarted: EventChannel<'tourStarted'>;

  constructor(options: PickZoneOptions) {
    this.context = options.context;
    this.zone = options.zone;
    this.pickers = options.pickers;
    this.layout = options.layout;
    this.routing = options.routing;
    this.batching = options.batching;
    this.priority = options.priority;
    this.times = options.picking;
    this.directTime = options.directTime;
    this.errors = options.errors;
    this.callbacks = options.callbacks;
    this.tourStarted = options.context.events.channel('tourStarted');
    const settings = options.picking.batching;
    this.batchingContext = {
      cartCapacity: settings.cartCapacity,
      picksOf: (order) => this.waitingPicks(order),
      tourLength: (picks) => this.waitingTourLength(picks),
    };
  }

  /** Queues a task for a picker, at once or when the batching policy makes it available. */
  add(task: ZoneTask): void {
    const { simulation } = this.context;
    const availableAt = this.batching.availableAt?.(task.order.releasedAt, this.batchingContext) ?? simulation.now;
    if (availableAt > simulation.now) simulation.schedule(availableAt - simulation.now, () => this.queue(task));
    else this.queue(task);
  }

  private queue(task: ZoneTask): void {
    const { order } = task;
    // Registered before requesting: a free picker starts the tour inside `requestCall`.
    this.waiting.set(order, task);
    const request = this.pickers.requestCall(this.startTourOf, order, this.priority(order, this.context.simulation.now));
    // Granted at once, the task has already left the waiting map: nothing to cancel later.
    if (this.waiting.get(order) === task) task.request = request;
  }

  /** A picker takes `first`'s task; the batching policy adds waiting tasks to the same cart. */
  private startTour(first: Order): void {
    const head = this.waiting.get(first);
    if (head === undefined) throw new Error('PickZone: a picker took an order that is not waiting');
    this.waiting.delete(first);
    head.request = undefined;
    this.taken = head;
    const companions = this.batching.companions(this.waiting.keys(), first, this.batchingContext);
    this.taken = undefined;
    this.ownLengths.delete(head.picks);
    const batch = [head];
    for (const order of companions) {
      const task = this.waiting.get(order);
      if (task === undefined || batch.some((taken) => taken.order === order))
        throw new Error(`batching policy ${this.batching.name} chose an order that is not waiting or chose one twice`);
      if (task.request !== undefined) this.pickers.cancel(task.request);
      task.request = undefined;
      this.waiting.delete(order);
      this.ownLengths.delete(task.picks);
      batch.push(task);
    }
    this.tour(batch);
  }

  private tour(batch: readonly ZoneTask[]): void {
    const { simulation } = this.context;
    const times = this.times;
    for (const task of batch) this.callbacks.tourStarted(task.order);
    let duration = 0;
    let travelMeters = 0;
    let totalLines = 0;
    const direct = this.directTime;
    let route: Route | undefined;
    if (direct === undefined) {
      // A tour of one order walks that order's picks: no copy.
      const picks: readonly PickLocation[] = batch.length === 1 ? (batch[0] as ZoneTask).picks : batch.flatMap((task) => task.picks);
      for (const task of batch) {
        for (const line of task.lines) duration += times.perLine + (line.issued - 1) * times.perExtraUnit;
      }
      // The walk is built only for someone who draws it (a recorded day).
      if (this.tourStarted.listening) {
        route = this.routing.route(this.layout, picks);
        travelMeters = route.distance;
      } else travelMeters = this.tourLength(picks);
      duration += times.setup + travelMeters / times.walkingSpeed;
    } else {
      for (let i = 0; i < batch.length; i++) duration += Math.max(0, direct());
    }
    for (const task of batch) {
      totalLines += task.lines.length;
      duration += this.drawErrors(task.order, task.lines.length);
    }
    if (this.tourStarted.listening) this.tourStarted.emit({ zone: this.zone, orders: batch.length, route, duration });
    simulation.scheduleCall(duration, this.finishTourOf, { batch, travelMeters, totalLines });
  }

  /** The end of a tour: the picker is free, and each order hears of its share of the walk. */
  private finishTour({ batch, travelMeters, totalLines }: FinishedTour): void {
    this.pickers.release();
    for (const task of batch) {
      // The tour's travel is shared among its orders by lines, so totals stay exact.
      this.callbacks.tourFinished(task.order, totalLines > 0 ? (travelMeters * task.lines.length) / totalLines : 0, task.lines.length);
    }
  }

  /**
   * `picksOf` for the batching policy. A task's picks handed out here are the ones whose length
   * is worth keeping: registered now, so a run whose policy never asks pays nothing per task.
   */
  private waitingPicks(order: Order): readonly PickLocation[] {
    const task = order === this.taken?.order ? this.taken : this.waiting.get(order);
    if (task === undefined) return [];
    if (!this.ownLengths.has(task.picks)) this.ownLengths.set(task.picks, NaN);
    return task.picks;
  }

  /** `tourLength` for the batching policy: a waiting task's own picks are measured once. */
  private waitingTourLength(picks: readonly PickLocation[]): number {
    const known = this.ownLengths.get(picks);
    if (known === undefined) return this.tourLength(picks);
    if (!Number.isNaN(known)) return known;
    const length = this.tourLength(picks);
    this.ownLengths.set(picks, length);
    return length;
  }

  /** The routed length of a tour through `picks`, measured without its walk where the policy can. */
  private tourLength(picks: readonly PickLocation[]): number {
    const routing = this.routing;
    // A guarded plugin keeps its non-function properties: only a function is a distance.
    return typeof routing.distance === 'function' ? routing.distance(this.layout, picks) : routing.route(this.layout, picks).distance;
  }

  /** Draws pick errors for each line; returns the time spent correcting caught ones. */
  private drawErrors(order: Order, lines: number): number {
    const times = this.times;
    let extra = 0;
    for (let i = 0; i < lines; i++) {
      if (this.errors() >= times.errorRate) continue;
      if (times.scanVerification && this.errors() < times.scanCatchRate) extra += times.correction;
      else order.uncaughtPickErrors++;
    }
    return extra;
  }
}
