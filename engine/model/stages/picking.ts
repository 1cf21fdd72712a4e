import type { Resource } from '../../kernel/Resource.js';
import { createSampler, type Sampler } from '../../kernel/random/distributions/index.js';
import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { PickLocation, PrioritizationPolicy, RoutingPolicy } from '../../policies/types.js';
import { seconds } from '../../scenario/duration.js';
import type { WarehouseLayout } from '../layout/WarehouseLayout.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Order } from '../Order.js';
import { createStaffPool } from '../staffPool.js';
import { toDurationDistribution } from '../toDistribution.js';

/**
 * Picking: released orders queue for a picker on shift (in prioritization order). Each
 * order is one tour (single-order picking): set-up, travel along the routing policy's
 * tour at walking speed, and per-line and per-unit handling. Each line may be picked
 * wrong; scan verification catches a share of errors at a correction cost, the rest
 * reach the customer.
 */
export class PickingStage {
  private readonly pickers: Resource;
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
    this.pickers.request(() => this.pick(order), this.prioritization.priority(order, simulation.now));
  }

  private pick(order: Order): void {
    const { simulation, events, scenario } = this.context;
    order.pickStartedAt = simulation.now;
    moveOrder(this.context, order, 'picking');
    events.emit('pickStarted', { order });
    const lines = order.lines.filter((line) => line.issued > 0);
    let duration: number;
    let travelMeters = 0;
    if (this.directTime === undefined) {
      const picks: PickLocation[] = lines.map((line) => this.layout.locationOf[line.sku] as PickLocation);
      travelMeters = this.routing.route(this.layout.routing, picks).distance;
      duration = this.setup + travelMeters / scenario.warehouse.walkingSpeed;
      for (const line of lines) duration += this.perLine + (line.issued - 1) * this.perExtraUnit;
    } else {
      duration = Math.max(0, this.directTime());
    }
    duration += this.drawErrors(order, lines.length);
    simulation.schedule(duration, () => {
      this.pickers.release();
      order.pickedAt = simulation.now;
      events.emit('pickFinished', { order, travelMeters, lines: lines.length });
      this.next(order);
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
