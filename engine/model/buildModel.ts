import { Emitter } from '../kernel/Emitter.js';
import { RandomStreams } from '../kernel/random/RandomStream.js';
import { Simulation } from '../kernel/Simulation.js';
import { instrumentPolicy, type PolicyObserver } from '../policies/instrumentPolicy.js';
import type { PolicyFamilyName, PolicyOfFamily } from '../policies/PolicyOfFamily.js';
import { replenishmentPolicies } from '../policies/replenishment/ReplenishmentPolicies.js';
import { resolvePolicy } from '../policies/resolvePolicy.js';
import { mainUse, scenarioPolicies, usesOf, type PolicyUse } from '../policies/scenarioPolicies.js';
import { resolveScenario, type ResolvedScenario } from '../scenario/resolved/resolveScenario.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { buildCatalog } from './Catalog.js';
import type { ModelEvents } from './events.js';
import { buildLayout, type WarehouseLayout } from './layout/WarehouseLayout.js';
import type { ModelContext } from './ModelContext.js';
import type { PriorityKey } from './priorityKey.js';
import { demandRates } from './skuDemand.js';
import { DeliveryStage } from './stages/delivery.js';
import { orderScorer } from './stages/feedback.js';
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
  /** The scenario the model was built from, in engine units. */
  readonly scenario: ResolvedScenario;
  readonly layout: WarehouseLayout;
  readonly inventory: InventoryStage;
  /** Runs the simulation to the horizon. */
  run(): void;
}

/** Options of `buildModel`. */
export interface BuildModelOptions {
  /** Base seed; default the scenario's. */
  readonly seed?: number | undefined;
  /** Watches every policy decision (traces, timings); decisions are unchanged. */
  readonly observer?: PolicyObserver | undefined;
}

/**
 * Builds the nine-stage order journey for one replication: placement -> processing ->
 * inventory -> picking -> packing -> shipping -> delivery (with tracking), then feedback
 * and returns, which may restock inventory and place exchange orders. The scenario is
 * resolved into engine units once, here, and each stage gets its slice.
 */
export function buildModel(scenario: Scenario, replication: number, options: BuildModelOptions = {}): Model {
  const { observer } = options;
  const slices = resolveScenario(scenario);
  const simulation = new Simulation();
  const streams = new RandomStreams(options.seed ?? slices.run.seed, replication);
  const catalog = buildCatalog(slices.catalog, streams);
  const events = new Emitter<ModelEvents>();
  const context: ModelContext = {
    simulation,
    events,
    streams,
    catalog,
    horizon: slices.run.horizon,
    stateChanged: events.channel('orderStateChanged'),
  };
  const layout = buildLayout(slices.warehouse, catalog.byPopularity, catalog.popularity, streams.fixed('warehouse:slotting'));
  // Every policy the scenario names, where it names it (engine/policies/registry.ts), created for this replication.
  const uses = scenarioPolicies(scenario);
  const create = <F extends PolicyFamilyName>(use: PolicyUse<F>): PolicyOfFamily[F] => {
    const resolved = resolvePolicy(use, scenario);
    return observer === undefined ? resolved : instrumentPolicy(use.family, resolved, observer, () => simulation.now);
  };
  const policy = <F extends PolicyFamilyName>(family: F): PolicyOfFamily[F] => create(mainUse(uses, family));
  const prioritization = policy('prioritization');
  const priority: PriorityKey = (order, now) => prioritization.priority(order, now);
  const tracking = new TrackingStage(context, slices.tracking);
  const scoreOrder = orderScorer(context, slices.feedback);

  // Returns feed back into inventory (restock) and placement (exchanges), which are built
  // after them because the journey runs the other way; the links resolve at run time.
  const late: { inventory?: InventoryStage; placement?: PlacementStage } = {};
  const returns = new ReturnsStage(context, slices.returns, {
    restock: (sku, units) => late.inventory?.restock(sku, units),
    placeExchange: (order) => late.placement?.placeExchange(order),
  });
  const delivery = new DeliveryStage(context, slices.delivery, {
    tracking,
    onDelivered: (order) => {
      tracking.delivered(order);
      scoreOrder(order);
      returns.consider(order);
    },
  });
  const shipping = new ShippingStage(context, slices.shipping, {
    selection: policy('carrierSelection'),
    handOver: (order, at) => delivery.dispatch(order, at),
  });
  const packing = new PackingStage(context, slices.packing, { priority, next: (order) => shipping.accept(order) });
  const picking = new PickingStage(context, slices.picking, {
    layout,
    routing: policy('routing'),
    batching: policy('batching'),
    priority,
    next: (order) => packing.accept(order),
  });
  const replenishment = replenishmentPolicies(usesOf(uses, 'replenishment').map((use) => ({ path: use.path, policy: create(use) })));
  const inventory = new InventoryStage(context, slices.inventory, {
    demand: demandRates(catalog, slices.placement.channels),
    allocation: policy('allocation'),
    replenishment,
    priority,
    next: (order) => picking.accept(order),
  });
  const processing = new ProcessingStage(context, slices.processing, { priority, next: (order) => inventory.accept(order) });
  const placement = new PlacementStage(context, slices.placement, { onHand: inventory.onHand, next: (order) => processing.accept(order) });
  late.inventory = inventory;
  late.placement = placement;

  return {
    context,
    scenario: slices,
    layout,
    inventory,
    run() {
      inventory.start();
      placement.start();
      simulation.run(context.horizon);
    },
  };
}
