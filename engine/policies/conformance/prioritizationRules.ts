import fc from 'fast-check';
import type { PrioritizationPolicy, PriorityWeights } from '../types.js';
import { priorityViolation } from '../validity/priorityViolation.js';
import { orders } from './arbitraries.js';
import { conformanceProperty, violated, type ConformanceProperty } from './ConformanceProperty.js';
import { deepFreeze } from './deepFreeze.js';

const weights: fc.Arbitrary<PriorityWeights> = fc.record({
  dueHours: fc.integer({ min: 0, max: 3 }),
  value: fc.integer({ min: 0, max: 3 }),
  tierRank: fc.integer({ min: 0, max: 3 }),
  promiseHours: fc.integer({ min: 0, max: 3 }),
  ageHours: fc.integer({ min: 0, max: 3 }),
});
const calls = fc.record({ order: orders, now: fc.nat({ max: 400 * 3600 }), weights, otherId: fc.nat({ max: 100_000 }) }).map(deepFreeze);

/** The rules every prioritization policy keeps. */
export function prioritizationRules(make: () => PrioritizationPolicy): ConformanceProperty[] {
  return [
    conformanceProperty('gives every order a finite key', calls, ({ order, now, weights: w }) => {
      const key = make().priority(order, now, w);
      const wrong = priorityViolation(key);
      if (wrong !== undefined) violated(`key ${String(key)}: ${wrong}`);
    }),
    conformanceProperty('is deterministic: the same order and time give the same key', calls, ({ order, now, weights: w }) => {
      if (!Object.is(make().priority(order, now, w), make().priority(order, now, w))) violated('two calls with the same inputs differed');
    }),
    conformanceProperty('never inverts first come first served between equal orders (the key ignores the order id)', calls, ({ order, now, weights: w, otherId }) => {
      const twin = { ...order, id: otherId };
      if (!Object.is(make().priority(order, now, w), make().priority(twin, now, w))) violated(`orders ${order.id} and ${otherId} differ only in id but got different keys`);
    }),
  ];
}
