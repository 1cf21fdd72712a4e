import { PlacedOrder } from '../../domain/PlacedOrder.js';

/** Freezes a value and everything it holds, so a policy that mutates its inputs throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    // An order's numbers are not among its own fields: it freezes them itself.
    if (value instanceof PlacedOrder) value.freeze();
    else Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
