import type { Resource } from '../../kernel/Resource.js';
import { createSampler, type Sampler } from '../../kernel/random/distributions/index.js';
import type { RandomStream } from '../../kernel/random/RandomStream.js';
import { lookupPolicy } from '../../policies/registry.js';
import type { BatchingPolicy, PickLocation, PrioritizationPolicy, RoutingPolicy } from '../../policies/types.js';
import type { PendingRequest } from '../../kernel/RequestQueue.js';
import { seconds } from '../../scenario/duration.js';
import type { WarehouseLayout } from '../layout/WarehouseLayout.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Order } from '../Order.js';
import { createStaffPool } from '../staffPool.js';
import { toDurationDistribution } from '../toDistribution.js';

/**
 * Picking: released orders queue for a picker on shift (in prioritization order). The
 * batching policy decides which waiting orders share the picker's cart; the batch is one
 * tour: set-up, travel along the routing policy's tour at walking speed, and per-line and
 * per-unit handling. Each line may be picked
 * wrong; scan verification catches a share of errors at a correction cost, the rest
 * reach the customer.
 */
export class PickingStage {
  private readonly pickers: Resource;
  /** Released orders not yet on a tour, in release order, with their picker requests. */
  private readonly waiting = new Map<Order, PendingRequest | undefined>();
  private readonly batching: BatchingPolicy;
  private readonly directTime: Sampler | undefined;
  private readonly errors: RandomStream;
  private readonly setup: number;
  private readonly perLine: number;
  private readonly perExtraUnit: number;
  private readonly correction: number;

  constructor(
    private readonly context: ModelContext,
    private readonly layout: WarehouseLayout,
    private readonly routing: RoutingPolicy,
    private readonly prioritization: PrioritizationPolicy,
    private readonly next: (order: Order) => void,
  ) {
    const { warehouse } = context.scenario;
    this.batching = lookupPolicy('batching', warehouse.batching.policy);
    this.pickers = createStaffPool(
      context,
      'pickers',
      warehouse.shifts.map((shift) => ({ ...shift, count: shift.pickers ?? warehouse.pickers })),
    );
    this.directTime =
      warehouse.pickTime === undefined ? undefined : createSampler(toDurationDistribution(warehouse.pickTime), context.streams.get('picking:time'));
    this.errors = context.streams.get('picking:errors');
    this.setup = seconds(warehouse.setupPerTour);
    this.perLine = seconds(warehouse.timePerLine) + (warehouse.scanVerification ? seconds(warehouse.scanTimePerLine) : 0);
    this.perExtraUnit = seconds(warehouse.timePerExtraUnit);
    this.correction = seconds(warehouse.correctionTime);
  }

  /** Releases an allocated order to the warehouse. */
  accept(order: Order): void {
    const { simulation, events } = this.context;
    order.releasedAt = simulation.now;
    moveOrder(this.context, order, 'awaitingPick');
    events.emit('orderReleased', { order });
    // Registered before requesting: a free picker starts the tour inside `request`.
    this.waiting.set(order, undefined);
    const request = this.pickers.request(() => this.startTour(order), this.prioritization.priority(order, simulation.now));
    if (this.waiting.has(order)) this.waiting.set(order, request);
  }

  /** A picker takes `first`; the batching policy adds waiting orders to the same cart. */
  private startTour(first: Order): void {
    this.waiting.delete(first);
    const { batching } = this.context.scenario.warehouse;
    const companions = this.batching.companions(this.waiting.keys(), batching.cartCapacity, first);
    for (const order of companions) {
      const request = this.waiting.get(order);
      if (request !== undefined) this.pickers.cancel(request);
      this.waiting.delete(order);
    }
    this.pick([first, ...companions]);
  }

  private pick(batch: readonly Order[]): void {
    const { simulation, events, scenario } = this.context;
    const linesOf = batch.map((order) => order.lines.filter((line) => line.issued > 0));
    for (const order of batch) {
      order.pickStartedAt = simulation.now;
      moveOrder(this.context, order, 'picking');
      events.emit('pickStarted', { order });
    }
    let duration = 0;
    let travelMeters = 0;
    let totalLines = 0;
    if (this.directTime === undefined) {
      const picks: PickLocation[] = [];
      for (const lines of linesOf) {
        for (const line of lines) {
          picks.push(this.layout.locationOf[line.sku] as PickLocation);
          duration += this.perLine + (line.issued - 1) * this.perExtraUnit;
        }
      }
      travelMeters = this.routing.route(this.layout.routing, picks).distance;
      duration += this.setup + travelMeters / scenario.warehouse.walkingSpeed;
    } else {
      for (let i = 0; i < batch.length; i++) duration += Math.max(0, this.directTime());
    }
    batch.forEach((order, index) => {
      const lines = (linesOf[index] as unknown[]).length;
      totalLines += lines;
      duration += this.drawErrors(order, lines);
    });
    simulation.schedule(duration, () => {
      this.pickers.release();
      batch.forEach((order, index) => {
        const lines = (linesOf[index] as unknown[]).length;
        order.pickedAt = simulation.now;
        // The tour's travel is shared among its orders by lines, so totals stay exact.
        events.emit('pickFinished', { order, travelMeters: totalLines > 0 ? (travelMeters * lines) / totalLines : 0, lines });
        this.next(order);
      });
    });
  }

  /** Draws pick errors for each line; returns the time spent correcting caught ones. */
  private drawErrors(order: Order, lines: number): number {
    const { warehouse } = this.context.scenario;
    let extra = 0;
    for (let i = 0; i < lines; i++) {
      if (this.errors() >= warehouse.pickErrorRate) continue;
      if (warehouse.scanVerification && this.errors() < warehouse.scanCatchRate) extra += this.correction;
      else order.uncaughtPickErrors++;
    }
    return extra;
  }
}
