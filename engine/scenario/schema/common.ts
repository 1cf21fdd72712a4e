import { z } from 'zod';
import { CLOCK_PATTERN, DURATION_PATTERN, parseDuration } from '../duration.js';
import { DAY } from '../../kernel/time.js';
import { WEEKDAYS } from '../weekdays.js';

/** A duration string such as "45s", "12m", "4h", "2d" or "1w". */
export const duration = z
  .string()
  .regex(DURATION_PATTERN, { message: 'expected a duration such as "45s", "12m", "4h", "2d" or "1w"' })
  // Digits past a double's range ("1" and 400 zeros) read as Infinity, which no stage can schedule.
  .refine((text) => Number.isFinite(parseDuration(text) ?? 0), { message: 'expected a duration a number can hold' });

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

/**
 * The largest amount, weight or relative weight a scenario may give: far beyond a real one,
 * and small enough that sums and products over a run's orders stay finite (10^308 per kg made
 * parcel charges Infinity, and profiles of 10^308 an hour summed to Infinity).
 */
export const MAX_AMOUNT = 1e12;

/** A non-negative amount of money in the scenario's currency unit. */
export const money = z.number().min(0).max(MAX_AMOUNT);

/** A relative weight (a mix's): on a scale of the user's choosing, up to MAX_AMOUNT. */
export const relativeWeight = z.number().min(0).max(MAX_AMOUNT);

/** Relative weights (profiles, empirical weights, one per SKU): one message for all that are too large, not one each. */
export const relativeWeights = z.array(z.number().min(0)).superRefine((values, ctx) => {
  const first = values.findIndex((value) => value > MAX_AMOUNT);
  if (first < 0) return;
  const more = values.filter((value) => value > MAX_AMOUNT).length - 1;
  ctx.addIssue({
    code: 'custom',
    path: [first],
    message: `expected weights of at most 10^12 (the scale is yours)${more > 0 ? `; ${more} more after this one` : ''}`,
  });
});

export { WEEKDAYS } from '../weekdays.js';

/** A day of the week. */
export const weekday = z.enum(WEEKDAYS);

/** A set of weekdays, by default every day. */
export const weekdays = z
  .array(weekday)
  .min(1)
  .default([...WEEKDAYS]);

/** Weights of named alternatives (e.g. a service mix); at least one must be positive. */
export const weights = z.record(z.string(), relativeWeight).refine((value) => Object.values(value).some((weight) => weight > 0), {
  message: 'expected at least one positive weight',
});

/** A staffing shift: start and end clock times on the given days (end before start runs overnight). */
export const shift = z.strictObject({
  start: clockTime.describe('shift start, HH:MM'),
  end: clockTime.describe('shift end, HH:MM ("24:00" for midnight; earlier than start runs past midnight)'),
  days: weekdays.describe('days the shift starts on'),
});
