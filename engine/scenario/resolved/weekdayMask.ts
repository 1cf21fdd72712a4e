import { WEEKDAYS } from '../weekdays.js';

/** A flag per weekday (Monday first) from a list of day names. */
export function weekdayMask(days: readonly string[]): boolean[] {
  return WEEKDAYS.map((day) => days.includes(day));
}
