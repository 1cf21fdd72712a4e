// Date, `T` or one space, hh:mm, optional :ss and fraction, optional Z or ±hh:mm / ±hhmm offset.
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] as number);
}

/** What is wrong with a date-time's parts, or undefined when it names a real instant. */
function impossible(match: RegExpExecArray): string | undefined {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Year 0000 would put the replay's Monday origin before year 1, which dates cannot write.
  if (year < 1) return `year ${match[1]} does not exist (years from 0001)`;
  if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
  if (day < 1 || day > daysIn(year, month)) return `${match[1]}-${match[2]} has no day ${match[3]}`;
  if (hour > 23 || minute > 59 || second > 59)
    return `${match[4]}:${match[5]}${match[6] === undefined ? '' : `:${match[6]}`} is not a time of day (00:00 to 23:59:59)`;
  const offset = match[8];
  if (offset !== undefined && offset.length > 1 && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(-2)) > 59))
    return `offset ${offset} does not exist`;
  return undefined;
}

/**
 * Milliseconds since 1970 (UTC) of an ISO 8601 date and time such as `2024-03-04T09:30:00`:
 * hh:mm with optional :ss and fraction, `T` or one space between date and time, read as UTC
 * unless it ends in `Z` or an offset (`+01:00`, `-0500`). Impossible dates and times, a date
 * alone and any other layout give NaN (timestampProblem says why). Date.parse is not used: it
 * rolls 2024-02-30 into March and reads some day-first dates month-first.
 */
export function parseTimestamp(text: string): number {
  const match = ISO.exec(text);
  if (match === null || impossible(match) !== undefined) return NaN;
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const date = new Date(Date.UTC(2000, Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0)));
  date.setUTCFullYear(Number(year));
  let time = date.getTime() + (fraction === undefined ? 0 : Number(fraction) * 1000);
  if (offset !== undefined && offset.toUpperCase() !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    time -= sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2))) * 60_000;
  }
  return time;
}

/**
 * True when a timestamp that parseTimestamp read (not NaN) ends in `Z` or an offset: it names
 * an instant, whatever the time zone. Looks at the last characters only (no second regex run:
 * this is on the path of every row); a valid timestamp without an offset ends in hh:mm, :ss or
 * a fraction, never with a sign five or six characters from its end.
 */
export function isoHasOffset(text: string): boolean {
  const last = text[text.length - 1];
  if (last === 'Z' || last === 'z') return true;
  const sign = (at: number): boolean => text[text.length - at] === '+' || text[text.length - at] === '-';
  return sign(5) || sign(6);
}

/** Why `text` is not a timestamp parseTimestamp reads, with what is expected; `timeZone` is where timestamps without an offset are local. */
export function timestampProblem(text: string, timeZone = 'UTC'): string {
  const local = timeZone === 'UTC' ? 'UTC' : `local time in ${timeZone}`;
  const expected = `expected an ISO 8601 date and time such as 2024-03-04T09:30:00 (seconds and their fraction optional; Z or an offset such as +01:00 optional, ${local} otherwise; a space may replace the T)`;
  const match = ISO.exec(text);
  if (match !== null) return `${impossible(match) ?? 'not a real date and time'}: got "${text}"`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `a date alone has no time of day: ${expected}, got "${text}"`;
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(text)) {
    return `day-first or month-first dates are not guessed (set the scenario's replay.timestampFormat, e.g. "dd/MM/yyyy HH:mm", to read them): ${expected}, got "${text}"`;
  }
  return `${expected}, got "${text}"`;
}
