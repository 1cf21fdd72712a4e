import type { Scenario } from '../schema/scenario.js';
import { resolveCatalog, type CatalogSlice } from './catalogSlice.js';
import { resolveCosts, type CostsSlice } from './costsSlice.js';
import { resolveDelivery, type DeliverySlice } from './deliverySlice.js';
import { resolveInventory, type InventorySlice } from './inventorySlice.js';
import { resolvePacking, type PackingSlice } from './packingSlice.js';
import { resolvePicking, type PickingSlice } from './pickingSlice.js';
import { resolvePlacement, type PlacementSlice } from './placementSlice.js';
import { resolveProcessing, type ProcessingSlice } from './processingSlice.js';
import { resolveReturns, type ReturnsSlice } from './returnsSlice.js';
import { resolveRun, type RunSlice } from './runSlice.js';
import { resolveShipping, type ShippingSlice } from './shippingSlice.js';
import { resolveTracking, type TrackingSlice } from './trackingSlice.js';
import { resolveWarehouse, type WarehouseSlice } from './warehouseSlice.js';

/**
 * A validated scenario in engine units, one slice per stage of the order's journey: durations
 * in engine time, arrival rates per engine time unit, profiles and popularity as arrays,
 * distributions as sampler descriptions, shifts and cut-offs as numbers. Policy choices are not
 * here: they are resolved from the scenario's references.
 */
export interface ResolvedScenario {
  readonly run: RunSlice;
  readonly catalog: CatalogSlice;
  /** 1. Placement: channels and the attributes an order gets. */
  readonly placement: PlacementSlice;
  /** 2. Processing. */
  readonly processing: ProcessingSlice;
  /** 3. Inventory. */
  readonly inventory: InventorySlice;
  /** 4. Picking and packing: the floor, the pick tours, the pack stations. */
  readonly warehouse: WarehouseSlice;
  readonly picking: PickingSlice;
  readonly packing: PackingSlice;
  /** 5. Shipping. */
  readonly shipping: ShippingSlice;
  /** 6. Tracking and communication. */
  readonly tracking: TrackingSlice;
  /** 7. Delivery and receipt. */
  readonly delivery: DeliverySlice;
  /** 8. Returns and exchanges. */
  readonly returns: ReturnsSlice;
  /** 9. Completion and feedback: the satisfaction score's weights (points; lateness per day). */
  readonly feedback: Readonly<Scenario['satisfaction']>;
  /** Cost rates, for the cost KPIs. */
  readonly costs: CostsSlice;
}

/** Converts a validated scenario into engine units, once, before a model is built from it. */
export function resolveScenario(scenario: Scenario): ResolvedScenario {
  return {
    run: resolveRun(scenario),
    catalog: resolveCatalog(scenario.catalog, scenario.channels),
    placement: resolvePlacement(scenario),
    processing: resolveProcessing(scenario.processing, scenario.replay.synthetic),
    inventory: resolveInventory(scenario.inventory, scenario.costs, scenario.catalog),
    warehouse: resolveWarehouse(scenario.warehouse, scenario.catalog),
    picking: resolvePicking(scenario.warehouse),
    packing: resolvePacking(scenario.warehouse, scenario.shipping),
    shipping: resolveShipping(scenario.shipping, scenario.costs, scenario.warehouse.cartonization),
    tracking: resolveTracking(scenario.communication),
    delivery: resolveDelivery(scenario.delivery),
    returns: resolveReturns(scenario.returns, scenario.replay.synthetic),
    feedback: scenario.satisfaction,
    costs: resolveCosts(scenario),
  };
}
