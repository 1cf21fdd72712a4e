import { createRandomStream } from '../engine/kernel/random/RandomStream.js';
import { builtInPolicies } from '../engine/policies/registry.js';
import type { PickLocation, RoutingLayout } from '../engine/policies/types.js';

const LAYOUT: RoutingLayout = { aisles: 10, aisleLength: 10, aisleSpacing: 2.5, depotX: 0 };
const INSTANCES = 1000;

/** Uniform random pick lists: aisle uniform over the aisles, y uniform along the aisle. */
function instances(picks: number): PickLocation[][] {
  const stream = createRandomStream(1, 0, `routing-bench-${picks}`);
  return Array.from({ length: INSTANCES }, () =>
    Array.from({ length: picks }, () => ({ aisle: Math.floor(stream() * LAYOUT.aisles), y: stream() * LAYOUT.aisleLength })),
  );
}

/** Prints each routing policy's mean tour length relative to optimal and its time per route. */
export function printRoutingTable(): void {
  const names = Object.keys(builtInPolicies.routing);
  console.log(`routing: ${LAYOUT.aisles} aisles of ${LAYOUT.aisleLength} m, spacing ${LAYOUT.aisleSpacing} m, depot front-left, ${INSTANCES} instances each`);
  console.log(`  ${'picks'.padEnd(6)}${names.map((name) => name.padStart(22)).join('')}`);
  for (const count of [10, 20, 30]) {
    const lists = instances(count);
    const optimalLengths = lists.map((picks) => builtInPolicies.routing.optimal?.route(LAYOUT, picks).distance ?? NaN);
    const cells = names.map((name) => {
      const policy = builtInPolicies.routing[name];
      if (policy === undefined) return '';
      for (const picks of lists.slice(0, 100)) policy.route(LAYOUT, picks); // warm up
      let ratio = 0;
      const start = performance.now();
      lists.forEach((picks, index) => {
        ratio += policy.route(LAYOUT, picks).distance / (optimalLengths[index] as number);
      });
      const microseconds = ((performance.now() - start) / lists.length) * 1000;
      return `${(ratio / lists.length).toFixed(3)}x ${microseconds.toFixed(1).padStart(6)} µs`;
    });
    console.log(`  ${String(count).padEnd(6)}${cells.map((cell) => cell.padStart(22)).join('')}`);
  }
  console.log('  (mean length relative to optimal, time per route; target: optimal under 100 µs at 30 picks)');
}
