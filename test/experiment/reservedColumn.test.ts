import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReservedColumn, STEP_ROWS } from '../../engine/experiment/reservedColumn.js';

describe('ReservedColumn', () => {
  it('grows in place a step at a time and hands its rows over in its own memory', () => {
    const column = new ReservedColumn(Float64Array);
    const buffer = column.values.buffer;
    expect(column.values).toHaveLength(0);
    column.ensure(1);
    expect(column.values).toHaveLength(STEP_ROWS);
    column.ensure(STEP_ROWS + 1);
    expect(column.values).toHaveLength(2 * STEP_ROWS);
    for (let row = 0; row < STEP_ROWS + 1; row++) column.values[row] = row / 4;
    const rows = column.finish(STEP_ROWS + 1);
    // The same memory: grown in place, never copied.
    expect(rows.buffer).toBe(buffer);
    expect(rows).toHaveLength(STEP_ROWS + 1);
    expect(rows.buffer.byteLength).toBe((STEP_ROWS + 1) * 8);
    expect(rows[STEP_ROWS]).toBe(STEP_ROWS / 4);
  });

  it('moves once to a reservation twice as large when it outgrows its own, keeping every row', () => {
    const column = new ReservedColumn(Int32Array, STEP_ROWS);
    column.ensure(STEP_ROWS);
    const first = column.values.buffer;
    for (let row = 0; row < STEP_ROWS; row++) column.values[row] = row;
    column.ensure(STEP_ROWS + 1);
    expect(column.values.buffer).not.toBe(first);
    column.values[STEP_ROWS] = -1;
    const rows = column.finish(STEP_ROWS + 1);
    expect(Array.from(rows.subarray(STEP_ROWS - 2))).toEqual([STEP_ROWS - 2, STEP_ROWS - 1, -1]);
  });

  it('widens to another type with the same rows', () => {
    const column = new ReservedColumn<Uint16Array | Uint32Array>(Uint16Array);
    column.ensure(3);
    column.values.set([1, 65_535, 7]);
    const wide = column.widen(Uint32Array);
    wide.values[2] = 70_000;
    expect(Array.from(wide.finish(3))).toEqual([1, 65_535, 70_000]);
  });

  it('keeps what was written through any sequence of growth, whatever the first reservation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 5 * STEP_ROWS }), { maxLength: 6 }),
        (steps, sizes) => {
          const column = new ReservedColumn(Float64Array, steps * STEP_ROWS);
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
