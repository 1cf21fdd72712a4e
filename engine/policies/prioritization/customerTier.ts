import type { PrioritizationPolicy } from '../types.js';

/** Customer tier: lower tier rank (more valued customers) first, FIFO within a tier. */
export const customerTier: PrioritizationPolicy = {
  name: 'customer-tier',
  priority: (order) => order.tierRank,
};
