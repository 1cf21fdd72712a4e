import type { Order } from '../../domain/Order.js';
import type { BuiltInPolicy } from '../BuiltInPolicy.js';
import { candidatesIn, type CandidateOptions } from './candidates.js';
import { firstWaiting } from './fcfs.js';

/**
 * Seed batching (de Koster et al., 1999): the order the picker takes is the seed; then, one at
 * a time, the candidate adding the fewest aisles not yet on the cart's tour joins it (ties:
 * the one released first), until the cart is full. Candidates are the first `candidates`
 * waiting orders in release order.
 */
export const seed: BuiltInPolicy<'batching', CandidateOptions> = {
  family: 'batching',
  name: 'seed',
  description:
    'the order taken is the seed; the candidate adding the fewest aisles joins next (among the first `warehouse.batching.candidates` waiting)',
  optionsIn: candidatesIn,
  create: ({ candidates }) => ({
    name: 'seed',
    companions(waiting, first, context) {
      const pool = firstWaiting(waiting, candidates);
      const aisles = new Set(context.picksOf(first).map((pick) => pick.aisle));
      const aislesOf = new Map(pool.map((order) => [order, [...new Set(context.picksOf(order).map((pick) => pick.aisle))]]));
      const chosen: Order[] = [];
      while (chosen.length < context.cartCapacity - 1 && aislesOf.size > 0) {
        let best: Order | undefined;
        let fewest = Infinity;
        for (const [order, orderAisles] of aislesOf) {
          let added = 0;
          for (const aisle of orderAisles) if (!aisles.has(aisle)) added++;
          if (added < fewest) [best, fewest] = [order, added];
        }
        const joining = best as Order;
        for (const aisle of aislesOf.get(joining) ?? []) aisles.add(aisle);
        aislesOf.delete(joining);
        chosen.push(joining);
      }
      return chosen;
    },
  }),
};
