import fc from 'fast-check';
import { HOUR } from '../../kernel/time.js';
import type { PrioritizationPolicy } from './PrioritizationPolicy.js';
import { priorityViolation } from './priorityViolation.js';
import { orders } from '../conformance/arbitraries.js';
import { PlacedOrder } from '../../domain/PlacedOrder.js';
import { conformanceProperty, violated, type ConformanceProperty } from '../conformance/ConformanceProperty.js';
import { deepFreeze } from '../conformance/deepFreeze.js';

const calls = fc.record({ order: orders, now: fc.nat({ max: 400 * HOUR }), otherId: fc.nat({ max: 100_000 }) }).map(deepFreeze);

/** The rules every prioritization policy keeps. */
export function prioritizationRules(make: () => PrioritizationPolicy): ConformanceProperty[] {
  return [
    conformanceProperty('gives every order a finite key', calls, ({ order, now }) => {
      const key = make().priority(order, now);
      const wrong = priorityViolation(key);
      if (wrong !== undefined) violated(`key ${String(key)}: ${wrong}`);
    }),
    conformanceProperty('is deterministic: the same order and time give the same key', calls, ({ order, now }) => {
      if (!Object.is(make().priority(order, now), make().priority(order, now))) violated('two calls with the same inputs differed');
    }),
    conformanceProperty(
      'never inverts first come first served between equal orders (the key ignores the order id)',
      calls,
      ({ order, now, otherId }) => {
        const twin = order instanceof PlacedOrder ? order.copyOf(otherId) : { ...order, id: otherId };
        if (!Object.is(make().priority(order, now), make().priority(twin, now)))
          violated(`orders ${order.id} and ${otherId} differ only in id but got different keys`);
      },
    ),
  ];
}
