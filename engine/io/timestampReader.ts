import { compileTimestampPattern, matchTimestampPattern, type TimestampParts } from '../scenario/timestampPattern.js';
import { isoHasOffset, parseTimestamp, timestampProblem } from './parseTimestamp.js';
import { ZoneClock } from './zoneClock.js';

/** How a scenario's history files write their timestamps (`replay.timeZone`, `replay.timestampFormat`). */
export interface TimestampSettings {
  /** IANA time zone of timestamps without an offset; default "UTC". */
  readonly timeZone?: string | undefined;
  /** "iso" (default) or a pattern such as "dd/MM/yyyy HH:mm". */
  readonly timestampFormat?: string | undefined;
}

/**
 * Reads the timestamps of a history file as wall-clock times of the scenario's time zone
 * (milliseconds read as if the local date and time were UTC, which is what the simulation clock
 * counts), NaN when the text is not a timestamp; `problem` says why. Every column of a history
 * that holds timestamps reads them with one reader, so they share the zone, format and origin.
 */
export interface TimestampReader {
  readonly timeZone: string;
  read(text: string): number;
  problem(text: string): string;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** What is wrong with the parts of a patterned timestamp, or undefined when they name a real date and time. */
function impossible({ year, month, day, hour, minute, second }: TimestampParts): string | undefined {
  if (year < 1) return `year ${pad(year, 4)} does not exist (years from 0001)`;
  if (month < 1 || month > 12) return `month ${pad(month)} does not exist`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day < 1 || day > (month === 2 && leap ? 29 : (DAYS[month - 1] as number))) return `${year}-${pad(month)} has no day ${pad(day)}`;
  if (hour > 23 || minute > 59 || second > 59) return `${pad(hour)}:${pad(minute)}:${pad(second)} is not a time of day (00:00 to 23:59:59)`;
  return undefined;
}

/** 2024-03-04 09:30:15 written with `pattern`, to show what a row should look like. */
function example(pattern: string): string {
  const values: ReadonlyArray<readonly [RegExp, string]> = [
    [/yyyy/g, '2024'],
    [/yy/g, '24'],
    [/dd/g, '04'],
    [/d/g, '4'],
    [/MM/g, '03'],
    [/M/g, '3'],
    [/HH/g, '09'],
    [/H/g, '9'],
    [/mm/g, '30'],
    [/ss/g, '15'],
  ];
  // Tokens become placeholders first, so that a digit written for one token is not read as another.
  let text = pattern;
  values.forEach(([token], index) => (text = text.replace(token, `\u0000${index}\u0000`)));
  values.forEach(([, value], index) => (text = text.replaceAll(`\u0000${index}\u0000`, value)));
  return text;
}

/** A reader for `settings` (validated by the scenario schema: a known zone, a valid pattern). */
export function timestampReader(settings: TimestampSettings = {}): TimestampReader {
  const timeZone = settings.timeZone ?? 'UTC';
  const format = settings.timestampFormat ?? 'iso';
  // UTC needs no zone arithmetic: every timestamp reads exactly as parseTimestamp reads it.
  const zone = timeZone === 'UTC' ? undefined : new ZoneClock(timeZone);
  if (format === 'iso') {
    return {
      timeZone,
      read: (text) => {
        const time = parseTimestamp(text);
        if (zone === undefined || Number.isNaN(time)) return time;
        return isoHasOffset(text) ? zone.wallClockOf(time) : zone.normalizedWallClock(time);
      },
      problem: (text) => timestampProblem(text, timeZone),
    };
  }
  const pattern = compileTimestampPattern(format);
  if (typeof pattern === 'string') throw new RangeError(`timestampReader: timestampFormat "${format}": ${pattern}`);
  const expected = `expected a timestamp in the timestampFormat "${format}" such as ${example(format)}`;
  return {
    timeZone,
    read: (text) => {
      const parts = matchTimestampPattern(pattern, text);
      if (parts === undefined || impossible(parts) !== undefined) return NaN;
      const date = new Date(Date.UTC(2000, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second));
      date.setUTCFullYear(parts.year);
      return zone === undefined ? date.getTime() : zone.normalizedWallClock(date.getTime());
    },
    problem: (text) => {
      const parts = matchTimestampPattern(pattern, text);
      const wrong = parts === undefined ? undefined : impossible(parts);
      return wrong === undefined ? `${expected}, got "${text}"` : `${wrong}: got "${text}"`;
    },
  };
}
