import { applyCapacitySchedule } from '../kernel/CapacitySchedule.js';
import { Resource } from '../kernel/Resource.js';
import { shiftsToSchedule } from './calendar.js';
import type { StaffPool } from './events.js';
import type { ModelContext } from './ModelContext.js';

/** A shift as the scenario gives it, with an optional head count override. */
export interface ShiftConfig {
  readonly start: string;
  readonly end: string;
  readonly days: readonly string[];
}

/**
 * A pool of people (pickers, packers, clerks) as a priority-queued resource whose capacity
 * follows the weekly shift pattern; every change is announced as `staffChanged`.
 */
export function createStaffPool(
  context: ModelContext,
  pool: StaffPool,
  shifts: ReadonlyArray<ShiftConfig & { readonly count: number }>,
): Resource {
  const resource = new Resource({ capacity: 0, discipline: 'priority' });
  resource.onChange((busy, capacity) => context.events.emit('staffChanged', { pool, busy, capacity }));
  applyCapacitySchedule(context.simulation, resource, shiftsToSchedule(shifts), context.horizon);
  return resource;
}
