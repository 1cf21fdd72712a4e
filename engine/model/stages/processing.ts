import type { Resource } from '../../kernel/Resource.js';
import { createSampler, type Sampler } from '../../kernel/random/distributions/index.js';
import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { PrioritizationPolicy } from '../../policies/prioritization/PrioritizationPolicy.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Order } from '../../domain/Order.js';
import { createStaffPool } from '../staffPool.js';
import { toDurationDistribution } from '../toDistribution.js';

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

  constructor(
    private readonly context: ModelContext,
    private readonly prioritization: PrioritizationPolicy,
    private readonly next: (order: Order) => void,
  ) {
    const { processing } = context.scenario;
    const { streams } = context;
    this.automatedTime = createSampler(toDurationDistribution(processing.automated.time), streams.get('processing:automated'));
    this.manualTime = createSampler(toDurationDistribution(processing.manual.time), streams.get('processing:manual'));
    this.holdTime = createSampler(toDurationDistribution(processing.hold.time), streams.get('processing:hold-time'));
    this.errors = streams.get('processing:errors');
    this.holds = streams.get('processing:holds');
    const shifts = processing.manual.shifts.map((shift) => ({ ...shift, count: shift.clerks ?? processing.manual.clerks }));
    this.clerks = createStaffPool(context, 'clerks', shifts);
  }

  /** Takes a newly placed order. */
  accept(order: Order): void {
    const { simulation } = this.context;
    if (!order.manualProcessing) {
      simulation.schedule(Math.max(0, this.automatedTime()), () => this.verified(order));
      return;
    }
    this.clerks.request(() => {
      simulation.schedule(Math.max(0, this.manualTime()), () => {
        this.clerks.release();
        this.verified(order);
      });
    }, this.prioritization.priority(order, simulation.now));
  }

  private verified(order: Order): void {
    const { processing } = this.context.scenario;
    const errorRate = order.manualProcessing ? processing.manual.errorRate : processing.automated.errorRate;
    order.processingError = this.errors() < errorRate;
    order.verifiedAt = this.context.simulation.now;
    this.context.events.emit('orderVerified', { order });
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
