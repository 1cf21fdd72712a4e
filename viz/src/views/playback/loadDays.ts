import type { DayLog } from '../../../../engine/index.js';

/** A recorded day the server holds. */
export interface RecordedDay {
  readonly scenario: string;
  readonly day: number;
}

/** The days recorded in the results folder (`run --record-day`, `npm start`), the baseline's first. */
export async function loadRecordedDays(): Promise<RecordedDay[]> {
  const response = await fetch('api/days');
  if (!response.ok) throw new Error(`could not list the recorded days: HTTP ${response.status}`);
  return ((await response.json()) as { days: RecordedDay[] }).days;
}

/**
 * Logs already read, by scenario and day: a recorded day never changes, so coming back to the
 * page (or choosing the day again) draws at once instead of reading and parsing it again.
 */
const loaded = new Map<string, Promise<DayLog>>();

/** One recorded day's log; the server's own words when it refuses (a refusal is not kept). */
export function loadDayLog(day: RecordedDay): Promise<DayLog> {
  const key = `${day.day} ${day.scenario}`;
  const known = loaded.get(key);
  if (known !== undefined) return known;
  const reading = fetchDayLog(day);
  loaded.set(key, reading);
  reading.catch(() => loaded.delete(key));
  return reading;
}

async function fetchDayLog(day: RecordedDay): Promise<DayLog> {
  const query = new URLSearchParams({ scenario: day.scenario, day: String(day.day) });
  const response = await fetch(`api/day?${query.toString()}`);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `HTTP ${response.status}`);
  }
  return (await response.json()) as DayLog;
}
