import { applyCapacitySchedule } from '../kernel/CapacitySchedule.js';
import { Resource } from '../kernel/Resource.js';
import { shiftsToSchedule } from './calendar.js';
import type { StaffShift } from '../scenario/resolved/staffShift.js';
import type { ModelEvents, StaffPool } from './events.js';
import type { Lent } from './lentPayload.js';
import type { ModelContext } from './ModelContext.js';

/**
 * A pool of people (pickers, packers, clerks) as a priority-queued resource whose capacity
 * follows the weekly shift pattern; every change is announced as `staffChanged`.
 */
export function createStaffPool(context: ModelContext, pool: StaffPool, shifts: readonly StaffShift[]): Resource {
  return createStaffPools(context, pool, shifts, 1)[0] as Resource;
}

/**
 * A pool split into `parts` (pick zones): each part's head count per shift is an even share,
 * the remainder going to the first parts. `staffChanged` reports the whole pool's totals.
 */
export function createStaffPools(context: ModelContext, pool: StaffPool, shifts: readonly StaffShift[], parts: number): Resource[] {
  const resources = Array.from({ length: parts }, (_, part) => {
    const resource = new Resource({ capacity: 0, discipline: 'priority' });
    const share = shifts.map((shift) => ({ ...shift, count: Math.floor(shift.count / parts) + (part < shift.count % parts ? 1 : 0) }));
    applyCapacitySchedule(context.simulation, resource, shiftsToSchedule(share), context.horizon);
    return resource;
  });
  const change: Lent<ModelEvents['staffChanged']> = { pool, busy: 0, capacity: 0 };
  const staffChanged = context.events.channel('staffChanged');
  const announce = (): void => {
    let busy = 0;
    let capacity = 0;
    for (const resource of resources) {
      busy += resource.busy;
      capacity += resource.capacity;
    }
    change.busy = busy;
    change.capacity = capacity;
    staffChanged.emit(change);
  };
  for (const resource of resources) resource.onChange(announce);
  return resources;
}
