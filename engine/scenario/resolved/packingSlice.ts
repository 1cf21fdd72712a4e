import type { Distribution } from '../../kernel/random/distributions/index.js';
import { seconds } from '../duration.js';
import type { Scenario } from '../schema/scenario.js';
import { resolveShifts, type StaffShift } from './staffShift.js';
import { toDurationDistribution } from './toDistribution.js';

/** Packer shifts and pack times in engine units. */
export interface PackingSlice {
  readonly shifts: readonly StaffShift[];
  /** The whole pack time per order, replacing the detailed model, when the scenario sets one. */
  readonly packTime: Distribution | undefined;
  readonly perOrder: number;
  readonly perExtraUnit: number;
  /** Extra time for an order with a fragile item. */
  readonly fragileExtra: number;
  /** Label time of the scenario's labelling mode. */
  readonly labelTime: number;
  /** Cartonization's pack times (engine time); undefined: the per-unit model. */
  readonly cartons: { readonly perCarton: number; readonly perLine: number } | undefined;
  /** Time to build one freight pallet (engine time); 0 without freight. */
  readonly perPallet: number;
}

/** Packing in engine units (shifts staffed by their own packers or `warehouse.packers`; the label time of `shipping.labelling`). */
export function resolvePacking(warehouse: Scenario['warehouse'], shipping: Scenario['shipping']): PackingSlice {
  return {
    shifts: resolveShifts(warehouse.shifts, (shift) => shift.packers ?? warehouse.packers),
    packTime: warehouse.packTime === undefined ? undefined : toDurationDistribution(warehouse.packTime),
    perOrder: seconds(warehouse.packTimePerOrder),
    perExtraUnit: seconds(warehouse.packTimePerExtraUnit),
    fragileExtra: seconds(warehouse.fragilePackTime),
    labelTime: seconds(shipping.labelTime[shipping.labelling]),
    cartons:
      warehouse.cartonization === undefined
        ? undefined
        : { perCarton: seconds(warehouse.cartonization.timePerCarton), perLine: seconds(warehouse.cartonization.timePerLine) },
    perPallet: shipping.freight === undefined ? 0 : seconds(shipping.freight.palletBuildTime),
  };
}
