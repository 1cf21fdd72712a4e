import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoHasOffset, parseTimestamp, timestampProblem } from '../../engine/io/parseTimestamp.js';

describe('parseTimestamp', () => {
  it('parseTimestamp reads ISO 8601 date-times: seconds and fraction optional, T or a space, UTC unless Z or an offset', () => {
    expect(parseTimestamp('2024-03-04T09:30:00')).toBe(Date.UTC(2024, 2, 4, 9, 30));
    expect(parseTimestamp('2024-03-04 09:30')).toBe(Date.UTC(2024, 2, 4, 9, 30));
    expect(parseTimestamp('2024-03-04T09:30:15.25Z')).toBe(Date.UTC(2024, 2, 4, 9, 30, 15, 250));
    expect(parseTimestamp('2024-03-04T09:30:00+01:00')).toBe(Date.UTC(2024, 2, 4, 8, 30));
    expect(parseTimestamp('2024-03-04T09:30:00-0530')).toBe(Date.UTC(2024, 2, 4, 15, 0));
    expect(parseTimestamp('2024-02-29T00:00')).toBe(Date.UTC(2024, 1, 29));
    expect(parseTimestamp('0099-01-01T00:00')).toBe(new Date('0099-01-01T00:00:00Z').getTime());
    for (const bad of [
      '2024-02-30T10:00:00',
      '2023-02-29T00:00',
      '2024-13-01T00:00',
      '2024-03-04T24:00',
      '2024-03-04T23:60',
      '2024-03-04T10:00:60',
      '2024-03-04',
      '1',
      '13/05/2011 10:00',
      '2024-03-04T10:00:00+24:00',
      '2024-3-4T10:00',
      '',
    ]) {
      expect(parseTimestamp(bad), bad).toBeNaN();
      expect(timestampProblem(bad)).toContain(`"${bad}"`);
    }
  });

  it('parseTimestamp agrees with Date.parse on every real instant it accepts', () => {
    const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, (instant) => {
        const text = instant.toISOString();
        expect(parseTimestamp(text)).toBe(instant.getTime());
        expect(parseTimestamp(text.slice(0, 19))).toBe(Date.parse(`${text.slice(0, 19)}Z`));
      }),
    );
  });
});

describe('isoHasOffset', () => {
  it('tells a read timestamp with Z or an offset from one without, as the ISO pattern does', () => {
    for (const text of [
      '2024-03-04T09:30Z',
      '2024-03-04T09:30:00z',
      '2024-03-04T09:30:00+01:00',
      '2024-03-04 09:30-0500',
      '2024-03-04T09:30:15.125+0130',
    ])
      expect(isoHasOffset(text), text).toBe(true);
    for (const text of ['2024-03-04T09:30', '2024-03-04 09:30:00', '2024-03-04T09:30:15.1', '2024-03-04T09:30:15.123456789'])
      expect(isoHasOffset(text), text).toBe(false);
  });
});
