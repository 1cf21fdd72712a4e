// The engine's clock counts seconds: every time and duration inside the engine is a number of
// seconds. Strings such as "45s" or "14:00" are converted where a scenario is read
// (engine/scenario/duration.ts); a variable in another unit says so in its name (`horizonDays`).

/** One second, the engine's time unit. */
export const SECOND = 1;
/** One minute in engine time units. */
export const MINUTE = 60 * SECOND;
/** One hour in engine time units. */
export const HOUR = 60 * MINUTE;
/** One day in engine time units. */
export const DAY = 24 * HOUR;
/** One week in engine time units. */
export const WEEK = 7 * DAY;
/** A year of 365 days in engine time units: the period of annual rates such as the holding-cost rate. */
export const YEAR = 365 * DAY;
