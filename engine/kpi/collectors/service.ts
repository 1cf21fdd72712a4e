import { isAccurate } from '../../model/Order.js';
import { isMeasured, ratio, type KpiCollector } from './Window.js';

/** onTimeRate, orderAccuracy, returnRate, satisfaction: over delivered measured orders. */
export const serviceCollector: KpiCollector = (context) => {
  let delivered = 0;
  let onTime = 0;
  let accurate = 0;
  let returned = 0;
  let scoreTotal = 0;
  let scored = 0;
  context.events.on('orderDelivered', ({ order }) => {
    if (!isMeasured(context, order)) return;
    delivered++;
    if (order.deliveredAt <= order.dueAt) onTime++;
    if (isAccurate(order)) accurate++;
  });
  context.events.on('returnInitiated', ({ order }) => {
    if (isMeasured(context, order)) returned++;
  });
  context.events.on('orderScored', ({ order, score }) => {
    if (!isMeasured(context, order)) return;
    scored++;
    scoreTotal += score;
  });
  return () => ({
    onTimeRate: ratio(onTime, delivered),
    orderAccuracy: ratio(accurate, delivered),
    returnRate: ratio(returned, delivered),
    satisfaction: ratio(scoreTotal, scored),
  });
};
