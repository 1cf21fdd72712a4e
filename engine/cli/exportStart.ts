import { UsageError } from './CliIo.js';

/** The default time 0 of an exported history: a Monday, so weeks line up with the replay's. */
export const DEFAULT_EXPORT_START = '2024-03-04';

const FIRST_YEAR = 1900;
const LAST_YEAR = 9900;

/** `--start YYYY-MM-DD` as ms since 1970 (its 00:00 UTC); a usage error unless it is a real date and a Monday. */
export function exportStartFlag(value: string | undefined): number {
  const text = value ?? DEFAULT_EXPORT_START;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const time = match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = new Date(time);
  // The years are bounded: Date.UTC reads 0 to 99 as 1900 to 1999, and timestamps past 9999
  // (a start near it plus a horizon of up to ten years) would be written in a form no reader takes.
  const year = match === null ? NaN : Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR)
    throw new UsageError(`--start: expected a year from ${FIRST_YEAR} to ${LAST_YEAR}, got "${text}"`);
  if (match === null || Number.isNaN(time) || day.toISOString().slice(0, 10) !== text)
    throw new UsageError(`--start: expected a date such as ${DEFAULT_EXPORT_START} (YYYY-MM-DD), got "${text}"`);
  if (day.getUTCDay() !== 1)
    throw new UsageError(
      `--start: expected a Monday (replays count weeks from the Monday on or before the first order), got ${text}, a ${day.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })}`,
    );
  return time;
}
