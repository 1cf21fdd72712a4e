import type { CarrierOption } from '../../domain/CarrierOption.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** Index of the option minimising `key`; the first one wins ties. */
export function argMin(options: readonly CarrierOption[], key: (option: CarrierOption) => number): number {
  let best = -1;
  let bestKey = Infinity;
  // A plain loop: a forEach callback was a closure allocated for every parcel.
  for (let index = 0; index < options.length; index++) {
    const value = key(options[index] as CarrierOption);
    if (value < bestKey) {
      best = index;
      bestKey = value;
    }
  }
  if (best < 0) throw new RangeError('argMin: no carrier option');
  return best;
}

/** Cheapest: the lowest charge, whatever the promise. */
export const cheapest = fixedPolicy('carrierSelection', 'the lowest charge, whatever the promise', {
  name: 'cheapest',
  select: (options) => argMin(options, (option) => option.cost),
});
