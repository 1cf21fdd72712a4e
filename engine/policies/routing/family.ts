import type { Route } from '../../domain/Route.js';
import type { DecisionRule } from '../DecisionRule.js';
import type { PolicyFamily } from '../PolicyFamily.js';
import { combined } from './combined.js';
import { largestGap } from './largestGap.js';
import { midpoint } from './midpoint.js';
import { optimal } from './optimal.js';
import { returnRouting } from './returnRouting.js';
import type { RoutingPolicy } from './RoutingPolicy.js';
import { routeViolation } from './routeViolation.js';
import { sShape } from './sShape.js';

const route: DecisionRule<Parameters<RoutingPolicy['route']>, Route> = {
  describe: (_layout, picks) => `route(${picks.length} picks)`,
  violation: (answer, layout, picks) => routeViolation(layout, picks, answer),
  shown: (answer) => `distance ${JSON.stringify((answer as { distance?: unknown } | null)?.distance)}`,
  // Routing sees picks, not orders.
  summarize: (answer, _layout, picks) => ({ orders: [], inputs: { picks: picks.length }, choice: { distance: answer.distance } }),
};

/** Routing: the picker's tour through the aisles. */
export const routingFamily: PolicyFamily<'routing'> = {
  name: 'routing',
  summary: "the picker's tour through the aisles",
  paths: [['warehouse', 'routing']],
  named: (name) => name,
  builtIns: [sShape, returnRouting, midpoint, largestGap, combined, optimal],
  decisions: { route },
  // Loaded on demand: only check-policy runs these, and they bring fast-check (the dashboard bundle need not).
  conformance: async (make) => (await import('./conformanceRules.js')).routingRules(make),
};
