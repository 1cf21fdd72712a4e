import fc from 'fast-check';
import type { AllocationPolicy } from './AllocationPolicy.js';
import { allocationViolation } from './allocationViolation.js';
import { allocationRequests } from '../conformance/arbitraries.js';
import { conformanceProperty, sameDecision, violated, type ConformanceProperty } from '../conformance/ConformanceProperty.js';
import { deepFreeze } from '../conformance/deepFreeze.js';

const problems = fc
  .record({ available: fc.nat({ max: 60 }), requests: allocationRequests, now: fc.nat({ max: 3_000_000 }) })
  .map(deepFreeze);

/** The rules every allocation policy keeps (the first is the very check the run-time guard makes). */
export function allocationRules(make: () => AllocationPolicy): ConformanceProperty[] {
  return [
    conformanceProperty(
      'never allocates more units than are available, nor more than a line awaits (whole units, one number per line)',
      problems,
      ({ available, requests, now }) => {
        const wrong = allocationViolation(available, requests, make().allocate(available, requests, now));
        if (wrong !== undefined) violated(wrong);
      },
    ),
    conformanceProperty('is deterministic: the same inputs give the same allocation', problems, ({ available, requests, now }) => {
      if (!sameDecision(make().allocate(available, requests, now), make().allocate(available, requests, now)))
        violated('two calls with the same inputs differed');
    }),
  ];
}
