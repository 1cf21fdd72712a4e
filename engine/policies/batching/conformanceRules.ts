import fc from 'fast-check';
import type { Order } from '../../domain/Order.js';
import { sShape } from '../routing/sShape.js';
import type { PickLocation } from '../../domain/PickLocation.js';
import type { RoutingLayout } from '../../domain/RoutingLayout.js';
import type { BatchingContext, BatchingPolicy } from './BatchingPolicy.js';
import { availableAtViolation, companionsViolation } from './batchingViolation.js';
import { orders } from '../conformance/arbitraries.js';
import { conformanceProperty, sameDecision, violated, type ConformanceProperty } from '../conformance/ConformanceProperty.js';
import { deepFreeze } from '../conformance/deepFreeze.js';

const LAYOUT: RoutingLayout = { aisles: 8, aisleLength: 20, aisleSpacing: 3, depotX: 0 };
const S_SHAPE = sShape.create();

const calls = fc
  .record({
    queue: fc.uniqueArray(orders, { minLength: 1, maxLength: 15, selector: (order) => order.id }),
    picks: fc.array(
      fc.array(fc.record({ aisle: fc.nat({ max: 7 }), y: fc.integer({ min: 1, max: 19 }) }), { minLength: 1, maxLength: 4 }),
      { minLength: 15, maxLength: 15 },
    ),
    cartCapacity: fc.integer({ min: 1, max: 6 }),
  })
  .map(({ queue, picks, ...limits }) => {
    const [first, ...waiting] = deepFreeze(queue) as [Order, ...Order[]];
    const picksByOrder = new Map(queue.map((order, index) => [order, deepFreeze(picks[index] ?? []) as readonly PickLocation[]]));
    const context: BatchingContext = {
      ...limits,
      picksOf: (order) => picksByOrder.get(order) ?? [],
      tourLength: (list) => S_SHAPE.route(LAYOUT, list).distance,
    };
    return { first, waiting, context };
  });

/** Ids of the chosen orders, for messages and comparisons. */
const ids = (chosen: readonly Order[]): number[] => chosen.map((order) => order.id);

/** The rules every batching policy keeps. */
export function batchingRules(make: () => BatchingPolicy): ConformanceProperty[] {
  return [
    conformanceProperty(
      'fills a cart with distinct waiting orders, never the first twice, within cart capacity',
      calls,
      ({ first, waiting, context }) => {
        const wrong = companionsViolation(waiting, first, context.cartCapacity, make().companions(waiting, first, context));
        if (wrong !== undefined) violated(wrong);
      },
    ),
    conformanceProperty('holds an order back no earlier than its release', calls, ({ first, context }) => {
      const at = make().availableAt?.(first.releasedAt, context) ?? first.releasedAt;
      const wrong = availableAtViolation(first.releasedAt, at);
      if (wrong !== undefined) violated(`available at ${at}, released at ${first.releasedAt}: ${wrong}`);
    }),
    conformanceProperty('is deterministic: the same queue gives the same cart', calls, ({ first, waiting, context }) => {
      if (!sameDecision(ids(make().companions(waiting, first, context)), ids(make().companions(waiting, first, context))))
        violated('two calls with the same inputs differed');
    }),
  ];
}
