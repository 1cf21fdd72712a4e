import type { Channel } from '../kernel/Channel.js';
import type { Emitter } from '../kernel/Emitter.js';
import type { RandomStreams } from '../kernel/random/RandomStream.js';
import type { Simulation } from '../kernel/Simulation.js';
import type { Catalog } from './Catalog.js';
import type { ModelEvents } from './events.js';
import type { Order, OrderState } from '../domain/Order.js';

/** What every stage shares: the kernel, the event hub, random streams, the catalog and the run's end. (Each stage takes its own slice of the resolved scenario.) */
export interface ModelContext {
  readonly simulation: Simulation;
  readonly events: Emitter<ModelEvents>;
  readonly streams: RandomStreams;
  readonly catalog: Catalog;
  /** End of the run (engine time). */
  readonly horizon: number;
  /** `events.channel('orderStateChanged')`, taken once: every order changes state eight times. */
  readonly stateChanged: Channel<ModelEvents['orderStateChanged']>;
}

/**
 * Moves an order to a new state and announces it; a cancelled or lost order is also
 * announced as dropped. (Eight state changes an order: the KPIs only need the drops, so the
 * change itself is built only when someone listens, such as the per-order records.)
 */
export function moveOrder(context: ModelContext, order: Order, to: OrderState): void {
  const from = order.state;
  order.state = to;
  const changed = context.stateChanged;
  if (changed.listening) changed.emit({ order, from, to });
  if (to === 'cancelled' || to === 'lost') context.events.emit('orderDropped', { order, state: to });
}
