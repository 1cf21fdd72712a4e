import type { Scenario } from './schema/scenario.js';
import type { SkuMasterColumns } from './skuMasterColumns.js';

type Policy = Scenario['inventory']['policy'];

/**
 * The replenishment policy each SKU master row sets, by SKU id as `inventory.skuPolicies`
 * writes it: reorderPoint with orderQuantity is an r,Q policy, reorderPoint with orderUpTo an
 * s,S policy (continuous review), orderUpTo alone a base-stock policy. Rows without
 * parameters set none (the scenario's class or global policy applies).
 */
export function skuMasterPolicies(master: SkuMasterColumns): Record<string, Policy> {
  const policies: Record<string, Policy> = {};
  master.codes.forEach((_, sku) => {
    const reorderPoint = master.reorderPoint[sku] ?? null;
    const orderQuantity = master.orderQuantity[sku] ?? null;
    const orderUpTo = master.orderUpTo[sku] ?? null;
    if (reorderPoint !== null && orderQuantity !== null) policies[sku] = { type: 'rQ', reorderPoint, orderQuantity };
    else if (reorderPoint !== null && orderUpTo !== null) policies[sku] = { type: 'sS', reorderPoint, orderUpTo };
    else if (orderUpTo !== null) policies[sku] = { type: 'base-stock', baseStock: orderUpTo };
  });
  return policies;
}
