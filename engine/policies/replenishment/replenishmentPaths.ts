/** Where a scenario names replenishment policies, each replacing the one before for its SKUs. */
export const REPLENISHMENT_PATHS = {
  /** Every SKU's policy. */
  all: ['inventory', 'policy'],
  /** By ABC class (A, B, C). */
  byClass: ['inventory', 'classPolicies', '*'],
  /** By SKU id. */
  bySku: ['inventory', 'skuPolicies', '*'],
} as const;
