/** Engine time units: the engine counts time in seconds. */
export const SECOND = 1;
export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;
