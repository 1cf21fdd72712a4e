import type { Distribution } from '../../kernel/random/distributions/index.js';
import type { Scenario } from '../schema/scenario.js';
import { resolveShifts, type StaffShift } from './staffShift.js';
import { toDurationDistribution } from './toDistribution.js';

/** Verification times, error rates, clerk shifts and holds in engine units. */
export interface ProcessingSlice {
  readonly automated: { readonly time: Distribution; readonly errorRate: number };
  readonly manual: { readonly time: Distribution; readonly errorRate: number; readonly shifts: readonly StaffShift[] };
  readonly hold: { readonly share: number; readonly time: Distribution; readonly acceptRate: number };
}

/**
 * The processing section in engine units (each clerk shift staffed by its own count or
 * `manual.clerks`). Without `synthetic` (a replay that adds nothing, `replay.synthetic: false`)
 * no order is entered wrongly and none is held: the error rates and the hold share are 0.
 */
export function resolveProcessing(processing: Scenario['processing'], synthetic = true): ProcessingSlice {
  const { automated, manual, hold } = processing;
  return {
    automated: { time: toDurationDistribution(automated.time), errorRate: synthetic ? automated.errorRate : 0 },
    manual: {
      time: toDurationDistribution(manual.time),
      errorRate: synthetic ? manual.errorRate : 0,
      shifts: resolveShifts(manual.shifts, (shift) => shift.clerks ?? manual.clerks),
    },
    hold: { share: synthetic ? hold.share : 0, time: toDurationDistribution(hold.time), acceptRate: hold.acceptRate },
  };
}
