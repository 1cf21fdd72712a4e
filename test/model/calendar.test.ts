import { describe, expect, it } from 'vitest';
import { nextClockTime, shiftsToSchedule, weekdayOf } from '../../engine/model/calendar.js';
import { capacityAt } from '../../engine/kernel/CapacitySchedule.js';
import { DAY, HOUR, WEEK } from '../../engine/kernel/time.js';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('shiftsToSchedule', () => {
  it('adds overlapping shifts and follows their weekdays', () => {
    const schedule = shiftsToSchedule([
      { start: '06:00', end: '14:00', days: ALL, count: 4 },
      { start: '12:00', end: '20:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'], count: 2 },
    ]);
    expect(schedule.period).toBe(WEEK);
    expect(capacityAt(schedule, 5 * HOUR)).toBe(0);
    expect(capacityAt(schedule, 7 * HOUR)).toBe(4);
    expect(capacityAt(schedule, 13 * HOUR)).toBe(6);
    expect(capacityAt(schedule, 15 * HOUR)).toBe(2);
    expect(capacityAt(schedule, 5 * DAY + 13 * HOUR)).toBe(4); // Saturday: no second shift
  });

  it('runs a shift past midnight and wraps Sunday night into Monday', () => {
    const schedule = shiftsToSchedule([{ start: '22:00', end: '06:00', days: ['sun'], count: 3 }]);
    expect(capacityAt(schedule, 6 * DAY + 23 * HOUR)).toBe(3);
    expect(capacityAt(schedule, 2 * HOUR)).toBe(3); // Monday 02:00
    expect(capacityAt(schedule, 7 * HOUR)).toBe(0);
  });

  it('keeps a round-the-clock shift constant', () => {
    const schedule = shiftsToSchedule([{ start: '00:00', end: '24:00', days: ALL, count: 5 }]);
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
