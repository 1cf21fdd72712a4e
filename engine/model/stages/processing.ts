import type { Resource } from '../../kernel/Resource.js';
import { createSampler, type Sampler } from '../../kernel/random/distributions/index.js';
import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { ProcessingSlice } from '../../scenario/resolved/processingSlice.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { EventChannel } from '../events.js';
import type { Order } from '../../domain/Order.js';
import type { PriorityKey } from '../priorityKey.js';
import { createStaffPool } from '../staffPool.js';
import { lentOrderPayload } from '../lentPayload.js';

/** Where processing takes its queue order from and hands verified orders to. */
export interface ProcessingLinks {
  readonly priority: PriorityKey;
  readonly next: (order: Order) => void;
}

/**
 * Processing: verification of customer data, availability and price. Automated orders take
 * a short machine time; manual ones queue for a clerk on shift. Either may enter the order
 * wrongly (a wrong item later). Some orders are then held for review, after which they are
 * released or cancelled.
 */
export class ProcessingStage {
  private readonly automatedTime: Sampler;
  private readonly manualTime: Sampler;
  private readonly holdTime: Sampler;
  private readonly errors: RandomStream;
  private readonly holds: RandomStream;
  private readonly clerks: Resource;

  private readonly priority: PriorityKey;
  private readonly next: (order: Order) => void;
  private readonly verifiedPayload = lentOrderPayload();
  private readonly orderVerified: EventChannel<'orderVerified'>;
  /** The automated check's event handler, made once. */
  private readonly verifiedOf = (order: Order): void => this.verified(order);
  /** A clerk's start and end of a manual check, made once: a manual order waits hours for a clerk. */
  private readonly manualCheckOf = (order: Order): void => {
    this.context.simulation.scheduleCall(Math.max(0, this.manualTime()), this.manualCheckedOf, order);
  };
  private readonly manualCheckedOf = (order: Order): void => {
    this.clerks.release();
    this.verified(order);
  };

  constructor(
    private readonly context: ModelContext,
    private readonly processing: ProcessingSlice,
    links: ProcessingLinks,
  ) {
    const { streams } = context;
    this.priority = links.priority;
    this.next = links.next;
    this.automatedTime = createSampler(processing.automated.time, streams.get('processing:automated'));
    this.manualTime = createSampler(processing.manual.time, streams.get('processing:manual'));
    this.holdTime = createSampler(processing.hold.time, streams.get('processing:hold-time'));
    this.errors = streams.get('processing:errors');
    this.holds = streams.get('processing:holds');
    this.clerks = createStaffPool(context, 'clerks', processing.manual.shifts);
    this.orderVerified = context.events.channel('orderVerified');
  }

  /** Takes a newly placed order. */
  accept(order: Order): void {
    const { simulation } = this.context;
    if (!order.manualProcessing) {
      simulation.scheduleCall(Math.max(0, this.automatedTime()), this.verifiedOf, order);
      return;
    }
    this.clerks.requestCall(this.manualCheckOf, order, this.priority(order, simulation.now));
  }

  private verified(order: Order): void {
    const { processing } = this;
    const errorRate = order.manualProcessing ? processing.manual.errorRate : processing.automated.errorRate;
    order.processingError = this.errors() < errorRate;
    order.verifiedAt = this.context.simulation.now;
    this.orderVerified.emit(this.verifiedPayload(order));
    if (this.holds() >= processing.hold.share) {
      this.next(order);
      return;
    }
    moveOrder(this.context, order, 'held');
    this.context.simulation.schedule(Math.max(0, this.holdTime()), () => {
      if (this.holds() < processing.hold.acceptRate) {
        moveOrder(this.context, order, 'processing');
        this.next(order);
      } else {
        moveOrder(this.context, order, 'cancelled');
        this.context.events.emit('orderCancelled', { order });
      }
    });
  }
}
