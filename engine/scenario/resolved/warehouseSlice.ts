import type { Scenario } from '../schema/scenario.js';
import { hasLocations, isSkuMasterColumns } from '../skuMasterColumns.js';
import { skuPositions } from '../skuMasterLayout.js';

type WarehouseConfig = Scenario['warehouse'];

/** Storage locations given by a SKU master, one per SKU (index = SKU id). */
export interface SkuLocations {
  /** Aisle index, 0 = leftmost. */
  readonly aisle: readonly number[];
  /** Metres from the front cross aisle. */
  readonly y: readonly number[];
}

/** The warehouse floor (metres), its pick zones and how SKUs are slotted. */
export interface WarehouseSlice {
  readonly layout: WarehouseConfig['layout'];
  readonly zones: number;
  readonly slotting: WarehouseConfig['slotting'];
  /** A located SKU master's locations: the slots SKUs are assigned to (kept as they are by "file" slotting). */
  readonly locations: SkuLocations | undefined;
}

/** The floor part of the warehouse section (already in metres and counts), with a SKU master's locations. */
export function resolveWarehouse(warehouse: WarehouseConfig, catalog?: Scenario['catalog']): WarehouseSlice {
  const master = isSkuMasterColumns(catalog?.file) ? catalog.file : undefined;
  const locations =
    master !== undefined && hasLocations(master) ? { aisle: master.aisle, y: skuPositions(master, warehouse.layout.slotPitch) } : undefined;
  return { layout: warehouse.layout, zones: warehouse.zones, slotting: warehouse.slotting, locations };
}
