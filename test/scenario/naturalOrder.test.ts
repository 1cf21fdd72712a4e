import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../engine/scenario/naturalOrder.js';

describe('naturalCompare', () => {
  it('orders digit runs by their number and the rest as text', () => {
    expect(['A10', 'B1', 'A2', '12', '3', 'A9', 'A09', 'a1'].sort(naturalCompare)).toEqual([
      '3',
      '12',
      'A2',
      'A09',
      'A9',
      'A10',
      'B1',
      'a1',
    ]);
    expect(['aisle-100', 'aisle-20', 'aisle-3'].sort(naturalCompare)).toEqual(['aisle-3', 'aisle-20', 'aisle-100']);
  });

  it('is a total order: antisymmetric, zero only for equal labels, transitive', () => {
    const label = fc.stringMatching(/^[A-C0-9-]{0,5}$/);
    fc.assert(
      fc.property(label, label, label, (p, q, r) => {
        expect(Math.sign(naturalCompare(p, q)) + Math.sign(naturalCompare(q, p))).toBe(0);
        expect(naturalCompare(p, q) === 0).toBe(p === q);
        if (naturalCompare(p, q) <= 0 && naturalCompare(q, r) <= 0) expect(naturalCompare(p, r)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
