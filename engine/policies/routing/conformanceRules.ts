import type { RoutingPolicy } from './RoutingPolicy.js';
import { routeViolation } from './routeViolation.js';
import { layoutsWithPicks } from '../conformance/arbitraries.js';
import { conformanceProperty, sameDecision, violated, type ConformanceProperty } from '../conformance/ConformanceProperty.js';
import { deepFreeze } from '../conformance/deepFreeze.js';

const inputs = layoutsWithPicks.map(deepFreeze);

/** The rules every routing policy keeps (the first is the very check the run-time guard makes). */
export function routingRules(make: () => RoutingPolicy): ConformanceProperty[] {
  return [
    conformanceProperty(
      'visits every pick exactly once and no other place, on a walk from the depot along aisles and cross aisles whose length is the distance stated',
      inputs,
      ({ layout, picks }) => {
        const wrong = routeViolation(layout, picks, make().route(layout, picks));
        if (wrong !== undefined) violated(wrong);
      },
    ),
    conformanceProperty('measures, when it has `distance`, exactly the distance of its route', inputs, ({ layout, picks }) => {
      const policy = make();
      if (typeof policy.distance !== 'function') return;
      const measured = policy.distance(layout, picks);
      const routed = policy.route(layout, picks).distance;
      if (!Object.is(measured, routed)) violated(`distance gave ${measured}, route(...).distance ${routed}`);
    }),
    conformanceProperty('is deterministic: the same picks give the same route', inputs, ({ layout, picks }) => {
      if (!sameDecision(make().route(layout, picks), make().route(layout, picks))) violated('two calls with the same inputs differed');
    }),
  ];
}
