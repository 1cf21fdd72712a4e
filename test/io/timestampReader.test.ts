import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timestampReader } from '../../engine/io/timestampReader.js';
import { parseTimestamp } from '../../engine/io/parseTimestamp.js';

/** The local date and time of `instant` in `timeZone` as Intl writes it in Swedish ("2024-03-31 02:30:00"), read as UTC fields. */
function localFields(instant: number, timeZone: string): number {
  return Date.parse(`${new Date(instant).toLocaleString('sv-SE', { timeZone }).replace(' ', 'T')}Z`);
}

describe('timestampReader', () => {
  it('in UTC with the ISO format reads exactly as parseTimestamp', () => {
    const reader = timestampReader();
    for (const text of ['2024-03-04T09:30:00', '2024-03-04 09:30', '2024-03-04T09:30:00+01:00', '2024-02-30T10:00', '13/05/2011 10:00'])
      expect(reader.read(text)).toEqual(parseTimestamp(text));
    expect(reader.problem('13/05/2011 10:00')).toMatch(/set the scenario's replay\.timestampFormat, e\.g\. "dd\/MM\/yyyy HH:mm"/);
  });

  it('reads timestamps without an offset as local times in the zone, and converts those with one to the local time then', () => {
    const reader = timestampReader({ timeZone: 'Europe/London' });
    expect(reader.read('2024-07-01T09:00')).toBe(Date.UTC(2024, 6, 1, 9));
    expect(reader.read('2024-07-01T08:00:00Z')).toBe(Date.UTC(2024, 6, 1, 9));
    expect(reader.read('2024-07-01T10:00:00+02:00')).toBe(Date.UTC(2024, 6, 1, 9));
    expect(reader.read('2024-01-15T08:00:00Z')).toBe(Date.UTC(2024, 0, 15, 8));
    // The spring gap: 01:30 is read as 02:30 (that far after the skipped hour).
    expect(reader.read('2024-03-31 01:30')).toBe(Date.UTC(2024, 2, 31, 2, 30));
    expect(reader.problem('2024-03-04')).toMatch(/local time in Europe\/London otherwise/);
  });

  it('gives every instant, written in UTC, the wall clock Intl shows in the zone', () => {
    for (const timeZone of ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'America/St_Johns']) {
      const reader = timestampReader({ timeZone });
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2037, 0, 1) / 60_000 }), (minute) => {
          const instant = minute * 60_000;
          expect(reader.read(new Date(instant).toISOString())).toBe(localFields(instant, timeZone));
          // The local time written without an offset reads back to the same wall clock.
          expect(reader.read(new Date(localFields(instant, timeZone)).toISOString().slice(0, 16))).toBe(localFields(instant, timeZone));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('reads a day-first pattern in a zone and names the expected format when a row does not match', () => {
    const reader = timestampReader({ timeZone: 'Europe/London', timestampFormat: 'dd/MM/yyyy HH:mm' });
    expect(reader.read('13/05/2011 10:00')).toBe(Date.UTC(2011, 4, 13, 10));
    expect(reader.read('31/03/2024 01:15')).toBe(Date.UTC(2024, 2, 31, 2, 15));
    expect(reader.read('2011-05-13T10:00')).toBeNaN();
    expect(reader.problem('2011-05-13T10:00')).toBe(
      'expected a timestamp in the timestampFormat "dd/MM/yyyy HH:mm" such as 04/03/2024 09:30, got "2011-05-13T10:00"',
    );
    expect(reader.read('31/02/2024 10:00')).toBeNaN();
    expect(reader.problem('31/02/2024 10:00')).toBe('2024-02 has no day 31: got "31/02/2024 10:00"');
    expect(reader.problem('01/13/2024 10:00')).toBe('month 13 does not exist: got "01/13/2024 10:00"');
    expect(reader.problem('01/12/2024 24:00')).toBe('24:00:00 is not a time of day (00:00 to 23:59:59): got "01/12/2024 24:00"');
    expect(timestampReader({ timestampFormat: 'd/M/yy H:mm:ss' }).read('4/3/24 9:30:15')).toBe(Date.UTC(2024, 2, 4, 9, 30, 15));
  });
});
