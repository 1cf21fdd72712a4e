import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { TrackingSlice } from '../../scenario/resolved/trackingSlice.js';
import type { ModelContext } from '../ModelContext.js';
import type { EventChannel } from '../events.js';
import type { Order } from '../../domain/Order.js';

/**
 * Tracking and communication: notifications are events (confirmation and shipped for
 * "basic"; also out-for-delivery and delay notices for "proactive"). Late or missing
 * information drives "where is my order" contacts, decided once the order is delivered.
 */
export class TrackingStage {
  private readonly contacts: RandomStream;
  private readonly notificationSent: EventChannel<'notificationSent'>;

  constructor(
    private readonly context: ModelContext,
    private readonly communication: TrackingSlice,
  ) {
    this.contacts = context.streams.get('tracking:contacts');
    const notificationSent = (this.notificationSent = context.events.channel('notificationSent'));
    if (communication.notifications !== 'none') {
      context.events.on('orderVerified', ({ order }) => {
        if (notificationSent.listening) notificationSent.emit({ order, kind: 'confirmation' });
      });
    }
  }

  /** The parcel left with the carrier; `arrivesAt` is its first delivery attempt. */
  shipped(order: Order, arrivesAt: number): void {
    const mode = this.communication.notifications;
    if (mode === 'none') return;
    order.shippedNotified = true;
    if (this.notificationSent.listening) this.notificationSent.emit({ order, kind: 'shipped' });
    if (mode === 'proactive' && arrivesAt > order.dueAt) this.announceDelay(order);
  }

  /** A delivery attempt is under way. */
  outForDelivery(order: Order): void {
    if (this.communication.notifications === 'proactive') {
      if (this.notificationSent.listening) this.notificationSent.emit({ order, kind: 'outForDelivery' });
    }
  }

  /** A failed attempt pushed delivery past the promise. */
  delayed(order: Order): void {
    if (this.communication.notifications === 'proactive') this.announceDelay(order);
  }

  /** Decides whether the customer contacted us about this delivered order. */
  delivered(order: Order): void {
    const { communication } = this;
    const late = order.deliveredAt > order.dueAt;
    const informed = late ? order.delayNotified : order.shippedNotified;
    const probability = Math.min(
      1,
      (late ? communication.contactRateLate : communication.contactRate) * (informed ? 1 : communication.uninformedFactor),
    );
    if (this.contacts() < probability) {
      order.contacted = true;
      this.context.events.emit('customerContacted', { order });
    }
  }

  private announceDelay(order: Order): void {
    if (order.delayNotified) return;
    order.delayNotified = true;
    this.notificationSent.emit({ order, kind: 'delay' });
  }
}
