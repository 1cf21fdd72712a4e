import fc from 'fast-check';
import type { AllocationPolicy } from '../types.js';
import { allocationRequests } from './arbitraries.js';
import { conformanceProperty, sameDecision, violated, type ConformanceProperty } from './ConformanceProperty.js';
import { deepFreeze } from './deepFreeze.js';

const problems = fc.record({ available: fc.nat({ max: 60 }), requests: allocationRequests, now: fc.nat({ max: 3_000_000 }) }).map(deepFreeze);

/** The rules every allocation policy keeps. */
export function allocationRules(make: () => AllocationPolicy): ConformanceProperty[] {
  return [
    conformanceProperty('gives each waiting line a whole number of units between 0 and what it awaits', problems, ({ available, requests, now }) => {
      const given: unknown = make().allocate(available, requests, now);
      if (!Array.isArray(given) || given.length !== requests.length) violated(`expected ${requests.length} numbers, got ${JSON.stringify(given)}`);
      (given as unknown[]).forEach((units, index) => {
        const awaited = requests[index]?.units ?? 0;
        if (typeof units !== 'number' || !Number.isInteger(units) || units < 0 || units > awaited) violated(`line ${index} got ${String(units)}, awaits ${awaited}`);
      });
    }),
    conformanceProperty('never allocates more units than are available', problems, ({ available, requests, now }) => {
      const total = make().allocate(available, requests, now).reduce((sum, units) => sum + units, 0);
      if (total > available) violated(`allocated ${total} units with ${available} available`);
    }),
    conformanceProperty('is deterministic: the same inputs give the same allocation', problems, ({ available, requests, now }) => {
      if (!sameDecision(make().allocate(available, requests, now), make().allocate(available, requests, now))) violated('two calls with the same inputs differed');
    }),
  ];
}
