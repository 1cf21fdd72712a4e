/** One second in engine time units: the engine's clock counts seconds. */
export const SECOND = 1;
/** One minute in engine time units. */
export const MINUTE = 60;
/** One hour in engine time units. */
export const HOUR = 3600;
/** One day in engine time units. */
export const DAY = 86_400;
