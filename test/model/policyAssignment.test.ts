import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/experiment/runScenario.js';
import { demandValueClasses } from '../../engine/model/skuDemand.js';
import { validateLoaded } from '../../engine/io/readScenario.js';
import type { ScenarioError } from '../../engine/scenario/ScenarioError.js';
import { scenarioWith } from '../helpers/scenarios.js';

const QUICK = { horizon: '40d', warmup: '10d', inventory: { initialOnHand: 'target' } };

describe('replenishment parameters per ABC class and per SKU', () => {
  it('classes SKUs by expected demand value: A up to 80%, B up to 95%, C the rest', () => {
    const classes = demandValueClasses(Float64Array.from([50, 30, 10, 5, 3, 2]), Float64Array.from([1, 1, 1, 1, 1, 1]));
    expect(classes).toEqual(['A', 'A', 'B', 'B', 'C', 'C']);
  });

  it('a class policy replaces the global one for that class only, and a SKU policy for that SKU only', () => {
    // C items are never replenished (base-stock 0); one A item likewise.
    const scenario = scenarioWith('scenarios/baseline.json', {
      ...QUICK,
      inventory: {
        ...QUICK.inventory,
        classPolicies: { C: { type: 'base-stock', baseStock: 0 } },
        skuPolicies: { '0': { type: 'base-stock', baseStock: 0 } },
      },
    });
    const { result } = runScenario('classes', scenario, { replications: 1 });
    const { skus } = result.inventory;
    const meanFill = (rows: typeof skus): number => rows.reduce((sum, row) => sum + (row.fillRate ?? 0), 0) / rows.length;
    // SKU 0 is the most popular (class A) and never replenished; the other A SKUs keep the global (r, Q).
    expect(skus.find((sku) => sku.sku === 0)?.fillRate).toBeLessThan(0.05);
    expect(meanFill(skus.filter((sku) => sku.abcClass === 'A' && sku.sku !== 0))).toBeGreaterThan(0.95);
    expect(meanFill(skus.filter((sku) => sku.abcClass === 'C' && sku.demandedUnits >= 5))).toBeLessThan(0.3);
  });

  it('rejects a SKU id outside the catalog and an order-up-to level below the reorder point, with the path', () => {
    const raw = {
      inventory: {
        skuPolicies: { '99999': { type: 'base-stock', baseStock: 1 } },
        classPolicies: { B: { type: 'sS', reorderPoint: 10, orderUpTo: 5 } },
      },
    };
    let problems = '';
    try {
      validateLoaded(raw, 'x.json');
    } catch (error) {
      problems = (error as ScenarioError).message;
    }
    expect(problems).toMatch(/\$\.inventory\.skuPolicies\["99999"\]: expected a SKU id below catalog.skus/);
    expect(problems).toMatch(/\$\.inventory\.classPolicies\.B\.orderUpTo: expected an order-up-to level above the reorder point/);
  });
});
