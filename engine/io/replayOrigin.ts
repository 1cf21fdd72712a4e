import type { HistoryColumns } from '../scenario/historyColumns.js';
import { ZoneClock } from './zoneClock.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The Monday 00:00 on or before `time` (wall-clock ms): replays start there, so weekdays line up. */
export function mondayBefore(time: number): number {
  // Whole days by arithmetic: Date.UTC would read the years 0 to 99 as 1900 to 1999.
  const midnight = Math.floor(time / DAY_MS) * DAY_MS;
  return midnight - ((new Date(midnight).getUTCDay() + 6) % 7) * DAY_MS;
}

const offsetText = (offset: number): string => {
  const minutes = Math.round(Math.abs(offset) / 60_000);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/**
 * Replay time 0 as an ISO date-time (HistoryColumns.start): in UTC as Date#toISOString writes
 * it ("2024-03-04T00:00:00.000Z"), in another zone the local time with the zone's offset then
 * ("2024-03-25T00:00:00.000+01:00").
 */
export function originLabel(wallClock: number, timeZone: string): string {
  const iso = new Date(wallClock).toISOString();
  if (timeZone === 'UTC') return iso;
  return `${iso.slice(0, -1)}${offsetText(wallClock - new ZoneClock(timeZone).instantOf(wallClock))}`;
}

/** A file's time 0 as wall-clock ms, read back from its `start` label (the local date and time before the offset). */
export function historyOrigin(history: HistoryColumns): number {
  return Date.parse(`${history.start.slice(0, 23)}Z`);
}

/**
 * The columns with time 0 moved back to `origin` (wall-clock ms, on or before the history's
 * own): `hours` and every other per-order column of hours (a Float64Array whose name ends in
 * "Hours") grow by the difference; `start` becomes `label`.
 */
export function withOrigin(history: HistoryColumns, origin: number, label: string): HistoryColumns {
  const shift = (historyOrigin(history) - origin) / HOUR_MS;
  if (shift === 0) return { ...history, start: label };
  const moved: Record<string, unknown> = { ...history, start: label };
  for (const [name, column] of Object.entries(history)) {
    if (name === 'hours' || (name.endsWith('Hours') && column instanceof Float64Array))
      moved[name] = (column as Float64Array).map((hour) => hour + shift);
  }
  return moved as unknown as HistoryColumns;
}
