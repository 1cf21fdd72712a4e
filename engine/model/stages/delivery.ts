import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { DeliverySlice } from '../../scenario/resolved/deliverySlice.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { EventChannel } from '../events.js';
import { lentOrderPayload } from '../lentPayload.js';
import type { Order } from '../../domain/Order.js';
import type { TrackingStage } from './tracking.js';

/** The tracking stage delivery reports to, and what follows a delivery. */
export interface DeliveryLinks {
  readonly tracking: TrackingStage;
  readonly onDelivered: (order: Order) => void;
}

/**
 * Delivery and receipt: attempts fail with a probability and are retried after a delay
 * (the last allowed attempt always succeeds); a delivered parcel may be damaged in
 * transit, more often when it holds a fragile item.
 */
export class DeliveryStage {
  private readonly attempts: RandomStream;
  private readonly damage: RandomStream;
  private readonly tracking: TrackingStage;
  private readonly onDelivered: (order: Order) => void;
  /** The attempt event's handler, made once (parcels wait days for it). */
  private readonly attemptOf = (order: Order): void => this.attempt(order);
  private readonly delivered = lentOrderPayload();
  private readonly orderDelivered: EventChannel<'orderDelivered'>;
  private readonly deliveryAttempted: EventChannel<'deliveryAttempted'>;

  constructor(
    private readonly context: ModelContext,
    private readonly delivery: DeliverySlice,
    links: DeliveryLinks,
  ) {
    this.tracking = links.tracking;
    this.onDelivered = links.onDelivered;
    this.attempts = context.streams.get('delivery:attempts');
    this.damage = context.streams.get('delivery:damage');
    this.orderDelivered = context.events.channel('orderDelivered');
    this.deliveryAttempted = context.events.channel('deliveryAttempted');
  }

  /** Schedules the first attempt of a parcel handed to the carrier. */
  dispatch(order: Order, arrivesAt: number): void {
    this.tracking.shipped(order, arrivesAt);
    this.scheduleAttempt(order, arrivesAt);
  }

  private scheduleAttempt(order: Order, at: number): void {
    if (at >= this.context.horizon) return;
    this.context.simulation.scheduleCallAt(at, this.attemptOf, order);
  }

  private attempt(order: Order): void {
    const { delivery } = this;
    const { simulation } = this.context;
    this.tracking.outForDelivery(order);
    const lastAttempt = order.failedAttempts + 1 >= delivery.maxAttempts;
    if (!lastAttempt && this.attempts() < delivery.failedAttemptRate) {
      order.failedAttempts++;
      if (this.deliveryAttempted.listening) this.deliveryAttempted.emit({ order, success: false });
      const retryAt = simulation.now + delivery.redeliveryDelay;
      if (retryAt > order.dueAt) this.tracking.delayed(order);
      this.scheduleAttempt(order, retryAt);
      return;
    }
    if (this.deliveryAttempted.listening) this.deliveryAttempted.emit({ order, success: true });
    order.deliveredAt = simulation.now;
    order.damaged = this.damage() < (order.fragile ? delivery.fragileDamageRate : delivery.damageRate);
    moveOrder(this.context, order, 'delivered');
    this.orderDelivered.emit(this.delivered(order));
    this.onDelivered(order);
  }
}
