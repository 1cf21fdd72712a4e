import type { Scenario } from './schema/scenario.js';
import { hasLocations, type SkuMasterColumns } from './skuMasterColumns.js';

type Layout = Scenario['warehouse']['layout'];

/** Where each located SKU sits along its aisle (m from the front cross aisle): positionM, or the centre of its bay, (bay - 0.5) × slotPitch. */
export function skuPositions(master: SkuMasterColumns, slotPitch: number): number[] {
  return master.positionM.map((position, sku) => position ?? ((master.bay[sku] as number) - 0.5) * slotPitch);
}

/**
 * The layout the SKU master's locations imply: one aisle per aisle label, aisles as long as the
 * farthest location plus half a slot (so a bay's far end: bay × slotPitch), as many levels as
 * the highest level given. Undefined without locations.
 */
export function layoutFromLocations(
  master: SkuMasterColumns,
  slotPitch: number,
): { aisles: number; aisleLength: number; levels: number | undefined } | undefined {
  if (!hasLocations(master)) return undefined;
  const farthest = skuPositions(master, slotPitch).reduce((most, y) => Math.max(most, y), 0);
  const levels = master.level.reduce<number>((most, level) => Math.max(most, level ?? 0), 0);
  return {
    aisles: master.aisleLabels.length,
    aisleLength: farthest + slotPitch / 2,
    levels: levels > 0 ? levels : undefined,
  };
}

/** A located SKU that lies outside `layout`: its file line, the column and what is wrong. */
export interface LocationProblem {
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

/** What bounds the aisles and their length, as a message names it. */
export interface LayoutBounds {
  readonly aisles: string;
  readonly aisleLength: string;
}

const SCENARIO_BOUNDS: LayoutBounds = { aisles: 'warehouse.layout.aisles', aisleLength: 'warehouse.layout.aisleLength' };

/**
 * The first SKU of the master whose location lies outside `layout`, or undefined. `bounds` names
 * where each bound comes from: the scenario's field, or the most a layout may have when the
 * sizes were derived from the file and capped there.
 */
export function skuLocationProblem(
  master: SkuMasterColumns,
  layout: Layout,
  bounds: LayoutBounds = SCENARIO_BOUNDS,
): LocationProblem | undefined {
  if (!hasLocations(master)) return undefined;
  const positions = skuPositions(master, layout.slotPitch);
  for (let sku = 0; sku < master.codes.length; sku++) {
    const line = master.line[sku] as number;
    const aisle = master.aisle[sku] as number;
    if (aisle >= layout.aisles) {
      const label = master.aisleLabels[aisle] as string;
      return {
        line,
        column: 'aisle',
        message: `aisle "${label}" is aisle ${aisle + 1} from the left (natural order of the file's ${master.aisleLabels.length} aisle labels), beyond ${bounds.aisles} (${layout.aisles})`,
      };
    }
    const y = positions[sku] as number;
    if (y > layout.aisleLength) {
      const given = master.positionM[sku] === null ? `bay ${master.bay[sku]} (centre ${y} m)` : `${y} m`;
      return {
        line,
        column: master.positionM[sku] === null ? 'bay' : 'positionM',
        message: `${given} lies beyond ${bounds.aisleLength} (${layout.aisleLength} m)`,
      };
    }
    const level = master.level[sku] ?? null;
    if (level !== null && level > layout.levels)
      return { line, column: 'level', message: `level ${level} lies above warehouse.layout.levels (${layout.levels})` };
  }
  return undefined;
}
