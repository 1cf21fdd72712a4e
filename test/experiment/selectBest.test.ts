import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectBest } from '../../engine/experiment/selectBest.js';

describe('selectBest', () => {
  it('keeps only a clear winner, and keeps systems tied within the noise', () => {
    const clear = selectBest(
      ['a', 'b', 'c'],
      [
        [10, 11, 10.5, 10.8],
        [20, 21, 20.4, 20.9],
        [10.2, 11.1, 10.4, 10.9],
      ],
      'higher',
    );
    expect(clear.filter((s) => s.possiblyBest).map((s) => s.name)).toEqual(['b']);
    expect(clear.find((s) => s.name === 'b')?.rank).toBe(1);
    const tied = selectBest(
      ['a', 'b', 'c'],
      [
        [10, 12, 9, 11],
        [10.1, 11.8, 9.3, 10.9],
        [5, 6, 5.5, 6.2],
      ],
      'higher',
    );
    expect(tied.filter((s) => s.possiblyBest).map((s) => s.name)).toEqual(['a', 'b']);
    // Lower is better: the lowest mean ranks first.
    const lower = selectBest(
      ['a', 'b'],
      [
        [3, 3.1, 2.9],
        [5, 5.2, 4.9],
      ],
      'lower',
    );
    expect(lower.filter((s) => s.possiblyBest).map((s) => s.name)).toEqual(['a']);
  });

  it('always keeps the system with the best sample mean (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 5 }),
        (rows) => {
          const selections = selectBest(
            rows.map((_, i) => `s${i}`),
            rows,
            'higher',
          );
          const top = selections.find((s) => s.rank === 1);
          expect(top?.possiblyBest).toBe(true);
        },
      ),
    );
  });
});
