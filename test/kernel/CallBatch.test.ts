import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallBatch } from '../../engine/kernel/CallBatch.js';
import { EventQueue } from '../../engine/kernel/EventQueue.js';
import { Simulation } from '../../engine/kernel/Simulation.js';

/** A call or event of a generated script: run, it schedules its children, `delay` after now. */
interface Step {
  readonly batched: boolean;
  readonly delay: number;
  /** An event's priority, or the batch's (one batch a time and priority). */
  readonly priority: number;
  readonly stops: boolean;
  readonly children: readonly Step[];
}

const step: fc.Memo<Step> = fc.memo((depth) =>
  fc.record({
    batched: fc.boolean(),
    delay: fc.constantFrom(0, 0, 1, 2),
    priority: fc.constantFrom(-1, 0, 0, 1),
    stops: fc.boolean(),
    children: depth <= 1 ? fc.constant([]) : fc.array(step(depth - 1), { maxLength: 3 }),
  }),
);

/**
 * Runs the script, each batched step a call of a batch (one a time, as shipping keeps them by
 * pick-up) or, with `batches` off, an event of its own; returns what ran, when, and the count.
 */
function play(script: readonly Step[], batches: boolean): { ran: string[]; events: number } {
  const simulation = new Simulation();
  const open = new Map<string, CallBatch>();
  const ran: string[] = [];
  const schedule = (item: Step, label: string): void => {
    const run = (): void => {
      ran.push(`${label}@${simulation.now} next ${simulation.peekTime()}`);
      if (item.stops) simulation.stop();
      item.children.forEach((child, index) => schedule(child, `${label}.${index}`));
    };
    const time = simulation.now + item.delay;
    if (!item.batched) simulation.scheduleAt(time, run, item.priority);
    else if (!batches) simulation.scheduleCallAt(time, run, undefined, item.priority);
    else {
      const key = `${time}:${item.priority}`;
      let batch = open.get(key);
      if (batch === undefined) {
        batch = simulation.callBatchAt(time, item.priority, () => open.delete(key));
        open.set(key, batch);
      }
      batch.add((call: () => void) => call(), run);
    }
  };
  script.forEach((item, index) => schedule(item, String(index)));
  // A stop returns after the event (or call) that asked ("returned" marks where); the run goes on from there.
  while (simulation.peekTime() !== Infinity) {
    simulation.run();
    ran.push(`returned@${simulation.now}`);
  }
  return { ran, events: simulation.eventsProcessed };
}

