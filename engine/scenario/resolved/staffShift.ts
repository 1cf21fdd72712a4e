import { clockSeconds } from '../duration.js';
import { weekdayMask } from './weekdayMask.js';

/** A staffing shift in engine units: when it starts and ends, on which weekdays, with how many people. */
export interface StaffShift {
  /** Start, engine time after midnight. */
  readonly start: number;
  /** End, engine time after midnight; at or before the start, the shift runs past midnight. */
  readonly end: number;
  /** Whether the shift starts on each weekday, Monday first. */
  readonly days: readonly boolean[];
  /** People on the shift. */
  readonly count: number;
}

/** A shift as the scenario writes it: clock times and day names. */
interface ScenarioShift {
  readonly start: string;
  readonly end: string;
  readonly days: readonly string[];
}

/** Shifts in engine units, each staffed by `count(shift)` people (its own head count or the pool's default). */
export function resolveShifts<S extends ScenarioShift>(shifts: readonly S[], count: (shift: S) => number): StaffShift[] {
  return shifts.map((shift) => ({
    start: clockSeconds(shift.start),
    end: clockSeconds(shift.end),
    days: weekdayMask(shift.days),
    count: count(shift),
  }));
}
