import type { Distribution } from '../../kernel/random/distributions/index.js';
import { seconds } from '../duration.js';
import type { Scenario } from '../schema/scenario.js';
import { toDurationDistribution } from './toDistribution.js';
import { isSkuMasterColumns } from '../skuMasterColumns.js';

type InventoryConfig = Scenario['inventory'];

/**
 * Supply, stock rules and costs in engine units. The replenishment policies stay as the scenario
 * names them (`policy`, `classPolicies`, `skuPolicies`): they are the options the replenishment
 * policies are created from.
 */
export interface InventorySlice {
  readonly policy: InventoryConfig['policy'];
  readonly classPolicies: InventoryConfig['classPolicies'];
  readonly skuPolicies: InventoryConfig['skuPolicies'];
  readonly serviceLevel: number;
  readonly initialOnHand: InventoryConfig['initialOnHand'];
  /** A SKU master's onHand column: units at time 0 per SKU, replacing initialOnHand where given (null: not given). */
  readonly onHandBySku: ReadonlyArray<number | null> | undefined;
  readonly supplierLeadTime: Distribution;
  /** Supply delay added to every lead time that the rules do not plan for, engine time. */
  readonly unplannedDelay: number;
  readonly supplierFillRate: number;
  /** Cost per replenishment order (money). */
  readonly orderingCost: number;
  /** Holding cost per year as a share of unit price. */
  readonly holdingCostRate: number;
  readonly unmetDemand: InventoryConfig['unmetDemand'];
  readonly partialShipments: boolean;
  readonly oversell: InventoryConfig['oversell'];
}

/** The inventory section (and the holding cost rate) in engine units. */
export function resolveInventory(inventory: InventoryConfig, costs: Scenario['costs'], catalog?: Scenario['catalog']): InventorySlice {
  const master = isSkuMasterColumns(catalog?.file) ? catalog.file : undefined;
  return {
    onHandBySku: master !== undefined && master.onHand.length > 0 ? master.onHand : undefined,
    policy: inventory.policy,
    classPolicies: inventory.classPolicies,
    skuPolicies: inventory.skuPolicies,
    serviceLevel: inventory.serviceLevel,
    initialOnHand: inventory.initialOnHand,
    supplierLeadTime: toDurationDistribution(inventory.supplierLeadTime),
    unplannedDelay: seconds(inventory.unplannedDelay),
    supplierFillRate: inventory.supplierFillRate,
    orderingCost: inventory.orderingCost,
    holdingCostRate: costs.holdingCostRate,
    unmetDemand: inventory.unmetDemand,
    partialShipments: inventory.partialShipments,
    oversell: inventory.oversell,
  };
}
