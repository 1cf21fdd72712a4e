import type { StaffPool } from '../../model/events.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { HOUR, YEAR } from '../../kernel/time.js';
import { TimeWeighted } from '../TimeWeighted.js';
import { isMeasured, ratio, type KpiCollector } from './CollectorContext.js';

/**
 * shippingCostPerOrder and costPerOrder. All costs = labour (wage x staffed hours in the
 * window) + automated processing + packaging + carrier charges + holding (rate x
 * time-average stock value x window length) + penalties (late deliveries, contacts,
 * returns handled), divided by measured orders shipped.
 */
export function costCollector(costs: Scenario['costs'], returnHandlingCost: number, contactCost: number): KpiCollector {
  return (context) => {
    const { events, simulation } = context;
    let shipped = 0;
    let shippingCharges = 0;
    let orderCosts = 0;
    const staffed: Record<StaffPool, TimeWeighted> = {
      pickers: new TimeWeighted(context.warmup, context.horizon),
      packers: new TimeWeighted(context.warmup, context.horizon),
      clerks: new TimeWeighted(context.warmup, context.horizon),
    };
    const stockValue = new TimeWeighted(context.warmup, context.horizon);
    events.on('orderShipped', ({ order }) => {
      if (!isMeasured(context, order)) return;
      shipped++;
      shippingCharges += order.shippingCost;
    });
    events.on('orderVerified', ({ order }) => {
      if (isMeasured(context, order) && !order.manualProcessing) orderCosts += costs.automatedProcessingCost;
    });
    events.on('packFinished', ({ order }) => {
      if (isMeasured(context, order)) orderCosts += costs.packagingCost + (order.fragile ? costs.fragilePackagingCost : 0);
    });
    events.on('orderDelivered', ({ order }) => {
      if (isMeasured(context, order) && order.deliveredAt > order.dueAt) orderCosts += costs.latePenalty;
    });
    events.on('customerContacted', ({ order }) => {
      if (isMeasured(context, order)) orderCosts += contactCost;
    });
    events.on('returnReceived', ({ order }) => {
      if (isMeasured(context, order)) orderCosts += returnHandlingCost;
    });
    // Picked by comparison, not by key: one look-up site seeing three keys is V8's slow, megamorphic kind.
    events.on('staffChanged', ({ pool, capacity }) =>
      (pool === 'pickers' ? staffed.pickers : pool === 'packers' ? staffed.packers : staffed.clerks).set(simulation.now, capacity),
    );
    events.on('stockChanged', ({ sku, onHandDelta }) => {
      if (onHandDelta !== 0) stockValue.add(simulation.now, onHandDelta * (context.unitPrice[sku] as number));
    });
    return () => {
      const labour =
        (costs.pickerWage * staffed.pickers.integral() +
          costs.packerWage * staffed.packers.integral() +
          costs.clerkWage * staffed.clerks.integral()) /
        HOUR;
      const holding = (costs.holdingCostRate * stockValue.integral()) / YEAR;
      return {
        shippingCostPerOrder: ratio(shippingCharges, shipped),
        costPerOrder: ratio(labour + holding + shippingCharges + orderCosts, shipped),
      };
    };
  };
}
