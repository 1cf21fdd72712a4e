import { createSampler } from '../../kernel/random/distributions/index.js';
import type { PickLocation } from '../../domain/PickLocation.js';
import type { BatchingPolicy } from '../../policies/batching/BatchingPolicy.js';
import type { PrioritizationPolicy } from '../../policies/prioritization/PrioritizationPolicy.js';
import type { RoutingPolicy } from '../../policies/routing/RoutingPolicy.js';
import { seconds } from '../../scenario/duration.js';
import type { WarehouseLayout } from '../layout/WarehouseLayout.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Order, OrderLine } from '../../domain/Order.js';
import { createStaffPools } from '../staffPool.js';
import { toDurationDistribution } from '../toDistribution.js';
import { PickZone, type PickTimes, type ZoneTask } from './pickZone.js';

/** Zones still picking an order, and what they have reported so far. */
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

  constructor(
    private readonly context: ModelContext,
    private readonly layout: WarehouseLayout,
    routing: RoutingPolicy,
    batching: BatchingPolicy,
    prioritization: PrioritizationPolicy,
    private readonly next: (order: Order) => void,
  ) {
    const { warehouse } = context.scenario;
    const pickers = createStaffPools(
      context,
      'pickers',
      warehouse.shifts.map((shift) => ({ ...shift, count: shift.pickers ?? warehouse.pickers })),
      layout.zones.length,
    );
    const times: PickTimes = {
      setup: seconds(warehouse.setupPerTour),
      perLine: seconds(warehouse.timePerLine) + (warehouse.scanVerification ? seconds(warehouse.scanTimePerLine) : 0),
      perExtraUnit: seconds(warehouse.timePerExtraUnit),
      correction: seconds(warehouse.correctionTime),
      walkingSpeed: warehouse.walkingSpeed,
      errorRate: warehouse.pickErrorRate,
      scanVerification: warehouse.scanVerification,
      scanCatchRate: warehouse.scanCatchRate,
      direct: warehouse.pickTime === undefined ? undefined : createSampler(toDurationDistribution(warehouse.pickTime), context.streams.get('picking:time')),
    };
    const errors = context.streams.get('picking:errors');
    const callbacks = { tourStarted: (order: Order) => this.tourStarted(order), tourFinished: (order: Order, travel: number, lines: number) => this.zoneFinished(order, travel, lines) };
    this.zones = layout.zones.map(
      (zone, index) => new PickZone(context, pickers[index] as (typeof pickers)[number], zone.routing, routing, batching, prioritization, times, errors, callbacks),
    );
  }

  /** Releases an allocated order to the warehouse. */
  accept(order: Order): void {
    const { simulation, events } = this.context;
    order.releasedAt = simulation.now;
    moveOrder(this.context, order, 'awaitingPick');
    events.emit('orderReleased', { order });
    const tasks = this.split(order);
    this.progress.set(order, { zonesLeft: tasks.filter((task) => task !== undefined).length, travelMeters: 0, lines: 0 });
    tasks.forEach((task, zone) => {
      if (task !== undefined) this.zones[zone]?.add(task);
    });
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
      picks[zone]?.push(zones.length === 1 ? location : { aisle: location.aisle - (zones[zone]?.firstAisle ?? 0), y: location.y });
    }
    const tasks = lines.map((zoneLines, zone): ZoneTask | undefined => (zoneLines.length > 0 ? { order, lines: zoneLines, picks: picks[zone] as PickLocation[] } : undefined));
    if (!tasks.some((task) => task !== undefined)) tasks[0] = { order, lines: [], picks: [] };
    return tasks;
  }

  private tourStarted(order: Order): void {
    if (order.state === 'picking') return;
    order.pickStartedAt = this.context.simulation.now;
    moveOrder(this.context, order, 'picking');
    this.context.events.emit('pickStarted', { order });
  }

  private zoneFinished(order: Order, travelMeters: number, lines: number): void {
    const progress = this.progress.get(order) as OrderProgress;
    progress.travelMeters += travelMeters;
    progress.lines += lines;
    if (--progress.zonesLeft > 0) return;
    this.progress.delete(order);
    order.pickedAt = this.context.simulation.now;
    this.context.events.emit('pickFinished', { order, travelMeters: progress.travelMeters, lines: progress.lines });
    this.next(order);
  }
}
