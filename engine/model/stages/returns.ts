import { createSampler, type Sampler } from '../../kernel/random/distributions/index.js';
import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { ReturnsSlice } from '../../scenario/resolved/returnsSlice.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import { isAccurate, type Order } from '../../domain/Order.js';

/** Where returned goods go and where exchanges come from. */
export interface ReturnsLinks {
  restock(sku: number, units: number): void;
  placeExchange(original: Order): void;
}

/**
 * Returns and exchanges: a delivered order is returned with a probability that depends on
 * its reason (damaged, wrong item, changed mind). After the customer's decision time and
 * the return transit it is inspected: damaged goods are scrapped, others restocked with a
 * probability; a share of returns becomes an exchange order.
 */
export class ReturnsStage {
  private readonly decisions: RandomStream;
  private readonly decisionTime: Sampler;
  private readonly transitTime: Sampler;
  private readonly inspectionTime: Sampler;
  // Event handlers made once: a return waits days of simulated time for each.
  private readonly initiateOf = (order: Order): void => this.initiate(order);
  private readonly inspectOf = (order: Order): void => this.inspect(order);

  constructor(
    private readonly context: ModelContext,
    private readonly returns: ReturnsSlice,
    private readonly links: ReturnsLinks,
  ) {
    const { streams } = context;
    this.decisions = streams.get('returns:decisions');
    this.decisionTime = createSampler(returns.decisionTime, streams.get('returns:decision-time'));
    this.transitTime = createSampler(returns.transitTime, streams.get('returns:transit'));
    this.inspectionTime = createSampler(returns.inspectionTime, streams.get('returns:inspection'));
  }

  /** Decides whether a delivered order comes back, and schedules its return. */
  consider(order: Order): void {
    const { returns } = this;
    const reason = returnReasonOf(order);
    const rate =
      reason === 'damaged' ? returns.damagedReturnRate : reason === 'wrongItem' ? returns.wrongItemReturnRate : returns.changedMindRate;
    if (this.decisions() >= rate) return;
    const { simulation } = this.context;
    simulation.scheduleCall(Math.max(0, this.decisionTime()), this.initiateOf, order);
  }

  /** The customer sends the order back. */
  private initiate(order: Order): void {
    const { simulation, events } = this.context;
    const reason = returnReasonOf(order);
    order.returnReason = reason;
    moveOrder(this.context, order, 'returned');
    events.emit('returnInitiated', { order, reason });
    simulation.scheduleCall(Math.max(0, this.transitTime()) + Math.max(0, this.inspectionTime()), this.inspectOf, order);
  }

  private inspect(order: Order): void {
    const { returns } = this;
    const restocked = !order.damaged && this.decisions() < returns.restockShare;
    if (restocked) for (const line of order.lines) if (line.issued > 0) this.links.restock(line.sku, line.issued);
    this.context.events.emit('returnReceived', { order, restocked });
    if (this.decisions() < returns.exchangeShare) this.links.placeExchange(order);
  }
}

/** Why a delivered order would come back: fixed once it is delivered (damage and accuracy no longer change). */
function returnReasonOf(order: Order): 'damaged' | 'changedMind' | 'wrongItem' {
  return order.damaged ? 'damaged' : isAccurate(order) ? 'changedMind' : 'wrongItem';
}
