import { describe, expect, it } from 'vitest';
import { Resource } from '../../engine/kernel/Resource.js';
import type { Order } from '../../engine/model/Order.js';
import { builtInPolicies } from '../../engine/policies/registry.js';
import type { PriorityWeights } from '../../engine/policies/types.js';
import { HOUR } from '../../engine/kernel/time.js';

const NOW = 100 * HOUR;
const NO_WEIGHTS: PriorityWeights = { dueHours: 0, value: 0, tierRank: 0, promiseHours: 0, ageHours: 0 };

/** Stand-in orders: the fields prioritization policies read. */
const order = (id: number, fields: Partial<Pick<Order, 'placedAt' | 'dueAt' | 'value' | 'tierRank'>>): Order =>
  ({ id, placedAt: NOW - HOUR, dueAt: NOW + 24 * HOUR, value: 50, tierRank: 1, ...fields }) as unknown as Order;

/** The order in which a priority-queued resource serves `orders` (joined in the order given, at `NOW`). */
function served(name: string, orders: readonly Order[], weights: PriorityWeights = NO_WEIGHTS): number[] {
  const policy = builtInPolicies.prioritization[name];
  if (policy === undefined) throw new Error(`no policy ${name}`);
  const resource = new Resource({ capacity: 0, discipline: 'priority' });
  const log: number[] = [];
  for (const entry of orders) resource.request(() => log.push(entry.id), policy.priority(entry, NOW, weights));
  for (let i = 0; i < orders.length; i++) {
    resource.setCapacity(1);
    resource.release();
  }
  resource.setCapacity(orders.length);
  return log;
}

describe('prioritization policies order a queue as documented', () => {
  const orders = [
    order(1, { dueAt: NOW + 30 * HOUR, value: 20, tierRank: 2, placedAt: NOW - 2 * HOUR }),
    order(2, { dueAt: NOW + 5 * HOUR, value: 80, tierRank: 1, placedAt: NOW - 1 * HOUR }),
    order(3, { dueAt: NOW + 10 * HOUR, value: 500, tierRank: 0, placedAt: NOW - 50 * HOUR }),
    order(4, { dueAt: NOW + 5 * HOUR, value: 10, tierRank: 0, placedAt: NOW - 4 * HOUR }),
  ];

  it('fifo keeps arrival order; earliest-due-date by promise, ties first come first served', () => {
    expect(served('fifo', orders)).toEqual([1, 2, 3, 4]);
    expect(served('earliest-due-date', orders)).toEqual([2, 4, 3, 1]);
  });

  it('order-value serves the most valuable first; customer-tier the lowest rank first, FIFO within a tier', () => {
    expect(served('order-value', orders)).toEqual([3, 2, 1, 4]);
    expect(served('customer-tier', orders)).toEqual([3, 4, 2, 1]);
  });

  it('critical-ratio serves the order with the least of its allowance left first', () => {
    // Ratios (due - now) / (due - placed): 1: 30/32, 2: 5/6, 3: 10/60, 4: 5/9.
    expect(served('critical-ratio', orders)).toEqual([3, 4, 2, 1]);
  });

  it('weighted combines due date, value, tier, promise and age with the scenario weights', () => {
    expect(served('weighted', orders, { ...NO_WEIGHTS, dueHours: 1 })).toEqual(served('earliest-due-date', orders));
    expect(served('weighted', orders, { ...NO_WEIGHTS, value: 1 })).toEqual(served('order-value', orders));
    expect(served('weighted', orders, { ...NO_WEIGHTS, ageHours: 1 })).toEqual([3, 4, 1, 2]);
    // Hours to due minus a tenth of the value: 1: 30 - 2 = 28, 2: 5 - 8 = -3, 3: 10 - 50 = -40, 4: 5 - 1 = 4.
    expect(served('weighted', orders, { ...NO_WEIGHTS, dueHours: 1, value: 0.1 })).toEqual([3, 2, 4, 1]);
  });
});
