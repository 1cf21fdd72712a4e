import type { PickLocation, RoutingPolicy } from '../types.js';
import { layoutsWithPicks } from './arbitraries.js';
import { conformanceProperty, sameDecision, violated, type ConformanceProperty } from './ConformanceProperty.js';
import { deepFreeze } from './deepFreeze.js';

const inputs = layoutsWithPicks.map(deepFreeze);
const key = (pick: PickLocation): string => `${pick.aisle}:${pick.y}`;

/** The rules every routing policy keeps. */
export function routingRules(make: () => RoutingPolicy): ConformanceProperty[] {
  return [
    conformanceProperty('visits every pick exactly once', inputs, ({ layout, picks }) => {
      const { sequence } = make().route(layout, picks);
      const wanted = picks.map(key).sort();
      const visited = sequence.map(key).sort();
      if (!sameDecision(wanted, visited)) violated(`visited ${JSON.stringify(visited)} for picks ${JSON.stringify(wanted)}`);
    }),
    conformanceProperty('reports a distance no shorter than the way to the farthest pick and back, equal to its walk', inputs, ({ layout, picks }) => {
      const { distance, path } = make().route(layout, picks);
      const farthest = Math.max(0, ...picks.map((pick) => Math.abs(pick.aisle * layout.aisleSpacing - layout.depotX) + pick.y));
      if (!Number.isFinite(distance) || distance < 2 * farthest - 1e-6) violated(`distance ${distance} m, but the farthest pick is ${farthest} m away`);
      let walked = 0;
      for (let leg = 1; leg < path.length; leg++) {
        const from = path[leg - 1] as { x: number; y: number };
        const to = path[leg] as { x: number; y: number };
        walked += Math.abs(to.x - from.x) + Math.abs(to.y - from.y);
      }
      if (path.length > 1 && Math.abs(walked - distance) > 1e-6 * Math.max(1, distance)) violated(`the path walks ${walked} m but the distance says ${distance} m`);
    }),
    conformanceProperty('is deterministic: the same picks give the same route', inputs, ({ layout, picks }) => {
      if (!sameDecision(make().route(layout, picks), make().route(layout, picks))) violated('two calls with the same inputs differed');
    }),
  ];
}
