import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryHeap } from '../../engine/kernel/BinaryHeap.js';

describe('BinaryHeap', () => {
  it('BinaryHeap.pop: returns items in `before` order, whatever the pushes and pops in between (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }), { maxLength: 300 }), (steps) => {
        // A number pushes it, undefined pops; a plain sorted array is the reference.
        const heap = new BinaryHeap<number>((a, b) => a < b);
        const reference: number[] = [];
        for (const step of steps) {
          if (step === undefined) {
            expect(heap.pop()).toBe(reference.shift());
          } else {
            heap.push(step);
            reference.splice(reference.filter((value) => value <= step).length, 0, step);
          }
          expect(heap.size).toBe(reference.length);
          expect(heap.peek()).toBe(reference[0]);
        }
      }),
    );
  });

  it('BinaryHeap.pop: undefined when empty', () => {
    const heap = new BinaryHeap<string>((a, b) => a < b);
    expect(heap.pop()).toBeUndefined();
    expect(heap.peek()).toBeUndefined();
    expect(heap.size).toBe(0);
  });
});
