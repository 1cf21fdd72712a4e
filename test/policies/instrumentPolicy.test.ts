import { describe, expect, it } from 'vitest';
import { runReplication } from '../../engine/experiment/runReplication.js';
import type { PolicyDecision } from '../../engine/policies/instrumentPolicy.js';
import { validateScenario } from '../../engine/scenario/validateScenario.js';

const scenario = validateScenario(
  {
    horizon: '6d',
    warmup: '1d',
    channels: [{ name: 'web', ordersPerDay: 300 }],
    catalog: { skus: 40 },
    inventory: {
      policy: { type: 'base-stock', baseStock: 2 },
      supplierLeadTime: { dist: 'constant', value: '1d' },
      allocation: 'fair-share',
    },
    warehouse: { pickers: 3, batching: { policy: 'fcfs', cartCapacity: 4 } },
    shipping: { selection: 'lp' },
  },
  'instrumented',
);

describe('instrumentPolicy', () => {
  it('instrumentPolicy: a traced and timed run makes the same decisions and reports every family', () => {
    const plain = runReplication(scenario, 0);
    const decisions: PolicyDecision[] = [];
    let ticks = 0;
    const observed = runReplication(scenario, 0, {
      observer: { decided: (decision) => decisions.push(decision), clock: () => ticks++, timing: {} },
    });
    expect(observed.kpis).toEqual(plain.kpis);
    const families = new Set(decisions.map((decision) => decision.family));
    expect([...families].sort()).toEqual(['allocation', 'batching', 'carrierSelection', 'prioritization', 'replenishment', 'routing']);
    for (const family of families) expect(observed.policyTiming?.[family]?.calls).toBeGreaterThan(0);
    expect(plain.policyTiming).toBeUndefined();
    // Time never goes backwards in the trace, and allocations never give more than was available.
    decisions.forEach((decision, index) => expect(decision.time).toBeGreaterThanOrEqual(decisions[index - 1]?.time ?? 0));
    for (const decision of decisions.filter((entry) => entry.family === 'allocation')) {
      const given = decision.choice as number[];
      expect(given.reduce((sum, units) => sum + units, 0)).toBeLessThanOrEqual(decision.inputs.available as number);
      expect(decision.orders).toHaveLength(given.length);
    }
  });
});
