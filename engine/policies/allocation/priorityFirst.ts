import { fillInOrder, sortedBy } from './fillInOrder.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** Priority: lines are filled whole in the order of the scenario's prioritization key (ties first come first served). */
export const priorityFirst = fixedPolicy(
  'allocation',
  'fills lines whole in the order of the prioritization key (ties in backorder order)',
  {
    name: 'priority',
    allocate: (available, requests) =>
      fillInOrder(
        available,
        requests,
        sortedBy(requests, (request) => request.priority),
      ),
  },
);
