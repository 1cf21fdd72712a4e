import { describe, expect, it } from 'vitest';
import type { AllocationPolicy, AllocationRequest } from '../../engine/policies/allocation/AllocationPolicy.js';
import { allocationFamily } from '../../engine/policies/allocation/family.js';
import type { PolicyOfFamily } from '../../engine/policies/PolicyOfFamily.js';
import { prioritizationFamily } from '../../engine/policies/prioritization/family.js';
import { POLICY_FAMILIES, policyNames } from '../../engine/policies/registry.js';
import { replenishmentFamily } from '../../engine/policies/replenishment/family.js';
import type { ReplenishmentPolicy } from '../../engine/policies/replenishment/ReplenishmentPolicy.js';
import { builtInPolicy } from '../helpers/builtInPolicies.js';

describe('conformance rules', () => {
  for (const family of POLICY_FAMILIES) {
    for (const name of policyNames(family.name)) {
      it(`conformance: built-in ${family.name} policy "${name}" keeps every rule`, async () => {
        const make = (): PolicyOfFamily[typeof family.name] => builtInPolicy(family.name, name);
        const outcomes = (await family.conformance(make)).map((rule) => rule.check({ numRuns: 150, seed: 7 }));
        expect(outcomes.filter((outcome) => !outcome.passed)).toEqual([]);
        expect(outcomes.length).toBeGreaterThanOrEqual(2);
      });
    }
  }

  it('conformance: an over-allocating policy fails with a shrunk counterexample', async () => {
    const greedy: AllocationPolicy = { name: 'greedy', allocate: (_available, requests) => requests.map((request) => request.units) };
    const outcome = (await allocationFamily.conformance(() => greedy))
      .map((rule) => rule.check({ numRuns: 200, seed: 3 }))
      .find((result) => result.name.startsWith('never allocates more'));
    expect(outcome?.passed).toBe(false);
    // Shrinking leaves the smallest failure: no units available, one line awaiting one unit.
    const counterexample = JSON.parse(outcome?.counterexample ?? '{}') as { available: number; requests: Array<{ units: number }> };
    expect(counterexample.available).toBe(0);
    expect(counterexample.requests.map((request) => request.units)).toEqual([1]);
    expect(outcome?.error).toMatch(/gave 1 units but only 0 are available/);
  });

  it('conformance: a policy that mutates its inputs or depends on the order id fails', async () => {
    const byId = (await prioritizationFamily.conformance(() => ({ name: 'by-id', priority: (order) => order.id }))).map((rule) =>
      rule.check({ numRuns: 100, seed: 1 }),
    );
    expect(byId.filter((outcome) => !outcome.passed).map((outcome) => outcome.name)).toEqual([expect.stringMatching(/never inverts/)]);
    const sorting: AllocationPolicy = {
      name: 'sorting',
      allocate(_available, requests) {
        (requests as AllocationRequest[]).sort((p, q) => p.units - q.units);
        return requests.map(() => 0);
      },
    };
    expect(
      (await allocationFamily.conformance(() => sorting))
        .map((rule) => rule.check({ numRuns: 100, seed: 1 }))
        .every((outcome) => !outcome.passed),
    ).toBe(true);
  });

  it('conformance: a replenishment rule that orders fractions, or starts below zero, fails', async () => {
    const fractional: ReplenishmentPolicy = {
      name: 'fractional',
      ruleFor: (demand) => ({
        targetLevel: 10,
        steadyStateLevel: () => 10,
        quantityToOrder: (position) => Math.max(0, demand.unitsPerDay * 3 - position),
      }),
    };
    const failed = (await replenishmentFamily.conformance(() => fractional)).map((rule) => rule.check({ numRuns: 100, seed: 1 }));
    expect(failed.find((outcome) => outcome.name.startsWith('orders a whole number'))?.passed).toBe(false);
    const negative: ReplenishmentPolicy = {
      name: 'negative',
      ruleFor: () => ({ targetLevel: -1, steadyStateLevel: () => 0, quantityToOrder: () => 0 }),
    };
    const start = (await replenishmentFamily.conformance(() => negative))[0]?.check({ numRuns: 20, seed: 1 });
    expect(start?.error).toMatch(/targetLevel -1: expected a whole number of units >= 0/);
  });

  it('conformance: a rule that orders above its ordersOnlyAtOrBelow, or names no position there, fails', async () => {
    // Promises to order only at 5 or below, but tops up to 20 from anywhere below 20.
    const lying: ReplenishmentPolicy = {
      name: 'lying',
      ruleFor: () => ({
        targetLevel: 20,
        steadyStateLevel: () => 20,
        ordersOnlyAtOrBelow: 5,
        quantityToOrder: (position) => Math.max(0, 20 - position),
      }),
    };
    const outcomes = (await replenishmentFamily.conformance(() => lying)).map((rule) => rule.check({ numRuns: 50, seed: 1 }));
    const promise = outcomes.find((outcome) => outcome.name.startsWith('orders nothing at a position above'));
    expect(promise?.passed).toBe(false);
    expect(promise?.error).toMatch(/quantityToOrder\(6\) on day 0 returned 14 though ordersOnlyAtOrBelow is 5/);
    const named: ReplenishmentPolicy = {
      name: 'named',
      ruleFor: () => ({ targetLevel: 20, steadyStateLevel: () => 20, ordersOnlyAtOrBelow: Number.NaN, quantityToOrder: () => 0 }),
    };
    const first = (await replenishmentFamily.conformance(() => named))[0]?.check({ numRuns: 5, seed: 1 });
    expect(first?.error).toMatch(/ordersOnlyAtOrBelow NaN: expected a finite inventory position \(a number\), or none/);
    // -Infinity would never let the model ask the rule: refused like NaN.
    const silenced: ReplenishmentPolicy = {
      name: 'silenced',
      ruleFor: () => ({
        targetLevel: 20,
        steadyStateLevel: () => 20,
        ordersOnlyAtOrBelow: -Infinity,
        quantityToOrder: (p) => Math.max(0, 20 - p),
      }),
    };
    const refused = (await replenishmentFamily.conformance(() => silenced))[0]?.check({ numRuns: 5, seed: 1 });
    expect(refused?.error).toMatch(/ordersOnlyAtOrBelow -Infinity: expected a finite inventory position/);
  });

  it('conformance: a rule that keeps its promise fresh but breaks it once it has seen demand fails', async () => {
    const learning: ReplenishmentPolicy = {
      name: 'learning',
      ruleFor: () => {
        let seen = 0;
        return {
          targetLevel: 20,
          steadyStateLevel: () => 20,
          ordersOnlyAtOrBelow: 5,
          recordDemand: (units) => {
            seen += units;
          },
          quantityToOrder: (position) => (seen > 0 ? Math.max(0, 20 - position) : position <= 5 ? 20 - position : 0),
        };
      },
    };
    const outcome = (await replenishmentFamily.conformance(() => learning))
      .map((rule) => rule.check({ numRuns: 50, seed: 1 }))
      .find((result) => result.name.startsWith('orders nothing at a position above'));
    expect(outcome?.passed).toBe(false);
    expect(outcome?.error).toMatch(/quantityToOrder\(6\) on day \d+ returned 14 though ordersOnlyAtOrBelow is 5/);
  });
});
