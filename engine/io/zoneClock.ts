const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Offsets are cached per quarter hour of UTC time: every time-zone transition since 1970 falls on one. */
const BUCKET_MS = 15 * MINUTE_MS;
/** Bound on the offset cache (quarter hours: about 28 years of distinct ones); cleared when full. */
const MAX_CACHED = 1_000_000;

/**
 * Wall-clock time in an IANA time zone, from Intl (daylight-saving rules as the runtime's time
 * zone data has them). A wall-clock time is held as milliseconds read as if the local date and
 * time were UTC: `Date.UTC(year, month - 1, day, hour, minute, second)` of the local fields, so
 * that the simulation clock, which knows no zones, runs on local hours.
 */
export class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The zone's offset from UTC (ms, local minus UTC) at the instant `instant` (ms since 1970 UTC). */
  offsetAt(instant: number): number {
    const bucket = Math.floor(instant / BUCKET_MS);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * BUCKET_MS;
      offset = this.localFields(start) - start;
      if (this.offsets.size >= MAX_CACHED) this.offsets.clear();
      this.offsets.set(bucket, offset);
    }
    return offset;
  }

  /** The wall-clock time (as-if-UTC ms) at the instant `instant`. */
  wallClockOf(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  /**
   * The instant at which the zone's clocks show `wallClock` (as-if-UTC ms). A local time that
   * happens twice (the hour repeated when clocks go back) is its earlier instant; one that
   * never happens (the hour skipped when clocks go forward) is read with the offset before the
   * change, so it lands that far after the gap (01:30 on a night that jumps from 01:00 to 02:00
   * is 02:30): the rule of JavaScript Temporal's "compatible" disambiguation.
   */
  instantOf(wallClock: number): number {
    // Offsets a day either side: a zone changes its offset at most once in two days.
    const before = this.offsetAt(wallClock - DAY_MS);
    const after = this.offsetAt(wallClock + DAY_MS);
    const early = wallClock - before;
    if (before === after) return early;
    const late = wallClock - after;
    const earlyValid = this.offsetAt(early) === before;
    const lateValid = this.offsetAt(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late);
    if (earlyValid) return early;
    if (lateValid) return late;
    return early;
  }

  /** The wall-clock time the zone shows for a local date-time as written (`wallClock`): itself, or moved past a skipped hour. */
  normalizedWallClock(wallClock: number): number {
    // Far from a change (nearly always) a local time is itself: two cached look-ups, no conversion.
    if (this.offsetAt(wallClock - DAY_MS) === this.offsetAt(wallClock + DAY_MS)) return wallClock;
    return this.wallClockOf(this.instantOf(wallClock));
  }

  /** The local date and time at `instant`, as-if-UTC ms of its fields (whole seconds). */
  private localFields(instant: number): number {
    let era = '';
    const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    for (const part of this.format.formatToParts(instant)) {
      if (part.type === 'era') era = part.value;
      else if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
    }
    const year = era.startsWith('B') ? 1 - fields.year : fields.year;
    const date = new Date(Date.UTC(2000, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second));
    date.setUTCFullYear(year);
    return date.getTime();
  }
}
