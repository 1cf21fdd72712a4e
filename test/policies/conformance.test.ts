import { describe, expect, it } from 'vitest';
import { conformanceRules } from '../../engine/policies/conformance/conformanceRules.js';
import type { PolicyOfFamily } from '../../engine/policies/plugins/PolicyPlugin.js';
import { builtInPolicies, NAMED_POLICY_FAMILIES } from '../../engine/policies/registry.js';
import type { AllocationPolicy, AllocationRequest } from '../../engine/policies/types.js';

describe('conformanceRules', () => {
  for (const family of NAMED_POLICY_FAMILIES) {
    for (const [name, policy] of Object.entries(builtInPolicies[family])) {
      it(`conformanceRules: built-in ${family} policy "${name}" keeps every rule`, () => {
        const outcomes = conformanceRules(family, () => policy as PolicyOfFamily[typeof family]).map((rule) => rule.check({ numRuns: 150, seed: 7 }));
        expect(outcomes.filter((outcome) => !outcome.passed)).toEqual([]);
        expect(outcomes.length).toBeGreaterThanOrEqual(2);
      });
    }
  }

  it('conformanceRules: an over-allocating policy fails with a shrunk counterexample', () => {
    const greedy: AllocationPolicy = { name: 'greedy', allocate: (_available, requests) => requests.map((request) => request.units) };
    const outcome = conformanceRules('allocation', () => greedy)
      .map((rule) => rule.check({ numRuns: 200, seed: 3 }))
      .find((result) => result.name.startsWith('never allocates more'));
    expect(outcome?.passed).toBe(false);
    // Shrinking leaves the smallest failure: no units available, one line awaiting one unit.
    const counterexample = JSON.parse(outcome?.counterexample ?? '{}') as { available: number; requests: Array<{ units: number }> };
    expect(counterexample.available).toBe(0);
    expect(counterexample.requests.map((request) => request.units)).toEqual([1]);
    expect(outcome?.error).toMatch(/gave 1 units but only 0 are available/);
  });

  it('conformanceRules: a policy that mutates its inputs or depends on the order id fails', () => {
    const byId = conformanceRules('prioritization', () => ({ name: 'by-id', priority: (order) => order.id })).map((rule) => rule.check({ numRuns: 100, seed: 1 }));
    expect(byId.filter((outcome) => !outcome.passed).map((outcome) => outcome.name)).toEqual([expect.stringMatching(/never inverts/)]);
    const sorting: AllocationPolicy = {
      name: 'sorting',
      allocate(_available, requests) {
        (requests as AllocationRequest[]).sort((p, q) => p.units - q.units);
        return requests.map(() => 0);
      },
    };
    expect(conformanceRules('allocation', () => sorting).map((rule) => rule.check({ numRuns: 100, seed: 1 })).every((outcome) => !outcome.passed)).toBe(true);
  });
});
