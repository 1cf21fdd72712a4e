import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../engine/kernel/EventQueue.js';

/** Pops and runs every event; returns their due times. */
function drain(queue: EventQueue): number[] {
  const times: number[] = [];
  for (let action = queue.pop(); action !== undefined; action = queue.pop()) {
    times.push(queue.time);
    action();
  }
  return times;
}

describe('EventQueue', () => {
  it('pop returns events by time, then priority, then insertion order', () => {
    const queue = new EventQueue();
    const fired: string[] = [];
    queue.push(5, 0, () => fired.push('late'));
    queue.push(1, 1, () => fired.push('low-priority'));
    queue.push(1, 0, () => fired.push('first-tie'));
    queue.push(1, 0, () => fired.push('second-tie'));
    queue.push(0, 9, () => fired.push('earliest'));
    expect(drain(queue)).toEqual([0, 1, 1, 1, 5]);
    expect(fired).toEqual(['earliest', 'first-tie', 'second-tie', 'low-priority', 'late']);
  });

  it('pop and popUntil skip cancelled events; cancelling after firing is harmless', () => {
    const queue = new EventQueue();
    const fired: string[] = [];
    const a = queue.push(1, 0, () => fired.push('a'));
    queue.push(2, 0, () => fired.push('b'));
    const c = queue.push(3, 0, () => fired.push('c'));
    queue.cancel(a);
    expect(queue.peekTime()).toBe(2);
    queue.popUntil(2)?.();
    queue.cancel(c);
    queue.cancel(c);
    expect(queue.popUntil(10)).toBeUndefined();
    expect(queue.pop()).toBeUndefined();
    expect(fired).toEqual(['b']);
  });

  it('refuses a NaN time, a priority that is not a finite number and an id it never gave; forgets fired cancellations', () => {
    const queue = new EventQueue();
    expect(() => queue.push(NaN, 0, () => undefined)).toThrow(/time is NaN/);
    expect(() => queue.push(1, NaN, () => undefined)).toThrow(/priority must be a finite number/);
    // Nothing is due by a NaN time (no comparison with NaN is true: asked the other way, everything was).
    const waiting = new EventQueue();
    waiting.push(1, 0, () => undefined);
    expect(waiting.popUntil(NaN)).toBeUndefined();
    expect(waiting.nextDue(NaN)).toBeUndefined();
    expect(waiting.size).toBe(1);
    expect(() => queue.cancel(0)).toThrow(/not an event of this queue/);
    const fired = [queue.push(1, 0, () => undefined), queue.push(2, 0, () => undefined), queue.push(3, 0, () => undefined)];
    queue.pop()?.();
    queue.pop()?.();
    expect(queue.time).toBe(2);
    // Cancelled after firing: harmless, and not kept beyond the heap's size.
    for (const id of fired.slice(0, 2)) queue.cancel(id);
    expect(queue.peekTime()).toBe(3);
    expect(() => queue.cancel(-1)).toThrow(RangeError);
    expect(() => queue.cancel(1.5)).toThrow(RangeError);
    queue.cancel(fired[2] as number);
    expect(queue.peekTime()).toBe(Infinity);
    // Dropping a cancelled event leaves `time` at the last event returned.
    expect(queue.time).toBe(2);
  });

  it('a handler event gives back its subject: nextDue with the handler, popUntil as a closure', () => {
    const queue = new EventQueue();
    const seen: string[] = [];
    const handler = (subject: { name: string }): number => seen.push(subject.name);
    queue.pushCall(1, 0, handler, { name: 'first' });
    queue.push(1, 0, () => seen.push('closure'));
    queue.pushCall(2, 0, handler, { name: 'second' });
    const due = queue.nextDue(1);
    expect(due).toBe(handler);
    due?.(queue.subject);
    // A closure event has no subject.
    queue.nextDue(1)?.(queue.subject);
    expect(queue.subject).toBeUndefined();
    queue.popUntil(2)?.();
    expect(seen).toEqual(['first', 'closure', 'second']);
    // Nothing due: the last subject is let go.
    queue.pushCall(3, 0, handler, { name: 'third' });
    expect(queue.nextDue(3)).toBe(handler);
    expect(queue.subject).toEqual({ name: 'third' });
    expect(queue.nextDue(Infinity)).toBeUndefined();
    expect(queue.subject).toBeUndefined();
  });

  it('popUntil leaves events after `until` in place', () => {
    const queue = new EventQueue();
    queue.push(5, 0, () => undefined);
    expect(queue.popUntil(4)).toBeUndefined();
    expect(queue.size).toBe(1);
    expect(queue.popUntil(5)).toBeTypeOf('function');
    expect(queue.time).toBe(5);
  });

  it('pop yields a sorted, stable order for any pushes, past its initial capacity (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.boolean()), {
          maxLength: 3000,
        }),
        (items) => {
          const queue = new EventQueue();
          const popped: number[] = [];
          const record = (index: number): number => popped.push(index);
          // Closures and handler calls share one order.
          const events = items.map(([time, priority, cancel, call], index) => {
            const id = call ? queue.pushCall(time, priority, record, index) : queue.push(time, priority, () => popped.push(index));
            if (cancel) queue.cancel(id);
            return { time, priority, index, cancel };
          });
          const expected = events
            .filter((event) => !event.cancel)
            .sort((a, b) => a.time - b.time || a.priority - b.priority || a.index - b.index)
            .map((event) => event.index);
          drain(queue);
          expect(popped).toEqual(expected);
          expect(queue.size).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('pushes, cancels and pops interleaved as a run makes them give every event its own subject, in order (property)', () => {
    // Popped events free their slots and later pushes reuse them: each must still fire with its own subject.
    const step = fc.oneof(
      fc.record({ push: fc.integer({ min: 0, max: 30 }), priority: fc.integer({ min: -1, max: 1 }), call: fc.boolean() }),
      fc.record({ pop: fc.constant(true) }),
      fc.record({ cancelBack: fc.integer({ min: 0, max: 40 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 2500 }), (steps) => {
        const queue = new EventQueue();
        let now = 0;
        const pending: Array<{ time: number; priority: number; index: number; id: number }> = [];
        let fired: number | undefined;
        const record = (index: number): void => void (fired = index);
        const ids: number[] = [];
        const fire = (): number | undefined => {
          fired = undefined;
          const handler = queue.nextDue(Infinity);
          if (handler === undefined) return undefined;
          handler(queue.subject);
          return fired;
        };
        for (const [index, action] of steps.entries()) {
          if ('push' in action) {
            const time = now + action.push;
            const id = action.call
              ? queue.pushCall(time, action.priority, record, index)
              : queue.push(time, action.priority, () => record(index));
            pending.push({ time, priority: action.priority, index, id });
            ids.push(id);
          } else if ('cancelBack' in action) {
            const id = ids[ids.length - 1 - action.cancelBack];
            if (id === undefined) continue;
            queue.cancel(id);
            const at = pending.findIndex((event) => event.id === id);
            if (at >= 0) pending.splice(at, 1);
          } else {
            pending.sort((a, b) => a.time - b.time || a.priority - b.priority || a.id - b.id);
            const expected = pending.shift();
            expect(fire()).toBe(expected?.index);
            if (expected !== undefined) {
              expect(queue.time).toBe(expected.time);
              now = expected.time;
            }
          }
        }
        pending.sort((a, b) => a.time - b.time || a.priority - b.priority || a.id - b.id);
        for (const expected of pending) expect(fire()).toBe(expected.index);
        expect(fire()).toBeUndefined();
        expect(queue.size).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
  it('reuses slots freed after the heap grew past its first 1,024, and lets go of what fired', () => {
    // 2,000 events (the heap grows), all fired, then 2,000 more in the freed slots: none lost.
    const queue = new EventQueue();
    const fired: number[] = [];
    const record = (subject: { index: number }): number => fired.push(subject.index);
    for (let round = 0; round < 2; round++) {
      for (let index = 0; index < 2000; index++) queue.pushCall(5000 * round + index, 0, record, { index: 5000 * round + index });
      for (let handler = queue.nextDue(Infinity); handler !== undefined; handler = queue.nextDue(Infinity)) handler(queue.subject);
    }
    expect(fired).toEqual([...Array.from({ length: 2000 }, (_, i) => i), ...Array.from({ length: 2000 }, (_, i) => 5000 + i)]);
    // What fired is not kept: the slots hold nothing (read through the private arrays on purpose).
    const slots = queue as unknown as { handlers: unknown[]; subjects: unknown[] };
    expect(slots.handlers.every((handler) => handler === undefined)).toBe(true);
    expect(slots.subjects.every((subject) => subject === undefined)).toBe(true);
    expect(slots.subjects.length).toBeGreaterThan(1024);
  });
});
