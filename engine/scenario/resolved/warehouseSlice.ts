import type { Scenario } from '../schema/scenario.js';

type WarehouseConfig = Scenario['warehouse'];

/** The warehouse floor (metres), its pick zones and how SKUs are slotted. */
export interface WarehouseSlice {
  readonly layout: WarehouseConfig['layout'];
  readonly zones: number;
  readonly slotting: WarehouseConfig['slotting'];
}

/** The floor part of the warehouse section (already in metres and counts). */
export function resolveWarehouse(warehouse: WarehouseConfig): WarehouseSlice {
  return { layout: warehouse.layout, zones: warehouse.zones, slotting: warehouse.slotting };
}
