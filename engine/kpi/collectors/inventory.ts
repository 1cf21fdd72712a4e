import { TimeWeighted } from '../TimeWeighted.js';
import { isMeasured, ratio, type KpiCollector } from './CollectorContext.js';

/** fillRate, orderFillRate, stockoutEvents, meanOnHandUnits, meanBackorderUnits, lostSalesUnits. */
export const inventoryCollector: KpiCollector = (context) => {
  const { events, simulation } = context;
  let unitsDemanded = 0;
  let unitsFilled = 0;
  let orders = 0;
  let ordersFilled = 0;
  let stockouts = 0;
  let lost = 0;
  const onHand = new TimeWeighted(context.warmup, context.horizon);
  const backorders = new TimeWeighted(context.warmup, context.horizon);
  events.on('orderAllocated', (event) => {
    if (!isMeasured(context, event.order)) return;
    unitsDemanded += event.unitsDemanded;
    unitsFilled += event.unitsFilled;
    orders++;
    if (event.unitsFilled === event.unitsDemanded) ordersFilled++;
  });
  events.on('stockChanged', ({ onHandDelta, backorderDelta }) => {
    if (onHandDelta !== 0) onHand.add(simulation.now, onHandDelta);
    if (backorderDelta !== 0) backorders.add(simulation.now, backorderDelta);
  });
  events.on('stockedOut', () => {
    if (simulation.now >= context.warmup) stockouts++;
  });
  events.on('unitsLost', ({ order, units }) => {
    if (isMeasured(context, order)) lost += units;
  });
  return () => ({
    fillRate: ratio(unitsFilled, unitsDemanded),
    orderFillRate: ratio(ordersFilled, orders),
    stockoutEvents: stockouts,
    meanOnHandUnits: onHand.average(),
    meanBackorderUnits: backorders.average(),
    lostSalesUnits: lost,
  });
};
