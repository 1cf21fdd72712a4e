import { z } from 'zod';
import { durationDistribution } from './distribution.js';

const auto = z.literal('auto');

/** A replenishment policy, chosen by `type`. */
export const replenishmentPolicy = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('base-stock'),
    baseStock: z.union([z.number().int().min(0), auto]).default('auto').describe('order-up-to level S (units) or "auto"'),
  }),
  z.strictObject({
    type: z.literal('rQ'),
    reorderPoint: z.union([z.number().int().min(-1), auto]).default('auto').describe('reorder point r (units) or "auto"'),
    orderQuantity: z.union([z.number().int().min(1), auto]).default('auto').describe('order quantity Q (units) or "auto" (EOQ)'),
  }),
]);

/** Inventory: replenishment, supply and unmet demand. */
export const inventory = z.strictObject({
  policy: replenishmentPolicy.default({ type: 'rQ', reorderPoint: 'auto', orderQuantity: 'auto' }).describe('replenishment policy'),
  serviceLevel: z.number().gt(0).lt(1).default(0.95).describe('cycle service level used by "auto" parameters'),
  initialOnHand: z
    .union([z.number().int().min(0), z.literal('target'), z.literal('steady-state')])
    .default('target')
    .describe('units on hand per SKU at time 0: a number; "target" = S (base-stock) or r + Q (rQ); "steady-state" = S, or uniform on r+1..r+Q per SKU (shortens the warm-up)'),
  supplierLeadTime: durationDistribution
    .default({ dist: 'gamma', mean: '10d', sd: '3d' })
    .describe('time from replenishment order to receipt, drawn per order (orders may cross)'),
  orderingCost: z.number().min(0).default(50).describe('cost per replenishment order (money), used by EOQ'),
  unmetDemand: z.enum(['backorder', 'lost-sale']).default('backorder').describe('what happens to units not on hand'),
});
