import type { Resource } from '../../kernel/Resource.js';
import { createSampler, type Sampler } from '../../kernel/random/distributions/index.js';
import type { PrioritizationPolicy } from '../../policies/prioritization/PrioritizationPolicy.js';
import { seconds } from '../../scenario/duration.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Order } from '../../domain/Order.js';
import { createStaffPool } from '../staffPool.js';
import { toDurationDistribution } from '../toDistribution.js';

/**
 * Packing: picked orders queue for a packer on shift; pack time per order and per extra
 * unit, more for fragile items (protective packaging), plus label generation.
 */
export class PackingStage {
  private readonly packers: Resource;
  private readonly directTime: Sampler | undefined;
  private readonly perOrder: number;
  private readonly perExtraUnit: number;
  private readonly fragileExtra: number;
  private readonly labelTime: number;

  constructor(
    private readonly context: ModelContext,
    private readonly prioritization: PrioritizationPolicy,
    private readonly next: (order: Order) => void,
  ) {
    const { warehouse, shipping } = context.scenario;
    this.packers = createStaffPool(
      context,
      'packers',
      warehouse.shifts.map((shift) => ({ ...shift, count: shift.packers ?? warehouse.packers })),
    );
    this.directTime =
      warehouse.packTime === undefined ? undefined : createSampler(toDurationDistribution(warehouse.packTime), context.streams.get('packing:time'));
    this.perOrder = seconds(warehouse.packTimePerOrder);
    this.perExtraUnit = seconds(warehouse.packTimePerExtraUnit);
    this.fragileExtra = seconds(warehouse.fragilePackTime);
    this.labelTime = seconds(shipping.labelTime[shipping.labelling]);
  }

  /** Takes a picked order. */
  accept(order: Order): void {
    const { simulation } = this.context;
    moveOrder(this.context, order, 'awaitingPack');
    this.packers.request(() => this.pack(order), this.prioritization.priority(order, simulation.now));
  }

  private pack(order: Order): void {
    const { simulation, events } = this.context;
    order.packStartedAt = simulation.now;
    moveOrder(this.context, order, 'packing');
    let units = 0;
    for (const line of order.lines) units += line.issued;
    const duration =
      this.directTime === undefined
        ? this.perOrder + Math.max(0, units - 1) * this.perExtraUnit + (order.fragile ? this.fragileExtra : 0)
        : Math.max(0, this.directTime());
    simulation.schedule(duration + this.labelTime, () => {
      this.packers.release();
      order.packedAt = simulation.now;
      events.emit('packFinished', { order });
      this.next(order);
    });
  }
}
