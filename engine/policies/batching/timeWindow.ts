import { seconds } from '../../scenario/duration.js';
import type { BuiltInPolicy } from '../BuiltInPolicy.js';
import { firstWaiting } from './fcfs.js';

/** Options of time-window batching: the wave length (seconds), `warehouse.batching.window`. */
export interface TimeWindowOptions {
  readonly window: number;
}

const waveOf = (releasedAt: number, window: number): number => Math.floor(releasedAt / window);

/**
 * Time-window waves: orders released during one window (a multiple of `window` from time 0)
 * wait for it to close, then are picked together; a cart holds orders of one wave only,
 * in release order, up to its capacity.
 */
export const timeWindow: BuiltInPolicy<'batching', TimeWindowOptions> = {
  family: 'batching',
  name: 'time-window',
  description: 'waves: orders released in one `warehouse.batching.window` wait for it to close, then share carts in release order',
  optionsIn: (scenario) => ({ window: seconds(scenario.warehouse.batching.window) }),
  create: ({ window }) => ({
    name: 'time-window',
    availableAt: (releasedAt) => (waveOf(releasedAt, window) + 1) * window,
    companions(waiting, first, context) {
      const wave = waveOf(first.releasedAt, window);
      return firstWaiting(waiting, context.cartCapacity - 1, (order) => waveOf(order.releasedAt, window) === wave);
    },
  }),
};
