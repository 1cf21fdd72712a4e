import { z } from 'zod';
import { historyFromOrders, MAX_LINE_UNITS } from '../historyColumns.js';

/** One order of a replayed history: when (hours from the replay start), its id, lines and service, and what really happened to it. */
export const historyOrder = z
  .strictObject({
    hour: z.number().min(0).describe('hours from the replay start'),
    id: z.string().min(1).describe('order id from the history'),
    lines: z
      .array(
        z.strictObject({
          sku: z.string().min(1).describe('SKU code'),
          units: z.number().int().min(1).max(MAX_LINE_UNITS).describe('units'),
        }),
      )
      .min(1)
      .describe('order lines'),
    service: z.string().min(1).optional().describe('shipping service; unset: drawn from the channel serviceMix'),
    shippedHour: z.number().min(0).optional().describe('actual carrier handover, hours from the replay start (for fulfill backtest)'),
    deliveredHour: z.number().min(0).optional().describe('actual delivery, hours from the replay start (for fulfill backtest)'),
    promisedHour: z
      .number()
      .min(0)
      .optional()
      .describe("actual promise, hours from the replay start (fulfill backtest; unset: the scenario's)"),
  })
  .superRefine((order, context) => {
    // The same checks as a CSV's actual-time columns (engine/io/actualTimes.ts) and merged lines.
    const before = (field: 'shippedHour' | 'deliveredHour' | 'promisedHour', earlier: number, what: string): void => {
      const value = order[field];
      if (value !== undefined && value < earlier)
        context.addIssue({ code: 'custom', path: [field], message: `expected ${field} not before ${what}` });
    };
    before('shippedHour', order.hour, "the order's hour");
    // One problem for a delivery: against the shipping when there is one (itself not before the order).
    if (order.shippedHour === undefined) before('deliveredHour', order.hour, "the order's hour");
    else before('deliveredHour', order.shippedHour, 'its shippedHour');
    before('promisedHour', order.hour, "the order's hour");
    const units = new Map<string, number>();
    for (const [index, line] of order.lines.entries()) {
      const total = (units.get(line.sku) ?? 0) + line.units;
      units.set(line.sku, total);
      if (total > MAX_LINE_UNITS && total - line.units <= MAX_LINE_UNITS)
        context.addIssue({
          code: 'custom',
          path: ['lines', index, 'units'],
          message: `SKU ${JSON.stringify(line.sku)} totals ${total.toLocaleString('en-US')} units over several lines; at most ${MAX_LINE_UNITS.toLocaleString('en-US')}`,
        });
    }
  });

/** Every order's id once: two orders sharing one would be one order in a CSV, and indistinguishable in the per-order records. */
const uniqueIds = (orders: ReadonlyArray<{ id: string }>, context: z.RefinementCtx): void => {
  const first = new Map<string, number>();
  for (const [index, { id }] of orders.entries()) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `order id ${JSON.stringify(id)} is also order ${seen}'s; expected each id once`,
      });
  }
};

/**
 * A channel's order history: a CSV file (see the README) or the orders themselves. An inline
 * list becomes columns (HistoryColumns); a file is read into columns by the scenario reader
 * (engine/io/readScenario.ts), which validateScenario then checks without going through zod.
 */
export const orderHistory = z
  .union([
    z.string().min(1, 'expected a file name, not an empty text'),
    z.array(historyOrder).superRefine(uniqueIds).transform(historyFromOrders),
  ])
  .optional()
  .describe(
    'replay past orders instead of ordersPerDay: a CSV file (path relative to the scenario file naming it; columns in the README) or a list of orders',
  );