describe('CallBatch', () => {
  it('runs its calls in the places events of their own would have, events queued between and by them included, counted alike', () => {
    fc.assert(
      fc.property(fc.array(step(4), { minLength: 1, maxLength: 12 }), (script) => {
        expect(play(script, true)).toEqual(play(script, false));
      }),
      { numRuns: 400 },
    );
  });

  it('yields to an event queued between two of its calls', () => {
    const simulation = new Simulation();
    const ran: string[] = [];
    const batch = simulation.callBatchAt(5);
    batch.add((name: string) => ran.push(name), 'first call');
    simulation.scheduleAt(5, () => ran.push('event between'));
    batch.add((name: string) => ran.push(name), 'second call');
    simulation.scheduleAt(5, () => ran.push('event after'));
    simulation.run();
    expect(ran).toEqual(['first call', 'event between', 'second call', 'event after']);
    expect(simulation.eventsProcessed).toBe(4);
  });

  it('makes a call added while it runs, after the events queued before that call', () => {
    const simulation = new Simulation();
    const ran: string[] = [];
    const batch = simulation.callBatchAt(0);
    batch.add(() => {
      ran.push('first call');
      simulation.scheduleAt(0, () => ran.push('event from the first call'));
      batch.add(() => ran.push('call added by the first'), undefined);
    }, undefined);
    batch.add(() => ran.push('second call'), undefined);
    simulation.run();
    expect(ran).toEqual(['first call', 'second call', 'event from the first call', 'call added by the first']);
  });

  it('a call that throws leaves the calls after it queued, as events would be', () => {
    const simulation = new Simulation();
    const ran: string[] = [];
    const batch = simulation.callBatchAt(5);
    for (const name of ['a', 'throws', 'c'])
      batch.add((call: string) => {
        ran.push(call);
        if (call === 'throws') throw new Error('boom');
      }, name);
    expect(() => simulation.run()).toThrow('boom');
    expect(simulation.peekTime()).toBe(5);
    simulation.run();
    batch.add((call: string) => ran.push(call), 'added after');
    simulation.run();
    expect(ran).toEqual(['a', 'throws', 'c', 'added after']);
    expect(simulation.eventsProcessed).toBe(4);
  });

  it('peekTime counts the calls left while one is made; run refuses to be called from a call', () => {
    const simulation = new Simulation();
    const seen: number[] = [];
    simulation.scheduleAt(9, () => undefined);
    const batch = simulation.callBatchAt(5);
    batch.add(() => seen.push(simulation.peekTime()), undefined);
    batch.add(() => seen.push(simulation.peekTime()), undefined);
    simulation.run(6);
    expect(seen).toEqual([5, 9]);
    simulation.callBatchAt(7).add(() => simulation.run(), undefined);
    expect(() => simulation.run()).toThrow(/called from a batched call/);
  });

  it('refuses a priority that is not a finite number before it takes an id', () => {
    const simulation = new Simulation();
    expect(() => simulation.callBatchAt(1, Number.NaN)).toThrow(/priority must be a finite number/);
    expect(() => simulation.callBatchAt(1, Infinity)).toThrow(/priority must be a finite number/);
    expect(simulation.scheduleAt(1, () => undefined)).toBe(0);
  });

  it('refuses a time already past, for the batch and for a call added late', () => {
    const simulation = new Simulation();
    const batch = simulation.callBatchAt(1);
    simulation.scheduleAt(2, () => undefined);
    simulation.run();
    expect(() => batch.add(() => undefined, undefined)).toThrow(/CallBatch.add: time 1 is before now \(2\)/);
    expect(() => simulation.callBatchAt(1)).toThrow(/callBatchAt: time 1 is before now/);
  });
});

describe('EventQueue reserved ids', () => {
  it('an event pushed under a reserved id fires in the place of the reservation', () => {
    const queue = new EventQueue();
    const fired: string[] = [];
    queue.push(1, 0, () => fired.push('before'));
    const id = queue.reserve();
    queue.push(1, 0, () => fired.push('after'));
    queue.push(1, -1, () => fired.push('higher priority'));
    queue.pushCallAs(id, 1, 0, (name: string) => fired.push(name), 'reserved');
    expect(queue.firesBefore(1, 0, id)).toBe(true);
    for (let action = queue.pop(); action !== undefined; action = queue.pop()) action();
    expect(fired).toEqual(['higher priority', 'before', 'reserved', 'after']);
    expect(queue.firesBefore(1, 0, id)).toBe(false);
  });

  it('firesBefore skips cancelled events and compares time, priority, then id', () => {
    const queue = new EventQueue();
    const cancelled = queue.push(1, 0, () => undefined);
    const id = queue.reserve();
    queue.cancel(cancelled);
    expect(queue.firesBefore(1, 0, id)).toBe(false);
    queue.push(2, -5, () => undefined);
    expect(queue.firesBefore(1, 0, id)).toBe(false);
    expect(queue.firesBefore(3, 0, id)).toBe(true);
    expect(queue.firesBefore(2, -5, id)).toBe(false);
    expect(queue.firesBefore(2, -4, id)).toBe(true);
  });

  it('refuses an id reserve() never gave', () => {
    const queue = new EventQueue();
    expect(() => queue.pushCallAs(0, 1, 0, () => undefined, undefined)).toThrow(/not an id reserve\(\) gave/);
    expect(() => queue.pushCallAs(-1, 1, 0, () => undefined, undefined)).toThrow(/not an id/);
  });
});
