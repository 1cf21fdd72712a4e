/**
 * Days of the week, Monday first (the simulation starts on a Monday at 00:00). Kept apart from
 * the zod schema so the model (and every worker thread) can use them without loading zod.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
