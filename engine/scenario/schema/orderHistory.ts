import { z } from 'zod';
import { historyFromOrders } from '../historyColumns.js';

/** One order of a replayed history: when (hours from the replay start), its id, lines and service, and what really happened to it. */
export const historyOrder = z
  .strictObject({
    hour: z.number().min(0).describe('hours from the replay start'),
    id: z.string().min(1).describe('order id from the history'),
    lines: z
      .array(
        z.strictObject({ sku: z.string().min(1).describe('SKU code'), units: z.number().int().min(1).max(1_000_000).describe('units') }),
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
  .refine((order) => order.shippedHour === undefined || order.shippedHour >= order.hour, {
    message: "expected shippedHour not before the order's hour",
    path: ['shippedHour'],
  });

/**
 * A channel's order history: a CSV file (see the README) or the orders themselves. An inline
 * list becomes columns (HistoryColumns); a file is read into columns by the scenario reader
 * (engine/io/readScenario.ts), which validateScenario then checks without going through zod.
 */
export const orderHistory = z
  .union([z.string().min(1), z.array(historyOrder).transform(historyFromOrders)])
  .optional()
  .describe(
    'replay past orders instead of ordersPerDay: a CSV file (path relative to the scenario file naming it; columns in the README) or a list of orders',
  );
