import { z } from 'zod';
import { runLength } from './common.js';
import { communication, costs, delivery, returns, satisfaction } from './customer.js';
import { catalog, channel, customers } from './demand.js';
import { inventory } from './inventory.js';
import { processing, warehouse } from './operations.js';
import { replay } from './replay.js';
import { reporting, targets } from './reporting.js';
import { shipping } from './shipping.js';

/** The scenario file, after `extends` has been resolved. Every field has a default. */
export const scenarioSchema = z.strictObject({
  description: z.string().default('').describe('one line saying what this scenario is'),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(1).describe('base random seed'),
  replications: z.number().int().min(1).max(10_000).default(5).describe('independent replications (overridden by --reps)'),
  horizon: runLength
    .default('90d')
    .describe(
      "simulated time; the run starts on a Monday at 00:00 (a replay that sets none anywhere: the history's span plus replay.drain)",
    ),
  warmup: runLength.default('14d').describe('statistics cover orders placed after the warm-up'),
  channels: z
    .array(channel)
    .min(1)
    .prefault([{ name: 'web' }])
    .describe('sales channels'),
  replay,
  catalog: catalog.prefault({}),
  customers: customers.prefault({}),
  processing: processing.prefault({}),
  inventory: inventory.prefault({}),
  warehouse: warehouse.prefault({}),
  shipping: shipping.prefault({}),
  communication: communication.prefault({}),
  delivery: delivery.prefault({}),
  returns: returns.prefault({}),
  satisfaction: satisfaction.prefault({}),
  costs: costs.prefault({}),
  // Optional without defaults, so a scenario that sets neither parses (and hashes) as before.
  reporting,
  targets,
  limits: z
    .strictObject({
      maxOrders: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('orders a command may simulate (orders x replications) before it refuses to start; default 50,000,000'),
    })
    .prefault({})
    .describe('bounds on the work a command may start (see "Limits and safety" in the README)'),
});

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
