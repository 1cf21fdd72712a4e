import { z } from 'zod';
import { CLOCK_PATTERN, DURATION_PATTERN, parseDuration } from '../duration.js';
import { DAY } from '../../kernel/time.js';
import { WEEKDAYS } from '../weekdays.js';

/** A duration string such as "45s", "12m", "4h", "2d" or "1w". */
export const duration = z.string().regex(DURATION_PATTERN, { message: 'expected a duration such as "45s", "12m", "4h", "2d" or "1w"' });

/** Longest horizon a scenario may simulate: ten years, beyond any fulfillment plan, and small enough for daily series. */
export const MAX_HORIZON_DAYS = 3660;

/** A duration of at most MAX_HORIZON_DAYS days (horizon and warm-up). */
export const runLength = duration.refine((text) => (parseDuration(text) ?? 0) <= MAX_HORIZON_DAYS * DAY, {
  message: `expected at most ${MAX_HORIZON_DAYS}d (ten years)`,
});

/** A clock time of day, "HH:MM". */
export const clockTime = z.string().regex(CLOCK_PATTERN, { message: 'expected a clock time "HH:MM" (00:00 to 24:00)' });

/** A probability or share in [0, 1]. */
export const fraction = z.number().min(0).max(1);

/** A non-negative amount of money in the scenario's currency unit. */
export const money = z.number().min(0);

export { WEEKDAYS } from '../weekdays.js';

/** A day of the week. */
export const weekday = z.enum(WEEKDAYS);

/** A set of weekdays, by default every day. */
export const weekdays = z
  .array(weekday)
  .min(1)
  .default([...WEEKDAYS]);

/** Weights of named alternatives (e.g. a service mix); at least one must be positive. */
export const weights = z.record(z.string(), z.number().min(0)).refine((value) => Object.values(value).some((weight) => weight > 0), {
  message: 'expected at least one positive weight',
});

/** A staffing shift: start and end clock times on the given days (end before start runs overnight). */
export const shift = z.strictObject({
  start: clockTime.describe('shift start, HH:MM'),
  end: clockTime.describe('shift end, HH:MM ("24:00" for midnight; earlier than start runs past midnight)'),
  days: weekdays.describe('days the shift starts on'),
});
