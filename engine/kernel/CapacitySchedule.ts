import type { Resource } from './Resource.js';
import type { Simulation } from './Simulation.js';

/** One step of a periodic capacity profile: from `offset` into the period, `capacity` units. */
export interface CapacityStep {
  readonly offset: number;
  readonly capacity: number;
}

/**
 * A piecewise-constant capacity that repeats every `period` (e.g. a week of shifts).
 * Steps are sorted by offset; the capacity before the first step is that of the last.
 */
export interface CapacitySchedule {
  readonly period: number;
  readonly steps: readonly CapacityStep[];
}

/** Capacity in force at absolute time `time`. */
export function capacityAt(schedule: CapacitySchedule, time: number): number {
  const { steps, period } = schedule;
  const last = steps[steps.length - 1];
  if (last === undefined) throw new RangeError('capacityAt: schedule has no steps');
  const phase = ((time % period) + period) % period;
  let capacity = last.capacity;
  for (const step of steps) {
    if (step.offset > phase) break;
    capacity = step.capacity;
  }
  return capacity;
}

/**
 * Drives a resource's capacity from a periodic schedule: sets the capacity now and at
 * every step boundary until `until`. Capacity changes run at priority -1 so a shift
 * starts before work that is due at the same instant.
 */
export function applyCapacitySchedule(simulation: Simulation, resource: Resource, schedule: CapacitySchedule, until: number): void {
  const { steps, period } = schedule;
  if (!(period > 0)) throw new RangeError(`applyCapacitySchedule: period must be > 0, got ${period}`);
  resource.setCapacity(capacityAt(schedule, simulation.now));
  const cycleStart = Math.floor(simulation.now / period) * period;
  for (let cycle = cycleStart; cycle < until; cycle += period) {
    for (const step of steps) {
      const time = cycle + step.offset;
      if (time <= simulation.now || time >= until) continue;
      simulation.scheduleAt(time, () => resource.setCapacity(step.capacity), -1);
    }
  }
}
