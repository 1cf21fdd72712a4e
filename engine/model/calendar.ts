import type { CapacitySchedule } from '../kernel/CapacitySchedule.js';
import { DAY, WEEK } from '../kernel/time.js';
import type { StaffShift } from '../scenario/resolved/staffShift.js';

/** Day index 0-6 (Monday = 0) of an absolute time; the run starts on a Monday at 00:00. */
export function weekdayOf(time: number): number {
  return Math.floor(time / DAY) % 7;
}

/** The first time >= `after` that falls at `clock` (engine time after midnight) on an allowed day. */
export function nextClockTime(after: number, clock: number, allowed: readonly boolean[]): number {
  let day = Math.floor(after / DAY);
  if (day * DAY + clock < after) day++;
  for (let i = 0; i < 8; i++, day++) if (allowed[day % 7] === true) return day * DAY + clock;
  throw new RangeError('nextClockTime: no allowed weekday');
}

/**
 * Turns shifts into a weekly capacity schedule: each shift adds its head count from its
 * start to its end on each of its days (an end at or before the start runs past midnight).
 */
export function shiftsToSchedule(shifts: readonly StaffShift[]): CapacitySchedule {
  const intervals: Array<{ from: number; to: number; count: number }> = [];
  for (const shift of shifts) {
    const start = shift.start;
    let end = shift.end;
    if (end <= start) end += DAY;
    shift.days.forEach((on, day) => {
      if (on) intervals.push({ from: day * DAY + start, to: day * DAY + end, count: shift.count });
    });
  }
  const covers = (interval: { from: number; to: number }, phase: number): boolean =>
    (phase >= interval.from && phase < interval.to) || (phase + WEEK >= interval.from && phase + WEEK < interval.to);
  const boundaries = new Set<number>([0]);
  for (const interval of intervals) {
    boundaries.add(interval.from % WEEK);
    boundaries.add(interval.to % WEEK);
  }
  const steps = [...boundaries]
    .sort((a, b) => a - b)
    .map((offset) => ({
      offset,
      capacity: intervals.filter((interval) => covers(interval, offset)).reduce((sum, interval) => sum + interval.count, 0),
    }))
    .filter((step, index, all) => index === 0 || step.capacity !== (all[index - 1] as { capacity: number }).capacity);
  return { period: WEEK, steps };
}
