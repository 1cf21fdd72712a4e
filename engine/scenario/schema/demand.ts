import { z } from 'zod';
import { duration, fraction, relativeWeights, weights } from './common.js';
import { amountDistribution, countDistribution, popularityDistribution } from './distribution.js';
import { orderHistory } from './orderHistory.js';
import type { SkuMasterColumns } from '../skuMasterColumns.js';

const FLAT_DAY = Array.from({ length: 24 }, () => 1);

/**
 * The lowest order rate above 0 a channel may have (orders a day). A rate of 10^-8 a day looks
 * for its first order 10^8 days ahead, an hour at a time; 0.0001 is the finest rate calibrate
 * writes (four decimals).
 */
export const MIN_ORDERS_PER_DAY = 0.0001;

/** The highest order rate a channel may have (orders a day). */
export const MAX_ORDERS_PER_DAY = 10_000_000;

/** One sales channel: its order rate, profiles and order shape. */
export const channel = z.strictObject({
  name: z.string().min(1).describe('channel name, unique (e.g. "web", "marketplace", "b2b")'),
  ordersPerDay: z
    .number()
    .min(0)
    .max(MAX_ORDERS_PER_DAY)
    .refine((rate) => rate <= 0 || rate >= MIN_ORDERS_PER_DAY, { message: `expected 0 or at least ${MIN_ORDERS_PER_DAY} orders a day` })
    .default(1500)
    .describe('orders/day: average over a whole week; the profiles below only shape it in time'),
  hourlyProfile: relativeWeights.length(24).default(FLAT_DAY).describe('relative order rate in each hour 0-23 (any scale; default flat)'),
  weekdayProfile: relativeWeights
    .length(7)
    .default([1, 1, 1, 1, 1, 1, 1])
    .describe('relative order rate Monday to Sunday (any scale; default flat)'),
  growthPerYear: z
    .number()
    .min(-1)
    .default(0)
    .describe(
      'linear demand trend: the order rate is multiplied by 1 + growthPerYear × (days since start) / 365 (0.5 = +50% a year; -1 at most)',
    ),
  orderHistory,
  linesPerOrder: countDistribution
    .default({ dist: 'poisson', mean: 0.6, shift: 1 })
    .describe('count distribution of SKU draws per order (a repeated SKU merges into one line)'),
  unitsPerLine: countDistribution.default({ dist: 'poisson', mean: 0.2, shift: 1 }).describe('count distribution of units per line'),
  serviceMix: weights.default({ ground: 1 }).describe('relative share of each shipping service (names from shipping.services)'),
  tierMix: weights.default({ standard: 1 }).describe('relative share of each customer tier (names from customers.tiers)'),
  processing: z
    .enum(['automated', 'manual'])
    .default('automated')
    .describe('how orders of this channel are verified and entered (see processing)'),
  residentialShare: fraction.default(1).describe('share of deliveries to homes (carrier residential surcharge)'),
  syncDelay: duration
    .default('0s')
    .describe(
      'how late the channel sees stock levels: a line whose stock the channel showed but the DC no longer has at allocation is an oversell',
    ),
});

/** The SKU catalog. */
export const catalog = z.strictObject({
  file: z
    .string()
    .min(1, 'expected a file name, not an empty text')
    .transform((path): string | SkuMasterColumns => path)
    .optional()
    .describe(
      'SKU master CSV (path relative to the scenario file naming it; columns under "SKU master" in the README): codes, prices, weights, dimensions, fragility and locations of your own SKUs, replacing the synthetic laws',
    ),
  unknownSkus: z
    .enum(['error', 'by-popularity'])
    .default('error')
    .describe(
      'with a SKU master: a history SKU code the master does not list is an error naming file and line ("error"), or is mapped onto the master\'s SKUs by popularity ("by-popularity")',
    ),
  skus: z.number().int().min(1).max(1_000_000).default(2000).describe('number of SKUs'),
  popularity: popularityDistribution
    .default({ dist: 'zipf', exponent: 1 })
    .describe(
      'SKU demand law: {"dist":"zipf","exponent":s} over popularity ranks, or {"dist":"empirical","weights":[...]} one weight per SKU',
    ),
  unitPrice: amountDistribution
    .default({ dist: 'lognormal', mean: 35, sd: 25 })
    .describe('price of one unit of a SKU (money), drawn once per SKU'),
  unitWeightKg: amountDistribution
    .default({ dist: 'lognormal', mean: 0.8, sd: 0.6 })
    .describe('weight of one unit (kg), drawn once per SKU'),
  unitVolumeLitres: amountDistribution
    .default({ dist: 'lognormal', mean: 2, sd: 2 })
    .describe('volume of one unit (litres), drawn once per SKU: cartons, pallets and dimensional weight'),
  fragileShare: fraction.default(0.1).describe('share of SKUs that are fragile (protective packaging, more damage)'),
});

/** Customer tiers and their weight in prioritization and satisfaction. */
export const customers = z.strictObject({
  tiers: z
    .record(z.string(), z.strictObject({ rank: z.number().int().min(0).describe('0 is the most valued tier') }))
    .default({ standard: { rank: 1 }, gold: { rank: 0 } })
    .describe('customer tiers by name, with a rank (0 = most valued)'),
});
