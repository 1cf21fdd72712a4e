import { z } from 'zod';
import { duration } from './common.js';
import { communication, costs, delivery, returns, satisfaction } from './customer.js';
import { catalog, channel, customers } from './demand.js';
import { inventory } from './inventory.js';
import { processing, warehouse } from './operations.js';
import { shipping } from './shipping.js';

/** The scenario file, after `extends` has been resolved. Every field has a default. */
export const scenarioSchema = z.strictObject({
  description: z.string().default('').describe('one line saying what this scenario is'),
  seed: z.number().int().min(0).default(1).describe('base random seed'),
  replications: z.number().int().min(1).default(5).describe('independent replications (overridden by --reps)'),
  horizon: duration.default('90d').describe('simulated time; the run starts on a Monday at 00:00'),
  warmup: duration.default('14d').describe('statistics cover orders placed after the warm-up'),
  channels: z.array(channel).min(1).prefault([{ name: 'web' }]).describe('sales channels'),
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
});

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written in a file (all fields optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
