import { createSampler } from '../../kernel/random/distributions/index.js';
import type { PickLocation } from '../../domain/PickLocation.js';
import type { BatchingPolicy } from '../../policies/batching/BatchingPolicy.js';
import type { RoutingPolicy } from '../../policies/routing/RoutingPolicy.js';
import type { PickingSlice } from '../../scenario/resolved/pickingSlice.js';
import type { WarehouseLayout } from '../layout/WarehouseLayout.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Order, OrderLine } from '../../domain/Order.js';
import type { PriorityKey } from '../priorityKey.js';
import type { EventChannel, ModelEvents } from '../events.js';
import { createStaffPools } from '../staffPool.js';
import { lentOrderPayload, type Lent } from '../lentPayload.js';
import { PickZone, type ZoneTask } from './pickZone.js';

/** The floor, the policies and the queue order picking works with, and where picked orders go. */
export interface PickingLinks {
  readonly layout: WarehouseLayout;
  readonly routing: RoutingPolicy;
  readonly batching: BatchingPolicy;
  readonly priority: PriorityKey;
  readonly next: (order: Order) => void;
}

/** Zones still picking an order split over several zones, and what they have reported so far. */
interface OrderProgress {
  zonesLeft: number;
  travelMeters: number;
  lines: number;
}

/**
 * Picking: a released order's lines go to the pick zones that hold them (one zone unless the
 * scenario splits the aisles into zones); each zone picks its share in its own tours, in
 * parallel. The order's pick starts with its first zone tour and ends when its last zone
 * finishes; then it moves on to packing.
 */
export class PickingStage {
  private readonly zones: PickZone[];
  private readonly progress = new Map<Order, OrderProgress>();
  private readonly layout: WarehouseLayout;
  private readonly next: (order: Order) => void;
  private readonly started = lentOrderPayload();
  private finished: Lent<ModelEvents['pickFinished']> | undefined;
  private readonly orderReleased: EventChannel<'orderReleased'>;
  private readonly pickStarted: EventChannel<'pickStarted'>;
  private readonly pickFinished: EventChannel<'pickFinished'>;

  constructor(
    private readonly context: ModelContext,
    picking: PickingSlice,
    links: PickingLinks,
  ) {
    const { layout, routing, batching, priority } = links;
    this.layout = layout;
    this.next = links.next;
    this.orderReleased = context.events.channel('orderReleased');
    this.pickStarted = context.events.channel('pickStarted');
    this.pickFinished = context.events.channel('pickFinished');
    const pickers = createStaffPools(context, 'pickers', picking.shifts, layout.zones.length);
    const directTime = picking.pickTime === undefined ? undefined : createSampler(picking.pickTime, context.streams.get('picking:time'));
    const errors = context.streams.get('picking:errors');
    const callbacks = {
      tourStarted: (order: Order) => this.tourStarted(order),
      tourFinished: (order: Order, travel: number, lines: number) => this.zoneFinished(order, travel, lines),
    };
    this.zones = layout.zones.map(
      (zone, index) =>
        new PickZone({
          context,
          zone: index,
          pickers: pickers[index] as (typeof pickers)[number],
          layout: zone.routing,
          routing,
          batching,
          priority,
          picking,
          directTime,
          errors,
          callbacks,
        }),
    );
  }

  /** Releases an allocated order to the warehouse. */
  accept(order: Order): void {
    order.releasedAt = this.context.simulation.now;
    moveOrder(this.context, order, 'awaitingPick');
    if (this.orderReleased.listening) this.orderReleased.emit({ order });
    const zones = this.zones;
    if (zones.length === 1) {
      (zones[0] as PickZone).add(this.wholeOrderTask(order));
      return;
    }
    const tasks = this.split(order);
    let zonesLeft = 0;
    for (const task of tasks) if (task !== undefined) zonesLeft++;
    this.progress.set(order, { zonesLeft, travelMeters: 0, lines: 0 });
    for (let zone = 0; zone < tasks.length; zone++) {
      const task = tasks[zone];
      if (task !== undefined) zones[zone]?.add(task);
    }
  }

  /**
   * With one zone: the order's issued lines and their locations, in arrays of their exact length.
   * When every line was issued (most orders), the order's own lines serve: nothing changes them.
   */
  private wholeOrderTask(order: Order): ZoneTask {
    const { locationOf } = this.layout;
    let count = 0;
    for (const line of order.lines) if (line.issued > 0) count++;
    const every = count === order.lines.length;
    const lines = every ? order.lines : new Array<OrderLine>(count);
    const picks = new Array<PickLocation>(count);
    let at = 0;
    for (const line of order.lines) {
      if (line.issued <= 0) continue;
      if (!every) lines[at] = line;
      picks[at++] = locationOf[line.sku] as PickLocation;
    }
    return { order, lines, picks };
  }

  /** The order's issued lines grouped by zone, with zone-local pick locations; an order with none is picked in zone 0. */
  private split(order: Order): Array<ZoneTask | undefined> {
    const { locationOf, zones, zoneOfAisle } = this.layout;
    const lines: OrderLine[][] = zones.map(() => []);
    const picks: PickLocation[][] = zones.map(() => []);
    for (const line of order.lines) {
      if (line.issued <= 0) continue;
      const location = locationOf[line.sku] as PickLocation;
      const zone = zoneOfAisle[location.aisle] as number;
      lines[zone]?.push(line);
      picks[zone]?.push({ aisle: location.aisle - (zones[zone]?.firstAisle ?? 0), y: location.y });
    }
    const tasks = lines.map((zoneLines, zone): ZoneTask | undefined =>
      zoneLines.length > 0 ? { order, lines: zoneLines, picks: picks[zone] as PickLocation[] } : undefined,
    );
    if (!tasks.some((task) => task !== undefined)) tasks[0] = { order, lines: [], picks: [] };
    return tasks;
  }

  private tourStarted(order: Order): void {
    if (order.state === 'picking') return;
    order.pickStartedAt = this.context.simulation.now;
    moveOrder(this.context, order, 'picking');
    this.pickStarted.emit(this.started(order));
  }

  private zoneFinished(order: Order, travelMeters: number, lines: number): void {
    const progress = this.progress.get(order);
    if (progress === undefined) {
      // One zone: its tour is the whole pick.
      this.picked(order, travelMeters, lines);
      return;
    }
    progress.travelMeters += travelMeters;
    progress.lines += lines;
    if (--progress.zonesLeft > 0) return;
    this.progress.delete(order);
    this.picked(order, progress.travelMeters, progress.lines);
  }

  private picked(order: Order, travelMeters: number, lines: number): void {
    order.pickedAt = this.context.simulation.now;
    const finished = (this.finished ??= { order, travelMeters, lines });
    finished.order = order;
    finished.travelMeters = travelMeters;
    finished.lines = lines;
    this.pickFinished.emit(finished);
    this.next(order);
  }
}
