import { fixedPolicy } from '../BuiltInPolicy.js';

/** Earliest due date: the order whose delivery promise falls first goes first. */
export const earliestDueDate = fixedPolicy('prioritization', 'the promise time: the earliest promised delivery first', {
  name: 'earliest-due-date',
  priority: (order) => order.dueAt,
});
