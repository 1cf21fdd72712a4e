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

/** The processing section in engine units (each clerk shift staffed by its own count or `manual.clerks`). */
export function resolveProcessing(processing: Scenario['processing']): ProcessingSlice {
  const { automated, manual, hold } = processing;
  return {
    automated: { time: toDurationDistribution(automated.time), errorRate: automated.errorRate },
    manual: {
      time: toDurationDistribution(manual.time),
      errorRate: manual.errorRate,
      shifts: resolveShifts(manual.shifts, (shift) => shift.clerks ?? manual.clerks),
    },
    hold: { share: hold.share, time: toDurationDistribution(hold.time), acceptRate: hold.acceptRate },
  };
}
