import type { Resource } from '../../kernel/Resource.js';
import { createSampler, type Sampler } from '../../kernel/random/distributions/index.js';
import type { PackingSlice } from '../../scenario/resolved/packingSlice.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { EventChannel } from '../events.js';
import type { Order } from '../../domain/Order.js';
import type { PriorityKey } from '../priorityKey.js';
import { createStaffPool } from '../staffPool.js';
import { lentOrderPayload } from '../lentPayload.js';

/** Where packing takes its queue order from and hands packed orders to. */
export interface PackingLinks {
  readonly priority: PriorityKey;
  readonly next: (order: Order) => void;
}

/**
 * Packing: picked orders queue for a packer on shift; pack time per order and per extra
 * unit (or per carton and line with cartonization, per pallet for freight), more for fragile
 * items (protective packaging), plus label generation.
 */
export class PackingStage {
  private readonly packers: Resource;
  private readonly directTime: Sampler | undefined;
  private readonly priority: PriorityKey;
  private readonly next: (order: Order) => void;
  /** The end of packing's event handler, made once. */
  private readonly packedOf = (order: Order): void => this.packed(order);
  private readonly packOf = (order: Order): void => this.pack(order);
  private readonly packFinished = lentOrderPayload();
  private readonly packFinishedChannel: EventChannel<'packFinished'>;

  constructor(
    private readonly context: ModelContext,
    private readonly times: PackingSlice,
    links: PackingLinks,
  ) {
    this.priority = links.priority;
    this.next = links.next;
    this.packers = createStaffPool(context, 'packers', times.shifts);
    this.packFinishedChannel = context.events.channel('packFinished');
    this.directTime = times.packTime === undefined ? undefined : createSampler(times.packTime, context.streams.get('packing:time'));
  }

  /** Takes a picked order. */
  accept(order: Order): void {
    const { simulation } = this.context;
    moveOrder(this.context, order, 'awaitingPack');
    this.packers.requestCall(this.packOf, order, this.priority(order, simulation.now));
  }

  private pack(order: Order): void {
    const { simulation } = this.context;
    order.packStartedAt = simulation.now;
    moveOrder(this.context, order, 'packing');
    const duration = this.directTime === undefined ? this.packTime(order) : Math.max(0, this.directTime()) + this.palletTime(order);
    simulation.scheduleCall(duration + this.times.labelTime, this.packedOf, order);
  }

  /** The order is packed and labelled: its packer is free. */
  private packed(order: Order): void {
    this.packers.release();
    order.packedAt = this.context.simulation.now;
    this.packFinishedChannel.emit(this.packFinished(order));
    this.next(order);
  }

  /**
   * The detailed pack time: freight orders go onto pallets (per order, per line with
   * cartonization, per pallet); with cartonization, per order, per carton beyond the first
   * and per line; otherwise per order and per unit beyond the first. Fragile items add time.
   */
  private packTime(order: Order): number {
    const { times } = this;
    const fragile = order.fragile ? times.fragileExtra : 0;
    const cartons = times.cartons;
    if (order.pallets > 0)
      return times.perOrder + (cartons === undefined ? 0 : cartons.perLine * order.lines.length) + this.palletTime(order) + fragile;
    if (cartons !== undefined)
      return times.perOrder + cartons.perCarton * (order.cartons - 1) + cartons.perLine * order.lines.length + fragile;
    let units = 0;
    for (const line of order.lines) units += line.issued;
    return times.perOrder + Math.max(0, units - 1) * times.perExtraUnit + fragile;
  }

  /** Time to build a freight order's pallets (0 for parcels). */
  private palletTime(order: Order): number {
    return order.pallets * this.times.perPallet;
  }
}
