import type { Distribution } from '../../kernel/random/distributions/index.js';
import { seconds } from '../duration.js';
import type { Scenario } from '../schema/scenario.js';
import { resolveShifts, type StaffShift } from './staffShift.js';
import { toDurationDistribution } from './toDistribution.js';

/** Picker shifts, pick-tour times (engine time), error rates and batching settings. */
export interface PickingSlice {
  readonly shifts: readonly StaffShift[];
  /** Set-up per tour. */
  readonly setup: number;
  /** Time per line, scanning included when scans are on. */
  readonly perLine: number;
  readonly perExtraUnit: number;
  /** Time to fix a caught pick error. */
  readonly correction: number;
  /** Metres per engine time unit. */
  readonly walkingSpeed: number;
  readonly errorRate: number;
  readonly scanVerification: boolean;
  readonly scanCatchRate: number;
  /** The whole pick time per order, replacing the detailed model, when the scenario sets one. */
  readonly pickTime: Distribution | undefined;
  readonly batching: {
    readonly cartCapacity: number;
    /** Wave length of time-window batching. */
    readonly window: number;
    readonly candidates: number;
  };
}

/** The picking part of the warehouse section in engine units (shifts staffed by their own pickers or `warehouse.pickers`). */
export function resolvePicking(warehouse: Scenario['warehouse']): PickingSlice {
  const { batching } = warehouse;
  return {
    shifts: resolveShifts(warehouse.shifts, (shift) => shift.pickers ?? warehouse.pickers),
    setup: seconds(warehouse.setupPerTour),
    perLine: seconds(warehouse.timePerLine) + (warehouse.scanVerification ? seconds(warehouse.scanTimePerLine) : 0),
    perExtraUnit: seconds(warehouse.timePerExtraUnit),
    correction: seconds(warehouse.correctionTime),
    walkingSpeed: warehouse.walkingSpeed,
    errorRate: warehouse.pickErrorRate,
    scanVerification: warehouse.scanVerification,
    scanCatchRate: warehouse.scanCatchRate,
    pickTime: warehouse.pickTime === undefined ? undefined : toDurationDistribution(warehouse.pickTime),
    batching: { cartCapacity: batching.cartCapacity, window: seconds(batching.window), candidates: batching.candidates },
  };
}
