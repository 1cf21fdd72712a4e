import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../engine/kernel/Simulation.js';

describe('Simulation', () => {
  it('run advances the clock to each event and to `until` at the end', () => {
    const simulation = new Simulation();
    const seen: number[] = [];
    simulation.schedule(3, () => seen.push(simulation.now));
    simulation.schedule(1, () => {
      seen.push(simulation.now);
      simulation.schedule(1, () => seen.push(simulation.now));
    });
    simulation.run(10);
    expect(seen).toEqual([1, 2, 3]);
    expect(simulation.now).toBe(10);
    expect(simulation.eventsProcessed).toBe(3);
  });

  it('run leaves events after `until` pending', () => {
    const simulation = new Simulation();
    let fired = false;
    simulation.schedule(5, () => (fired = true));
    simulation.run(4);
    expect(fired).toBe(false);
    expect(simulation.peekTime()).toBe(5);
    simulation.run();
    expect(fired).toBe(true);
  });

  it('cancel prevents an event from firing', () => {
    const simulation = new Simulation();
    let fired = false;
    const event = simulation.schedule(1, () => (fired = true));
    simulation.cancel(event);
    simulation.run();
    expect(fired).toBe(false);
  });

  it('same-time events run by priority, then FIFO', () => {
    const simulation = new Simulation();
    const order: string[] = [];
    simulation.schedule(1, () => order.push('a'));
    simulation.schedule(1, () => order.push('b'));
    simulation.schedule(1, () => order.push('urgent'), -1);
    simulation.run();
    expect(order).toEqual(['urgent', 'a', 'b']);
  });

  it('schedule rejects negative delays and scheduleAt rejects the past', () => {
    const simulation = new Simulation();
    expect(() => simulation.schedule(-1, () => undefined)).toThrow(RangeError);
    simulation.run(5);
    expect(() => simulation.scheduleAt(4, () => undefined)).toThrow(/before now/);
  });

  it('run refuses a NaN end and fires nothing', () => {
    const simulation = new Simulation();
    let fired = false;
    simulation.schedule(1, () => void (fired = true));
    expect(() => simulation.run(NaN)).toThrow(/until is NaN/);
    expect(fired).toBe(false);
    expect(simulation.now).toBe(0);
  });

  it('a handler scheduled with a subject runs with it, in turn with closures, and can be cancelled', () => {
    const simulation = new Simulation();
    const seen: string[] = [];
    const handler = (name: string): void => {
      seen.push(`${name}@${simulation.now}`);
    };
    simulation.scheduleCall(1, handler, 'a');
    simulation.schedule(1, () => seen.push(`closure@${simulation.now}`));
    simulation.scheduleCallAt(1, handler, 'b');
    simulation.scheduleCall(1, handler, 'urgent', -1);
    simulation.cancel(simulation.scheduleCallAt(2, handler, 'cancelled'));
    simulation.run();
    expect(seen).toEqual(['urgent@1', 'a@1', 'closure@1', 'b@1']);
    expect(simulation.eventsProcessed).toBe(4);
    expect(() => simulation.scheduleCall(-1, handler, 'x')).toThrow(/delay must be >= 0/);
    expect(() => simulation.scheduleCallAt(0, handler, 'x')).toThrow(/before now/);
    // A closure still gets no argument.
    const counts: number[] = [];
    simulation.schedule(1, (...args: unknown[]) => counts.push(args.length));
    simulation.run();
    expect(counts).toEqual([0]);
  });

  it('stop returns from run after the current event', () => {
    const simulation = new Simulation();
    simulation.schedule(1, () => simulation.stop());
    simulation.schedule(2, () => undefined);
    simulation.run();
    expect(simulation.now).toBe(1);
    expect(simulation.peekTime()).toBe(2);
  });

  it('time never goes backwards under random scheduling (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 100 }), (delays) => {
        const simulation = new Simulation();
        const times: number[] = [];
        delays.forEach((delay, index) =>
          simulation.schedule(delay, () => {
            times.push(simulation.now);
            if (index % 3 === 0) simulation.schedule(delay / 2, () => times.push(simulation.now));
          }),
        );
        simulation.run();
        for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] as number);
      }),
    );
  });
});
