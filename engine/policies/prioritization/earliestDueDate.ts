import type { PrioritizationPolicy } from '../types.js';

/** Earliest due date: the order whose delivery promise falls first goes first. */
export const earliestDueDate: PrioritizationPolicy = {
  name: 'earliest-due-date',
  priority: (order) => order.dueAt,
};
