import type { WarehouseLayout } from '../../model/layout/WarehouseLayout.js';
import type { PickLocation } from '../../domain/PickLocation.js';
import { DAY, HOUR } from '../../kernel/time.js';
import { isMeasured, type CollectorContext } from './CollectorContext.js';

/** Orders whose lines make up the sample batch drawn by the dashboard. */
const SAMPLE_ORDERS = 8;

/** Busy and on-shift picker-seconds by hour of day, and a sample of pick locations. */
export interface WarehouseDetail {
  readonly busyByHour: number[];
  readonly onShiftByHour: number[];
  /** Storage locations of the lines of the first measured orders picked (a sample batch). */
  readonly sampleBatch: PickLocation[];
}

/** Adds `level` x time over [from, to) to 24 hour-of-day buckets. */
function spread(buckets: number[], from: number, to: number, level: number): void {
  if (level === 0) return;
  for (let start = from; start < to;) {
    const hourEnd = (Math.floor(start / HOUR) + 1) * HOUR;
    const end = Math.min(to, hourEnd);
    const hour = Math.floor((start % DAY) / HOUR);
    buckets[hour] = (buckets[hour] as number) + level * (end - start);
    start = end;
  }
}

/** Picker busy and on-shift time by hour of day over the measured window, and a sample batch. */
export function warehouseDetailCollector(context: CollectorContext, layout: WarehouseLayout): () => WarehouseDetail {
  const { events, simulation, warmup, horizon } = context;
  const busyByHour = new Array<number>(24).fill(0);
  const onShiftByHour = new Array<number>(24).fill(0);
  const sampleBatch: PickLocation[] = [];
  let sampled = 0;
  let busy = 0;
  let capacity = 0;
  let since = 0;
  const advance = (time: number): void => {
    const from = Math.max(since, warmup);
    const to = Math.min(time, horizon);
    if (to > from) {
      spread(busyByHour, from, to, busy);
      spread(onShiftByHour, from, to, capacity);
    }
    since = time;
  };
  events.on('staffChanged', (change) => {
    if (change.pool !== 'pickers') return;
    advance(simulation.now);
    busy = change.busy;
    capacity = change.capacity;
  });
  events.on('pickStarted', ({ order }) => {
    if (sampled >= SAMPLE_ORDERS || !isMeasured(context, order)) return;
    sampled++;
    for (const line of order.lines) if (line.issued > 0) sampleBatch.push(layout.locationOf[line.sku] as PickLocation);
  });
  return () => {
    advance(horizon);
    return { busyByHour, onShiftByHour, sampleBatch };
  };
}
