import { HOUR } from '../../kernel/time.js';
import { TimeWeighted } from '../TimeWeighted.js';
import { isMeasured, ratio, type KpiCollector } from './CollectorContext.js';

/** pickWaitHours, pickerUtilization, packerUtilization, travelMetersPerLine. */
export const warehouseCollector: KpiCollector = (context) => {
  const { events, simulation } = context;
  let waits = 0;
  let waitHours = 0;
  let travel = 0;
  let lines = 0;
  const busy = { pickers: new TimeWeighted(context.warmup, context.horizon), packers: new TimeWeighted(context.warmup, context.horizon) };
  const onShift = {
    pickers: new TimeWeighted(context.warmup, context.horizon),
    packers: new TimeWeighted(context.warmup, context.horizon),
  };
  events.on('pickStarted', ({ order }) => {
    if (!isMeasured(context, order)) return;
    waits++;
    waitHours += (order.pickStartedAt - order.releasedAt) / HOUR;
  });
  events.on('pickFinished', (event) => {
    if (!isMeasured(context, event.order)) return;
    travel += event.travelMeters;
    lines += event.lines;
  });
  events.on('staffChanged', ({ pool, busy: busyUnits, capacity }) => {
    if (pool === 'clerks') return;
    // Picked by comparison, not by key: one look-up site seeing two keys is V8's slow, megamorphic kind.
    const pickers = pool === 'pickers';
    (pickers ? busy.pickers : busy.packers).set(simulation.now, busyUnits);
    (pickers ? onShift.pickers : onShift.packers).set(simulation.now, capacity);
  });
  return () => ({
    pickWaitHours: ratio(waitHours, waits),
    pickerUtilization: ratio(busy.pickers.integral(), onShift.pickers.integral()),
    packerUtilization: ratio(busy.packers.integral(), onShift.packers.integral()),
    travelMetersPerLine: ratio(travel, lines),
  });
};
