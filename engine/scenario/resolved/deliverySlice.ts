import { seconds } from '../duration.js';
import type { Scenario } from '../schema/scenario.js';

/** Delivery attempts and damage in transit, in engine units. */
export interface DeliverySlice {
  readonly failedAttemptRate: number;
  /** Time from a failed attempt to the next. */
  readonly redeliveryDelay: number;
  readonly maxAttempts: number;
  readonly damageRate: number;
  readonly fragileDamageRate: number;
}

/** The delivery section in engine units. */
export function resolveDelivery(delivery: Scenario['delivery']): DeliverySlice {
  const { failedAttemptRate, maxAttempts, damageRate, fragileDamageRate } = delivery;
  return { failedAttemptRate, redeliveryDelay: seconds(delivery.redeliveryDelay), maxAttempts, damageRate, fragileDamageRate };
}
