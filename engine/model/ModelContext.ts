import type { Emitter } from '../kernel/Emitter.js';
import type { RandomStreams } from '../kernel/random/RandomStream.js';
import type { Simulation } from '../kernel/Simulation.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import type { Catalog } from './Catalog.js';
import type { ModelEvents } from './events.js';
import type { Order, OrderState } from '../domain/Order.js';

/** What every stage shares: the kernel, the event hub, random streams and the scenario. */
export interface ModelContext {
  readonly simulation: Simulation;
  readonly events: Emitter<ModelEvents>;
  readonly streams: RandomStreams;
  readonly scenario: Scenario;
  readonly catalog: Catalog;
  /** End of the run (engine seconds). */
  readonly horizon: number;
}

/** Moves an order to a new state and announces it. */
export function moveOrder(context: ModelContext, order: Order, to: OrderState): void {
  const from = order.state;
  order.state = to;
  context.events.emit('orderStateChanged', { order, from, to });
}
