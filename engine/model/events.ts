import type { Order, OrderState } from '../domain/Order.js';
import type { Route } from '../domain/Route.js';
import type { Channel } from '../kernel/Channel.js';

/** Staff pools whose busy time and shift capacity are reported. */
export type StaffPool = 'pickers' | 'packers' | 'clerks';

/**
 * Every domain event the model emits, by name, with its payload. Observers subscribe to these.
 * A payload is lent for the call: the busiest sites fill one object for each of their events
 * (see Lent), so a listener reads what it needs during the call and never keeps the payload.
 */
export interface ModelEvents {
  orderPlaced: { readonly order: Order };
  orderStateChanged: { readonly order: Order; readonly from: OrderState | null; readonly to: OrderState };
  /** The order left the journey unshipped (also announced as its state change): cancelled, or lost for want of stock. */
  orderDropped: { readonly order: Order; readonly state: 'cancelled' | 'lost' };
  orderVerified: { readonly order: Order };
  orderCancelled: { readonly order: Order };
  orderAllocated: { readonly order: Order; readonly unitsDemanded: number; readonly unitsFilled: number };
  stockChanged: { readonly sku: number; readonly onHandDelta: number; readonly backorderDelta: number; readonly onHand: number };
  stockedOut: { readonly sku: number };
  unitsIssued: { readonly sku: number; readonly units: number };
  unitsLost: { readonly order: Order; readonly sku: number; readonly units: number };
  /** Partial shipments: an order ships what it holds and these backordered units are cancelled. */
  unitsCancelled: { readonly order: Order; readonly sku: number; readonly units: number };
  replenishmentOrdered: { readonly sku: number; readonly units: number; readonly leadTime: number };
  /** A replenishment order arrives: `units` delivered, `cancelledUnits` the supplier could not fill. */
  /** At allocation, lines the channel showed in stock are short: `cancelled` when the scenario cancels such orders. */
  orderOversold: { readonly order: Order; readonly lines: number; readonly cancelled: boolean };
  stockReceived: { readonly sku: number; readonly units: number; readonly cancelledUnits: number };
  /** A forecasting replenishment rule's forecast of the review period just ended, against the demand that came. */
  forecastEvaluated: { readonly sku: number; readonly forecastUnits: number; readonly actualUnits: number };
  stockRestocked: { readonly sku: number; readonly units: number };
  orderReleased: { readonly order: Order };
  pickStarted: { readonly order: Order };
  /**
   * A picker of pick zone `zone` starts a tour of `orders` orders lasting `duration` seconds:
   * the routing policy's route in the zone's coordinates (undefined when the scenario draws
   * whole pick times instead of walking routes). Heard only by the day recorder.
   */
  tourStarted: { readonly zone: number; readonly orders: number; readonly route: Route | undefined; readonly duration: number };
  pickFinished: { readonly order: Order; readonly travelMeters: number; readonly lines: number };
  packFinished: { readonly order: Order };
  carrierSelected: { readonly order: Order; readonly carrier: string; readonly cost: number; readonly pickupAt: number };
  orderShipped: { readonly order: Order };
  notificationSent: { readonly order: Order; readonly kind: 'confirmation' | 'shipped' | 'outForDelivery' | 'delay' };
  deliveryAttempted: { readonly order: Order; readonly success: boolean };
  orderDelivered: { readonly order: Order };
  customerContacted: { readonly order: Order };
  orderScored: { readonly order: Order; readonly score: number };
  returnInitiated: { readonly order: Order; readonly reason: string };
  returnReceived: { readonly order: Order; readonly restocked: boolean };
  staffChanged: { readonly pool: StaffPool; readonly busy: number; readonly capacity: number };
}

/** The channel of one model event, which a stage that emits it often takes once (`events.channel(name)`). */
export type EventChannel<Name extends keyof ModelEvents> = Channel<ModelEvents[Name]>;
