import type { AllocationPolicy } from '../types.js';
import { fillInOrder, sortedBy } from './fillInOrder.js';

/** Priority: lines are filled whole in the order of the scenario's prioritization key (ties first come first served). */
export const priorityFirst: AllocationPolicy = {
  name: 'priority',
  allocate: (available, requests) => fillInOrder(available, requests, sortedBy(requests, (request) => request.priority)),
};
