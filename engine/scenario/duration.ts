import { DAY, HOUR, MINUTE, SECOND, WEEK } from '../kernel/time.js';

/** Engine time units (seconds) per unit letter of a duration string. */
export const SECONDS_PER_UNIT = { s: SECOND, m: MINUTE, h: HOUR, d: DAY, w: WEEK } as const;

/** A duration: a non-negative decimal number immediately followed by s, m, h, d or w. */
export const DURATION_PATTERN = /^(\d+(?:\.\d+)?)(s|m|h|d|w)$/;

/** A clock time of day, "HH:MM" from "00:00" to "24:00". */
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Converts a duration string such as "45s" or "1.5h" to seconds, or undefined if malformed. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text);
  if (match === null) return undefined;
  const unit = match[2] as keyof typeof SECONDS_PER_UNIT;
  return Number(match[1]) * SECONDS_PER_UNIT[unit];
}

/** Converts a duration string known to be valid (validated by the schema) to seconds. */
export function seconds(text: string): number {
  const value = parseDuration(text);
  if (value === undefined) throw new TypeError(`seconds: not a duration: ${JSON.stringify(text)}`);
  return value;
}

/** Converts "HH:MM" (validated by the schema) to seconds after midnight. */
export function clockSeconds(text: string): number {
  const match = /^(\d\d):(\d\d)$/.exec(text);
  if (match === null || !CLOCK_PATTERN.test(text)) {
    throw new TypeError(`clockSeconds: not a clock time: ${JSON.stringify(text)}`);
  }
  return Number(match[1]) * HOUR + Number(match[2]) * MINUTE;
}
