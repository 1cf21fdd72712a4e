import { z } from 'zod';
import { pluginReference, policyReference } from './policyReference.js';
import { duration } from './common.js';
import { durationDistribution } from './distribution.js';
import { parseDuration } from '../duration.js';
import { HOUR } from '../../kernel/time.js';

/**
 * Time between periodic reviews: at least an hour. Each review visits every SKU it covers, so a
 * review a second apart made a day of 2,000 SKUs take 47 s, work the order-count limit does not
 * see; a continuous-review policy (sS, rQ) reorders the moment a SKU reaches its point.
 */
const reviewPeriod = duration.refine((text) => (parseDuration(text) ?? 0) >= HOUR, {
  message: 'expected at least 1h between reviews (sS or rQ reorder the moment stock reaches the point)',
});

const auto = z.literal('auto');

/**
 * A replenishment policy: a built-in chosen by `type`, with its fields, or a user's module
 * (told apart by having no `type`, so a mistake in a built-in's fields is reported at its path).
 */
export const replenishmentPolicy = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('base-stock'),
    baseStock: z
      .union([z.number().int().min(0), auto])
      .default('auto')
      .describe('order-up-to level S (units) or "auto"'),
  }),
  z.strictObject({
    type: z.literal('rQ'),
    reorderPoint: z
      .union([z.number().int().min(-1), auto])
      .default('auto')
      .describe('reorder point r (units) or "auto"'),
    orderQuantity: z
      .union([z.number().int().min(1), auto])
      .default('auto')
      .describe('order quantity Q (units) or "auto" (EOQ)'),
  }),
  z.strictObject({
    type: z.literal('sS'),
    reorderPoint: z
      .union([z.number().int().min(-1), auto])
      .default('auto')
      .describe('continuous review: reorder point s (units) or "auto"'),
    orderUpTo: z
      .union([z.number().int().min(0), auto])
      .default('auto')
      .describe('order-up-to level S (units) or "auto" (s + EOQ)'),
  }),
  z.strictObject({
    type: z.literal('RS'),
    reviewPeriod: reviewPeriod.describe('time between reviews (reviews at 0, R, 2R, ...)'),
    orderUpTo: z
      .union([z.number().int().min(0), auto])
      .default('auto')
      .describe('order-up-to level S (units) or "auto"'),
  }),
  z.strictObject({
    type: z.literal('sS-periodic'),
    reviewPeriod: reviewPeriod.describe('time between reviews (reviews at 0, R, 2R, ...)'),
    reorderPoint: z
      .union([z.number().int().min(-1), auto])
      .default('auto')
      .describe('periodic review: reorder point s (units) or "auto"'),
    orderUpTo: z
      .union([z.number().int().min(0), auto])
      .default('auto')
      .describe('order-up-to level S (units) or "auto" (s + EOQ)'),
  }),
  z.strictObject({
    type: z.literal('forecast'),
    reviewPeriod: reviewPeriod.default('7d').describe('time between reviews; at each, S is recomputed from the forecast'),
    method: z
      .enum(['moving-average', 'exponential-smoothing', 'holt', 'holt-winters'])
      .default('holt-winters')
      .describe("forecasting method fitted to the SKU's daily demand (holt-winters: additive, weekly season)"),
    window: z.number().int().min(1).default(28).describe('moving-average: days averaged'),
    alpha: z.number().gt(0).max(1).default(0.2).describe('smoothing of the level'),
    beta: z.number().min(0).max(1).default(0.05).describe('holt, holt-winters: smoothing of the trend'),
    gamma: z.number().min(0).max(1).default(0.1).describe('holt-winters: smoothing of the weekly season'),
    target: z
      .enum(['cycle-service', 'fill-rate'])
      .default('cycle-service')
      .describe('safety stock for inventory.serviceLevel as a cycle service level, or for fillRate'),
    fillRate: z.number().gt(0).lt(1).default(0.98).describe('target fill rate when target is "fill-rate"'),
    history: duration.default('14d').describe("demand history needed before forecasts are used (before it: the scenario's mean rates)"),
  }),
  pluginReference.extend({ type: z.undefined().optional() }),
]);

/** Inventory: replenishment, supply and unmet demand. */
export const inventory = z.strictObject({
  policy: replenishmentPolicy
    .default({ type: 'rQ', reorderPoint: 'auto', orderQuantity: 'auto' })
    .describe('replenishment policy (see Policies)'),
  classPolicies: z
    .strictObject({
      A: replenishmentPolicy.optional().describe('policy for class A SKUs'),
      B: replenishmentPolicy.optional().describe('policy for class B SKUs'),
      C: replenishmentPolicy.optional().describe('policy for class C SKUs'),
    })
    .optional()
    .describe(
      'policies by ABC class, replacing `policy` for the SKUs of a class (classes by expected demand value: A up to 80% of units/day × price, B up to 95%, C the rest)',
    ),
  skuPolicies: z
    .record(z.string().regex(/^\d+$/, 'expected a SKU id (0, 1, ...)'), replenishmentPolicy)
    .optional()
    .describe('policies for single SKUs by id, replacing the class and global policies'),
  serviceLevel: z.number().gt(0).lt(1).default(0.95).describe('cycle service level used by "auto" parameters'),
  initialOnHand: z
    .union([z.number().int().min(0), z.literal('target'), z.literal('steady-state')])
    .default('target')
    .describe(
      'units on hand per SKU at time 0: a number; "target" = S (base-stock, sS, RS, sS-periodic) or r + Q (rQ); "steady-state" = a draw from the policy\'s steady-state position: S for base-stock, uniform on r+1..r+Q (rQ) or s+1..S (sS, sS-periodic), S minus a uniform share of one review period\'s demand (RS); shortens the warm-up',
    ),
  supplierLeadTime: durationDistribution
    .default({ dist: 'gamma', mean: '10d', sd: '3d' })
    .describe('time from replenishment order to receipt, drawn per order (orders may cross)'),
  unplannedDelay: duration
    .default('0s')
    .describe('extra time added to every supplier lead time that "auto" parameters and forecasts do not plan for (a supply disruption)'),
  supplierFillRate: z
    .number()
    .gt(0)
    .max(1)
    .default(1)
    .describe(
      'share of ordered units the supplier delivers: each unit arrives with this probability, the rest of the order is cancelled at receipt',
    ),
  orderingCost: z.number().min(0).default(50).describe('cost per replenishment order (money), used by EOQ'),
  unmetDemand: z.enum(['backorder', 'lost-sale']).default('backorder').describe('what happens to units not on hand'),
  allocation: policyReference().default('fcfs').describe('who gets scarce units when a receipt arrives and backorders wait'),
  partialShipments: z
    .boolean()
    .default(false)
    .describe(
      'false: an order waits until every unit is issued; true: an order that holds at least one unit ships at once and its units still short are cancelled (backorder mode only)',
    ),
  oversell: z
    .enum(['backorder', 'cancel'])
    .default('backorder')
    .describe('an order with an oversold line (see channels[].syncDelay): handled like any shortfall, or cancelled whole at allocation'),
});
