/**
 * A worked example of a fulfill plugin: an allocation policy for scarce stock.
 *
 * Loyal customers (the tiers named in `options.loyalTiers`, default ["gold"]) get units
 * first, first come first served among them; everyone else is served by earliest promise.
 * A scenario names it as
 *   "inventory": { "allocation": { "module": "./loyal-first.ts", "options": { "loyalTiers": ["gold"] } } }
 * and `fulfill check-policy scenarios/plugins/loyal-first.ts` runs the conformance suite on it.
 */
import type { AllocationRequest, PolicyPlugin } from '../../engine/index.js';

export default {
  family: 'allocation',
  create(options) {
    const loyal = new Set(Array.isArray(options.loyalTiers) ? options.loyalTiers.map(String) : ['gold']);
    const rank = (request: AllocationRequest): number => (loyal.has(request.tier) ? 0 : 1);
    return {
      name: 'loyal-first',
      allocate(available, requests) {
        const order = requests
          .map((request, index) => ({ request, index }))
          .sort(
            (p, q) =>
              rank(p.request) - rank(q.request) || (rank(p.request) === 1 ? p.request.dueAt - q.request.dueAt : 0) || p.index - q.index,
          );
        const given = requests.map(() => 0);
        let left = available;
        for (const { request, index } of order) {
          const take = Math.min(left, request.units);
          given[index] = take;
          left -= take;
        }
        return given;
      },
    };
  },
} satisfies PolicyPlugin<'allocation'>;
