import { buildModel } from '../model/buildModel.js';
import type { Order } from '../domain/Order.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { skuCode } from './skuCode.js';

/** A customer order as a history records it: engine times in seconds from time 0, NaN when it did not happen before the horizon. */
export interface PlacedOrder {
  readonly id: string;
  readonly channel: string;
  readonly service: string;
  readonly placedAt: number;
  readonly shippedAt: number;
  readonly deliveredAt: number;
  readonly dueAt: number;
  readonly lines: ReadonlyArray<{ readonly sku: string; readonly units: number }>;
}

/**
 * Runs replication 0 of `scenario` and returns the customer orders it placed (not the
 * exchanges that returns create), in placement order, with what happened to each by the horizon.
 */
export function placedCustomerOrders(scenario: Scenario, seed: number): PlacedOrder[] {
  const model = buildModel(scenario, 0, { seed });
  const orders: Order[] = [];
  model.context.events.on('orderPlaced', ({ order }) => {
    if (order.origin === 'customer') orders.push(order);
  });
  model.run();
  const { catalog } = model.context;
  return orders.map((order) => ({
    id: String(order.id),
    channel: order.channel,
    service: order.service,
    placedAt: order.placedAt,
    shippedAt: order.shippedAt,
    deliveredAt: order.deliveredAt,
    dueAt: order.dueAt,
    lines: order.lines.map((line) => ({ sku: skuCode(catalog, line.sku), units: line.units })),
  }));
}
