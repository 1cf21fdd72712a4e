import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../engine/kernel/EventQueue.js';

describe('EventQueue', () => {
  it('pop returns events by time, then priority, then insertion order', () => {
    const queue = new EventQueue();
    const fired: string[] = [];
    queue.push(5, 0, () => fired.push('late'));
    queue.push(1, 1, () => fired.push('low-priority'));
    queue.push(1, 0, () => fired.push('first-tie'));
    queue.push(1, 0, () => fired.push('second-tie'));
    queue.push(0, 9, () => fired.push('earliest'));
    for (let event = queue.pop(); event !== undefined; event = queue.pop()) event.action();
    expect(fired).toEqual(['earliest', 'first-tie', 'second-tie', 'low-priority', 'late']);
  });

  it('pop skips cancelled events', () => {
    const queue = new EventQueue();
    const a = queue.push(1, 0, () => undefined);
    const b = queue.push(2, 0, () => undefined);
    a.cancelled = true;
    expect(queue.pop()).toBe(b);
    expect(queue.pop()).toBeUndefined();
  });

  it('pop yields a sorted, stable order for any pushes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: -2, max: 2 }), fc.boolean()), {
          maxLength: 200,
        }),
        (items) => {
          const queue = new EventQueue();
          const events = items.map(([time, priority, cancel]) => {
            const event = queue.push(time, priority, () => undefined);
            if (cancel) event.cancelled = true;
            return event;
          });
          const expected = events
            .filter((event) => !event.cancelled)
            .sort((a, b) => a.time - b.time || a.priority - b.priority || a.seq - b.seq);
          const popped = [];
          for (let event = queue.pop(); event !== undefined; event = queue.pop()) popped.push(event);
          expect(popped).toEqual(expected);
        },
      ),
    );
  });
});
