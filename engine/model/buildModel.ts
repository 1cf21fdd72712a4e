import { Emitter } from '../kernel/Emitter.js';
import { RandomStreams } from '../kernel/random/RandomStream.js';
import { Simulation } from '../kernel/Simulation.js';
import { lookupPolicy } from '../policies/registry.js';
import { seconds } from '../scenario/duration.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { buildCatalog } from './Catalog.js';
import type { ModelEvents } from './events.js';
import { buildLayout, type WarehouseLayout } from './layout/WarehouseLayout.js';
import type { ModelContext } from './ModelContext.js';
import { DeliveryStage } from './stages/delivery.js';
import { scoreOrder } from './stages/feedback.js';
import { InventoryStage } from './stages/inventory.js';
import { PackingStage } from './stages/packing.js';
import { PickingStage } from './stages/picking.js';
import { PlacementStage } from './stages/placement.js';
import { ProcessingStage } from './stages/processing.js';
import { ReturnsStage } from './stages/returns.js';
import { ShippingStage } from './stages/shipping.js';
import { TrackingStage } from './stages/tracking.js';

/** A wired model, ready to run: subscribe observers to `context.events`, then call `run`. */
export interface Model {
  readonly context: ModelContext;
  readonly layout: WarehouseLayout;
  readonly inventory: InventoryStage;
  /** Runs the simulation to the horizon. */
  run(): void;
}

/**
 * Builds the nine-stage order journey for one replication: placement -> processing ->
 * inventory -> picking -> packing -> shipping -> delivery (with tracking), then feedback
 * and returns, which may restock inventory and place exchange orders.
 */
export function buildModel(scenario: Scenario, replication: number, seed = scenario.seed): Model {
  const simulation = new Simulation();
  const streams = new RandomStreams(seed, replication);
  const catalog = buildCatalog(scenario.catalog, streams);
  const context: ModelContext = {
    simulation,
    events: new Emitter<ModelEvents>(),
    streams,
    scenario,
    catalog,
    horizon: seconds(scenario.horizon),
  };
  const layout = buildLayout(scenario.warehouse, catalog.byPopularity, streams.get('warehouse:slotting'));
  const prioritization = lookupPolicy('prioritization', scenario.processing.prioritization);
  const tracking = new TrackingStage(context);

  let placement: PlacementStage | undefined;
  let inventory: InventoryStage | undefined;
  const returns = new ReturnsStage(context, {
    restock: (sku, units) => inventory?.restock(sku, units),
    placeExchange: (order) => placement?.placeExchange(order),
  });
  const delivery = new DeliveryStage(context, tracking, (order) => {
    tracking.delivered(order);
    scoreOrder(context, order);
    returns.consider(order);
  });
  const shipping = new ShippingStage(context, lookupPolicy('carrierSelection', scenario.shipping.selection), (order, at) =>
    delivery.dispatch(order, at),
  );
  const packing = new PackingStage(context, prioritization, (order) => shipping.accept(order));
  const picking = new PickingStage(context, layout, lookupPolicy('routing', scenario.warehouse.routing), prioritization, (order) =>
    packing.accept(order),
  );
  const stock = new InventoryStage(context, (order) => picking.accept(order));
  inventory = stock;
  const processing = new ProcessingStage(context, prioritization, (order) => stock.accept(order));
  placement = new PlacementStage(context, (order) => processing.accept(order));
  const arrivals = placement;

  return {
    context,
    layout,
    inventory: stock,
    run() {
      stock.start();
      arrivals.start();
      simulation.run(context.horizon);
    },
  };
}
