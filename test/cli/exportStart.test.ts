import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../engine/cli/CliIo.js';
import { exportStartFlag } from '../../engine/cli/exportStart.js';

describe('export-history --start', () => {
  it('refuses years whose timestamps no reader takes: before 1900 (Date.UTC read 0001 as 1901) and after 9900 (a start in 9999 wrote +010000-01-30)', () => {
    expect(() => exportStartFlag('0001-01-01')).toThrow(/expected a year from 1900 to 9900, got "0001-01-01"/);
    expect(() => exportStartFlag('9999-12-27')).toThrow(/expected a year from 1900 to 9900/);
    expect(new Date(exportStartFlag('9900-01-01')).toISOString()).toBe('9900-01-01T00:00:00.000Z');
  });

  it('is, for any YYYY-MM-DD, that very date at 00:00 UTC and a Monday, or a usage error', () => {
    const digits = (length: number): fc.Arbitrary<string> =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (year, month, day) => {
        const text = `${year}-${month}-${day}`;
        let time: number;
        try {
          time = exportStartFlag(text);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          return;
        }
        const date = new Date(time);
        expect(date.toISOString()).toBe(`${text}T00:00:00.000Z`);
        expect(date.getUTCDay()).toBe(1);
      }),
    );
  });
});
