import { mergeScenario, readMergedScenario } from '../engine/node.js';

/** A workload of the policy leaderboard: the baseline with some changes, and why. */
export interface Workload {
  readonly name: string;
  readonly description: string;
  readonly raw: Record<string, unknown>;
}

const WEEK = { horizon: '21d', warmup: '14d' };

function withChannels(base: Record<string, unknown>, scale: number): Record<string, unknown> {
  const channels = (base.channels as Array<Record<string, unknown>>).map((channel) => ({
    ...channel,
    ordersPerDay: (channel.ordersPerDay as number) * scale,
  }));
  return { ...base, channels };
}

function withCapacities(base: Record<string, unknown>, capacity: Record<string, number>): Record<string, unknown> {
  const shipping = base.shipping as Record<string, unknown>;
  const carriers = (shipping.carriers as Array<Record<string, unknown>>).map((carrier) => ({
    ...carrier,
    dailyCapacity: capacity[carrier.name as string] ?? carrier.dailyCapacity,
  }));
  return { ...base, shipping: { ...shipping, carriers } };
}

/** The fixed suite: a normal week, a peak week at 3x demand, a carrier capacity crunch, a supplier delay. */
export function policyWorkloads(baselineFile = 'scenarios/baseline.json'): Workload[] {
  const base = mergeScenario(readMergedScenario(baselineFile), WEEK) as Record<string, unknown>;
  return [
    { name: 'normal-week', description: 'the baseline: one measured week after a 14-day warm-up', raw: base },
    {
      name: 'peak-week',
      description: '3x demand on every channel; seasonal staff triples pickers, packers and clerks, carriers allow 2.5x their capacity',
      raw: mergeScenario(withCapacities(withChannels(base, 3), { parcelco: 3000, swiftship: 2000, budgetpost: 1500 }), {
        warehouse: { pickers: 12, packers: 24 },
        processing: { manual: { clerks: 18 } },
      }) as Record<string, unknown>,
    },
    {
      name: 'carrier-crunch',
      description: 'carrier capacities cut to about 107% of weekly parcels (parcelco 800, swiftship 600, budgetpost 450 a day)',
      raw: withCapacities(base, { parcelco: 800, swiftship: 600, budgetpost: 450 }),
    },
    {
      name: 'supplier-delay',
      description: 'replenishments arrive 10 days later than planned (inventory.unplannedDelay) and 60% full: stock runs out',
      raw: mergeScenario(base, { inventory: { unplannedDelay: '10d', supplierFillRate: 0.6 } }) as Record<string, unknown>,
    },
  ];
}
