import type { PickLocation } from '../domain/PickLocation.js';
import type { RoutingLayout } from '../domain/RoutingLayout.js';
import type { ReplicationResult } from './runReplication.js';

/** The picking floor and how busy pickers are by hour of day. */
export interface WarehouseSummary {
  readonly layout: RoutingLayout;
  /** Pick locations of the first measured orders of replication 0 (a sample batch to route). */
  readonly sampleBatch: readonly PickLocation[];
  /** Picker busy time / time on shift in each hour of the day 0-23, all replications pooled (null: nobody on shift). */
  readonly pickerUtilizationByHour: ReadonlyArray<number | null>;
}

/** Pools replications' picker time by hour and keeps replication 0's sample batch. */
export function summarizeWarehouse(results: readonly ReplicationResult[]): WarehouseSummary {
  const first = results[0] as ReplicationResult;
  return {
    layout: first.layout,
    sampleBatch: first.warehouse.sampleBatch,
    pickerUtilizationByHour: first.warehouse.busyByHour.map((_, hour) => {
      const busy = results.reduce((sum, result) => sum + (result.warehouse.busyByHour[hour] as number), 0);
      const onShift = results.reduce((sum, result) => sum + (result.warehouse.onShiftByHour[hour] as number), 0);
      return onShift > 0 ? busy / onShift : null;
    }),
  };
}
