import type { Order } from '../../domain/Order.js';
import type { BuiltInPolicy } from '../BuiltInPolicy.js';
import { candidatesIn, type CandidateOptions } from './candidates.js';
import { firstWaiting } from './fcfs.js';

/**
 * Clarke-Wright savings with the order the picker takes as the hub: for each of the first
 * `candidates` waiting orders, the saving of picking it on the same tour is
 * d(first) + d(order) - d(first and order together), with d the routed tour length; the
 * orders with the largest savings join the cart (ties: the one released first) until it is
 * full. Savings are computed once per cart (de Koster et al.'s C&W(i) with one hub).
 */
export const savings: BuiltInPolicy<'batching', CandidateOptions> = {
  family: 'batching',
  name: 'savings',
  description: 'Clarke-Wright savings with the order taken as the hub (among the first `warehouse.batching.candidates` waiting)',
  optionsIn: candidatesIn,
  create: ({ candidates }) => ({
    name: 'savings',
    companions(waiting, first, context) {
      const firstPicks = context.picksOf(first);
      const alone = context.tourLength(firstPicks);
      const scored = firstWaiting(waiting, candidates).map((order, index) => {
        const picks = context.picksOf(order);
        return { order, index, saving: alone + context.tourLength(picks) - context.tourLength([...firstPicks, ...picks]) };
      });
      scored.sort((p, q) => q.saving - p.saving || p.index - q.index);
      return scored.slice(0, context.cartCapacity - 1).map((entry): Order => entry.order);
    },
  }),
};
