import { fixedPolicy } from '../BuiltInPolicy.js';

/** Customer tier: lower tier rank (more valued customers) first, FIFO within a tier. */
export const customerTier = fixedPolicy('prioritization', "the customer tier's rank: the most valued tier first", {
  name: 'customer-tier',
  priority: (order) => order.tierRank,
});
