import type { BatchingPolicy } from '../types.js';

/** Single-order picking: every tour picks one order. */
export const single: BatchingPolicy = {
  name: 'single',
  companions: () => [],
};
