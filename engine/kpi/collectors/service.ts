import { isAccurate, type Order } from '../../domain/Order.js';
import { isMeasured, ratio, type CollectorContext, type KpiCollector } from './CollectorContext.js';

/** True when the order's promise fell inside the run, so whether it was kept is known at the horizon. */
export function promiseFellInRun(context: CollectorContext, order: Order): boolean {
  return order.dueAt < context.horizon;
}

/**
 * onTimeRate over measured orders whose promise fell inside the run (one undelivered at the
 * horizon is late; cancelled and lost orders have no delivery to promise); returnRate over
 * delivered measured orders whose return window (`returnWindow` seconds after delivery) closed
 * inside the run; orderAccuracy and satisfaction over delivered measured orders.
 */
export function serviceCollector(returnWindow: number): KpiCollector {
  return (context) => {
    let due = 0;
    let kept = 0;
    let delivered = 0;
    let accurate = 0;
    let windowClosed = 0;
    let returned = 0;
    let scoreTotal = 0;
    let scored = 0;
    const returnWindowClosed = (order: Order): boolean => order.deliveredAt + returnWindow <= context.horizon;
    context.events.on('orderPlaced', ({ order }) => {
      if (isMeasured(context, order) && promiseFellInRun(context, order)) due++;
    });
    context.events.on('orderDropped', ({ order }) => {
      if (isMeasured(context, order) && promiseFellInRun(context, order)) due--;
    });
    context.events.on('orderDelivered', ({ order }) => {
      if (!isMeasured(context, order)) return;
      delivered++;
      if (order.deliveredAt <= order.dueAt && promiseFellInRun(context, order)) kept++;
      if (isAccurate(order)) accurate++;
      if (returnWindowClosed(order)) windowClosed++;
    });
    context.events.on('returnInitiated', ({ order }) => {
      if (isMeasured(context, order) && returnWindowClosed(order)) returned++;
    });
    context.events.on('orderScored', ({ order, score }) => {
      if (!isMeasured(context, order)) return;
      scored++;
      scoreTotal += score;
    });
    return () => ({
      onTimeRate: ratio(kept, due),
      orderAccuracy: ratio(accurate, delivered),
      returnRate: ratio(returned, windowClosed),
      satisfaction: ratio(scoreTotal, scored),
    });
  };
}
