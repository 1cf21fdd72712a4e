import type { BatchingPolicy } from '../types.js';
import { firstWaiting } from './fcfs.js';

const waveOf = (releasedAt: number, window: number): number => Math.floor(releasedAt / window);

/**
 * Time-window waves: orders released during one window (a multiple of `window` from time 0)
 * wait for it to close, then are picked together; a cart holds orders of one wave only,
 * in release order, up to its capacity.
 */
export const timeWindow: BatchingPolicy = {
  name: 'time-window',
  availableAt: (releasedAt, context) => (waveOf(releasedAt, context.window) + 1) * context.window,
  companions(waiting, first, context) {
    const wave = waveOf(first.releasedAt, context.window);
    return firstWaiting(waiting, context.cartCapacity - 1, (order) => waveOf(order.releasedAt, context.window) === wave);
  },
};
