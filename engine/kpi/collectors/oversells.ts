import { isMeasured, ratio, type KpiCollector } from './CollectorContext.js';

/** oversellRate: orders with an oversold line / orders that reached allocation (allocated or cancelled for an oversell). */
export const oversellCollector: KpiCollector = (context) => {
  let allocated = 0;
  let cancelled = 0;
  let oversold = 0;
  context.events.on('orderAllocated', ({ order }) => {
    if (isMeasured(context, order)) allocated++;
  });
  context.events.on('orderOversold', (event) => {
    if (!isMeasured(context, event.order)) return;
    oversold++;
    if (event.cancelled) cancelled++;
  });
  return () => ({ oversellRate: ratio(oversold, allocated + cancelled) });
};
