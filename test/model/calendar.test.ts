import { describe, expect, it } from 'vitest';
import { nextClockTime, shiftsToSchedule, weekdayOf } from '../../engine/model/calendar.js';
import { capacityAt } from '../../engine/kernel/CapacitySchedule.js';
import { resolveShifts, type StaffShift } from '../../engine/scenario/resolved/staffShift.js';
import { DAY, HOUR, WEEK } from '../../engine/kernel/time.js';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A shift as the scenario writes it, resolved to engine units. */
function shift(start: string, end: string, days: string[], count: number): StaffShift {
  return resolveShifts([{ start, end, days }], () => count)[0] as StaffShift;
}

describe('shiftsToSchedule', () => {
  it('adds overlapping shifts and follows their weekdays', () => {
    const schedule = shiftsToSchedule([shift('06:00', '14:00', ALL, 4), shift('12:00', '20:00', ['mon', 'tue', 'wed', 'thu', 'fri'], 2)]);
    expect(schedule.period).toBe(WEEK);
    expect(capacityAt(schedule, 5 * HOUR)).toBe(0);
    expect(capacityAt(schedule, 7 * HOUR)).toBe(4);
    expect(capacityAt(schedule, 13 * HOUR)).toBe(6);
    expect(capacityAt(schedule, 15 * HOUR)).toBe(2);
    expect(capacityAt(schedule, 5 * DAY + 13 * HOUR)).toBe(4); // Saturday: no second shift
  });

  it('runs a shift past midnight and wraps Sunday night into Monday', () => {
    const schedule = shiftsToSchedule([shift('22:00', '06:00', ['sun'], 3)]);
    expect(capacityAt(schedule, 6 * DAY + 23 * HOUR)).toBe(3);
    expect(capacityAt(schedule, 2 * HOUR)).toBe(3); // Monday 02:00
    expect(capacityAt(schedule, 7 * HOUR)).toBe(0);
  });

  it('keeps a round-the-clock shift constant', () => {
    const schedule = shiftsToSchedule([shift('00:00', '24:00', ALL, 5)]);
    expect(schedule.steps).toEqual([{ offset: 0, capacity: 5 }]);
  });
});

describe('nextClockTime', () => {
  it('finds the next allowed weekday at the clock time', () => {
    const weekdays = [true, true, true, true, true, false, false];
    expect(nextClockTime(10 * HOUR, 15 * HOUR, weekdays)).toBe(15 * HOUR);
    expect(nextClockTime(16 * HOUR, 15 * HOUR, weekdays)).toBe(DAY + 15 * HOUR);
    expect(nextClockTime(4 * DAY + 16 * HOUR, 15 * HOUR, weekdays)).toBe(7 * DAY + 15 * HOUR);
    expect(weekdayOf(7 * DAY + 1)).toBe(0);
  });
});
