import { fixedPolicy } from '../BuiltInPolicy.js';

/** Single-order picking: every tour picks one order. */
export const single = fixedPolicy('batching', 'one order per tour', {
  name: 'single',
  companions: () => [],
});
