import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAND_OVER_FROM_SHARE, KEEP_FROM_ROWS, PLAIN_ROWS, ReservedColumn, STEP_ROWS } from '../../engine/experiment/reservedColumn.js';

/** Writes row r = r / 4 into every row from `from` up to `to`. */
function fill(column: ReservedColumn<Float64Array>, from: number, to: number): void {
  for (let row = from; row < to; row++) column.values[row] = row / 4;
}

describe('ReservedColumn', () => {
  it('holds its first rows in plain arrays, then grows in place in one resizable buffer, and hands a long column over in its own memory', () => {
    const column = new ReservedColumn(Float64Array);
    column.ensure(1);
    expect(column.values.buffer.resizable).toBe(false);
    column.ensure(PLAIN_ROWS);
    expect(column.values.buffer.resizable).toBe(false);
    fill(column, 0, PLAIN_ROWS);
    column.ensure(PLAIN_ROWS + 1);
    const buffer = column.values.buffer;
    expect(buffer.resizable).toBe(true);
    expect(column.values).toHaveLength(PLAIN_ROWS + STEP_ROWS);
    column.ensure(KEEP_FROM_ROWS);
    // Grown in place: the same memory, never copied again.
    expect(column.values.buffer).toBe(buffer);
    fill(column, PLAIN_ROWS, KEEP_FROM_ROWS);
    const rows = column.finish(KEEP_FROM_ROWS);
    expect(rows.buffer).toBe(buffer);
    expect(rows).toHaveLength(KEEP_FROM_ROWS);
    expect(rows.buffer.byteLength).toBe(KEEP_FROM_ROWS * 8);
    const expected = [0, PLAIN_ROWS - 1, PLAIN_ROWS, KEEP_FROM_ROWS - 1].map((row) => row / 4);
    expect([rows[0], rows[PLAIN_ROWS - 1], rows[PLAIN_ROWS], rows[KEEP_FROM_ROWS - 1]]).toEqual(expected);
    // Moved to another thread as the pool moves it (a transfer, as postMessage does): whole, and gone here.
    const moved = structuredClone(rows, { transfer: [rows.buffer] });
    expect(rows).toHaveLength(0);
    expect(moved).toHaveLength(KEEP_FROM_ROWS);
    expect([moved[0], moved[PLAIN_ROWS - 1], moved[PLAIN_ROWS], moved[KEEP_FROM_ROWS - 1]]).toEqual(expected);
    // One row fewer and the column is copied.
    const shorter = new ReservedColumn(Float64Array);
    shorter.ensure(KEEP_FROM_ROWS - 1);
    expect(shorter.finish(KEEP_FROM_ROWS - 1).buffer.resizable).toBe(false);
  });

  it('copies a shorter column into an array of its own: a finished short run keeps no resizable buffer (and no memory mapping)', () => {
    const short = new ReservedColumn(Float64Array);
    short.ensure(PLAIN_ROWS + 1);
    fill(short, 0, PLAIN_ROWS + 1);
    const reserved = short.values.buffer;
    const copied = short.finish(PLAIN_ROWS + 1);
    expect(copied.buffer.resizable).toBe(false);
    // The resizable buffer's memory is given back at once, not when the collector gets to it.
    expect(reserved.byteLength).toBe(0);
    expect(copied).toHaveLength(PLAIN_ROWS + 1);
    expect(copied[PLAIN_ROWS]).toBe(PLAIN_ROWS / 4);
    // Thousands of replications' records kept until they are written (run --reps 2000 --out).
    const kept = Array.from({ length: 2000 }, () => {
      const column = new ReservedColumn(Uint8Array);
      column.ensure(10);
      column.values[9] = 7;
      return column.finish(10);
    });
    expect(kept.every((values) => !values.buffer.resizable && values.length === 10 && values[9] === 7)).toBe(true);
    expect(new ReservedColumn(Int32Array).finish(0)).toHaveLength(0);
  });

  it('made for the rows expected, neither grows nor copies them, and hands them over in its own memory when they fill enough of it', () => {
    const expected = PLAIN_ROWS * 2 + 5;
    const column = new ReservedColumn(Float64Array, undefined, expected);
    const first = column.values.buffer;
    expect(column.values).toHaveLength(expected);
    column.ensure(expected);
    expect(column.values.buffer).toBe(first);
    const rows = Math.ceil(expected * HAND_OVER_FROM_SHARE);
    fill(column, 0, rows);
    const handed = column.finish(rows);
    expect(handed.buffer).toBe(first);
    expect(handed).toHaveLength(rows);
    expect([handed[0], handed[rows - 1]]).toEqual([0, (rows - 1) / 4]);
    // A row fewer than the share: copied into an array of exactly its rows.
    const emptier = new ReservedColumn(Float64Array, undefined, expected);
    fill(emptier, 0, rows - 1);
    const copied = emptier.finish(rows - 1);
    expect(copied.buffer).not.toBe(emptier.values.buffer);
    expect(copied.buffer.byteLength).toBe((rows - 1) * 8);
    expect(copied[rows - 2]).toBe((rows - 2) / 4);
    // More rows than expected: it grows as an unsized column does, keeping every row.
    const outgrown = new ReservedColumn(Int32Array, undefined, expected);
    for (let row = 0; row < expected; row++) outgrown.values[row] = row;
    outgrown.ensure(expected + 1);
    expect(outgrown.values.buffer.resizable).toBe(true);
    outgrown.values[expected] = -1;
    expect(Array.from(outgrown.finish(expected + 1).subarray(expected - 2))).toEqual([expected - 2, expected - 1, -1]);
    // No room made for an expectation at or past KEEP_FROM_ROWS (such a column grows in place and is
    // handed over as it is) or the reservation, nor for a small or unknown one: the column starts small.
    for (const [reserved, expectation] of [
      [undefined, KEEP_FROM_ROWS],
      [PLAIN_ROWS + STEP_ROWS, PLAIN_ROWS + STEP_ROWS],
      [undefined, 3],
      [undefined, Number.NaN],
    ])
      expect(new ReservedColumn(Uint8Array, reserved, expectation).values).toHaveLength(STEP_ROWS);
    expect(new ReservedColumn(Uint8Array, undefined, KEEP_FROM_ROWS - 1).values).toHaveLength(KEEP_FROM_ROWS - 1);
  });

  it('copies a column made without an expectation however full its plain array, and doubles one made for fewer rows no further than PLAIN_ROWS', () => {
    const unsized = new ReservedColumn(Float64Array);
    unsized.ensure(STEP_ROWS - 1);
    fill(unsized, 0, STEP_ROWS - 1);
    const copied = unsized.finish(STEP_ROWS - 1);
    expect(copied.buffer.byteLength).toBe((STEP_ROWS - 1) * 8);
    expect(copied[STEP_ROWS - 2]).toBe((STEP_ROWS - 2) / 4);
    const odd = new ReservedColumn(Float64Array, undefined, 40_000);
    odd.ensure(50_000);
    expect(odd.values).toHaveLength(PLAIN_ROWS);
    expect(odd.values.buffer.resizable).toBe(false);
    // Outgrown, its first array is no longer the one made for the rows expected: a full copy.
    fill(odd, 0, 50_000);
    expect(odd.finish(50_000).buffer.byteLength).toBe(50_000 * 8);
  });

  it('moves to a reservation twice as large when it outgrows its own, keeping every row', () => {
    const column = new ReservedColumn(Int32Array, PLAIN_ROWS + STEP_ROWS);
    column.ensure(PLAIN_ROWS + STEP_ROWS);
    const first = column.values.buffer;
    for (let row = 0; row < PLAIN_ROWS + STEP_ROWS; row++) column.values[row] = row;
    column.ensure(PLAIN_ROWS + STEP_ROWS + 1);
    expect(column.values.buffer).not.toBe(first);
    expect(column.values.buffer.maxByteLength).toBe(2 * first.maxByteLength);
    column.values[PLAIN_ROWS + STEP_ROWS] = -1;
    const rows = column.finish(PLAIN_ROWS + STEP_ROWS + 1);
    expect(Array.from(rows.subarray(PLAIN_ROWS + STEP_ROWS - 2))).toEqual([PLAIN_ROWS + STEP_ROWS - 2, PLAIN_ROWS + STEP_ROWS - 1, -1]);
  });

  it('widens to another type with the same rows', () => {
    const column = new ReservedColumn<Uint16Array | Uint32Array>(Uint16Array);
    column.ensure(PLAIN_ROWS + 3);
    column.values.set([1, 65_535, 7], PLAIN_ROWS);
    const wide = column.widen(Uint32Array);
    wide.values[PLAIN_ROWS + 2] = 70_000;
    expect(Array.from(wide.finish(PLAIN_ROWS + 3).subarray(PLAIN_ROWS))).toEqual([1, 65_535, 70_000]);
  });

  it('keeps what was written through any sequence of growth, whatever the first reservation and the rows expected', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: PLAIN_ROWS + 5 * STEP_ROWS }), { maxLength: 6 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: PLAIN_ROWS + 5 * STEP_ROWS })),
        (steps, sizes, expected) => {
          const column = new ReservedColumn(Float64Array, PLAIN_ROWS + steps * STEP_ROWS, expected);
          const reference: number[] = [];
          for (const size of sizes) {
            const rows = Math.max(size, reference.length);
            column.ensure(rows);
            while (reference.length < rows) {
              column.values[reference.length] = reference.length * 3;
              reference.push(reference.length * 3);
            }
          }
          expect(Array.from(column.finish(reference.length))).toEqual(reference);
        },
      ),
      { numRuns: 40 },
    );
  });
});
