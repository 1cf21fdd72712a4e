import { describe, expect, it } from 'vitest';
import { ZoneClock } from '../../engine/io/zoneClock.js';

const HOUR_MS = 3_600_000;
const london = new ZoneClock('Europe/London');

describe('ZoneClock', () => {
  it('knows the offsets either side of the 2024 London changes (01:00 UTC on 31 March and 27 October)', () => {
    expect(london.offsetAt(Date.UTC(2024, 2, 31, 0, 59))).toBe(0);
    expect(london.offsetAt(Date.UTC(2024, 2, 31, 1, 0))).toBe(HOUR_MS);
    expect(london.offsetAt(Date.UTC(2024, 9, 27, 0, 59))).toBe(HOUR_MS);
    expect(london.offsetAt(Date.UTC(2024, 9, 27, 1, 0))).toBe(0);
    expect(new ZoneClock('America/St_Johns').offsetAt(Date.UTC(2024, 0, 15))).toBe(-3.5 * HOUR_MS);
  });

  it('reads a local time skipped in spring as that far after the gap, and one repeated in autumn as its earlier instant', () => {
    // 01:30 on 31 March 2024 never happens in London (clocks go from 01:00 GMT to 02:00 BST).
    expect(london.instantOf(Date.UTC(2024, 2, 31, 1, 30))).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(london.normalizedWallClock(Date.UTC(2024, 2, 31, 1, 30))).toBe(Date.UTC(2024, 2, 31, 2, 30));
    // 01:30 on 27 October 2024 happens twice: 00:30 UTC (BST) and 01:30 UTC (GMT).
    expect(london.instantOf(Date.UTC(2024, 9, 27, 1, 30))).toBe(Date.UTC(2024, 9, 27, 0, 30));
    expect(london.normalizedWallClock(Date.UTC(2024, 9, 27, 1, 30))).toBe(Date.UTC(2024, 9, 27, 1, 30));
    // Ordinary local times are themselves.
    expect(london.instantOf(Date.UTC(2024, 6, 1, 9, 0))).toBe(Date.UTC(2024, 6, 1, 8, 0));
    expect(london.normalizedWallClock(Date.UTC(2024, 6, 1, 9, 0))).toBe(Date.UTC(2024, 6, 1, 9, 0));
  });

  it('gives the wall clock of an instant, every quarter hour across both changes', () => {
    for (const [from, to] of [
      [Date.UTC(2024, 2, 30, 12), Date.UTC(2024, 2, 31, 12)],
      [Date.UTC(2024, 9, 26, 12), Date.UTC(2024, 9, 27, 12)],
    ] as const) {
      for (let instant = from; instant <= to; instant += HOUR_MS / 4) {
        const summer = instant >= Date.UTC(2024, 2, 31, 1) && instant < Date.UTC(2024, 9, 27, 1);
        expect(london.wallClockOf(instant)).toBe(instant + (summer ? HOUR_MS : 0));
      }
    }
  });
});
