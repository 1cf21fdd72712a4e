import type { Order } from '../domain/Order.js';

/**
 * A payload an emitting site lends to its event's listeners: one object, filled anew for each
 * event the site sends (see ModelEvents). A baseline replication emits two million payloads;
 * made afresh they were about a sixth of the bytes it allocated, each one more reason for a
 * young-generation collection that copies the orders under way.
 */
export type Lent<Payload> = { -readonly [Key in keyof Payload]: Payload[Key] };

/** The `{ order }` payload of one emitting site: returns its one object, holding `order`. */
export function lentOrderPayload(): (order: Order) => { readonly order: Order } {
  let payload: Lent<{ order: Order }> | undefined;
  return (order) => {
    payload ??= { order };
    payload.order = order;
    return payload;
  };
}
