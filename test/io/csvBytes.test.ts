import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvBytes, NUMBER_BYTES } from '../../engine/io/csvBytes.js';

/** The text CsvBytes writes for `value`. */
function written(value: number): string {
  const out = new CsvBytes(64);
  out.reserve(NUMBER_BYTES);
  out.number(value);
  return Buffer.from(out.take() ?? new Uint8Array()).toString('latin1');
}

describe('CsvBytes.number', () => {
  it('writes every number as String does', () => {
    const edges = [0, -0, 1, -1, 0.5, 0.0001, -0.0001, 1.0001, 9.9999, 12.3456, 1e11, 1e11 - 0.0001, 1e15 - 1, 1e15, -1e15, 1e21, 2 ** 53];
    // Where the digits switch between 32-bit and double arithmetic.
    const int32 = [2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32, (2 ** 31 - 1) / 1e4, 2 ** 31 / 1e4 + 0.0001];
    const more = [0.1 + 0.2, 1 / 3, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, NaN, Infinity, -Infinity, 1e-7, 123456789.12345];
    for (const value of [...edges, ...int32, ...more]) expect(written(value), String(value)).toBe(String(value));
  });

  it('writes any double as String does', () => {
    fc.assert(
      fc.property(fc.double(), (value) => written(value) === String(value)),
      { numRuns: 20_000 },
    );
  });

  it('writes times, amounts and scores (at most four decimals) as String does', () => {
    const decimals = fc.tuple(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.constantFrom(1, 10, 100, 1000, 10_000));
    fc.assert(
      fc.property(decimals, ([whole, scale]) => written(whole / scale) === String(whole / scale)),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        (tenThousandths) => written(tenThousandths / 1e4) === String(tenThousandths / 1e4),
      ),
    );
  });

  it('never writes more than NUMBER_BYTES, the longest String of a double', () => {
    expect(written(-0.0000012345678901234567)).toHaveLength(NUMBER_BYTES);
    fc.assert(fc.property(fc.double(), (value) => written(value).length <= NUMBER_BYTES));
  });
});

describe('CsvBytes.reserve', () => {
  it('hands over a full chunk before a write that would not fit, and never rewrites it', () => {
    const out = new CsvBytes(8);
    expect(out.reserve(6)).toBeUndefined();
    out.text('abcdef');
    expect(out.reserve(2)).toBeUndefined();
    out.text('gh');
    const full = out.reserve(1);
    expect(Buffer.from(full ?? []).toString()).toBe('abcdefgh');
    out.text('i');
    // A new chunk, not the one handed over: what was handed over stays as it was.
    expect(Buffer.from(full ?? []).toString()).toBe('abcdefgh');
    // A piece larger than a chunk gets a chunk of its own size.
    expect(Buffer.from(out.reserve(20) ?? []).toString()).toBe('i');
    out.text('x'.repeat(20));
    expect(Buffer.from(out.take() ?? []).toString()).toBe('x'.repeat(20));
    expect(out.take()).toBeUndefined();
  });

  it('with reuse, writes the next chunk over the one handed over, in a larger buffer only when a piece needs one', () => {
    const out = new CsvBytes(8, true);
    out.reserve(8);
    out.text('abcdefgh');
    const first = out.reserve(3);
    expect(Buffer.from(first ?? []).toString()).toBe('abcdefgh');
    out.text('xyz');
    const second = out.take();
    expect(Buffer.from(second ?? []).toString()).toBe('xyz');
    // The same memory: the first chunk now reads the second's bytes.
    expect(Buffer.from(first ?? []).toString()).toBe('xyzdefgh');
    out.reserve(3);
    out.text('123');
    expect(Buffer.from(out.reserve(20) ?? []).toString()).toBe('123');
    out.text('y'.repeat(20));
    expect(Buffer.from(out.take() ?? []).toString()).toBe('y'.repeat(20));
  });
});
