import { createRandomStream, routingFamily, type PickLocation, type RoutingLayout } from '../engine/node.js';

const LAYOUT: RoutingLayout = { aisles: 10, aisleLength: 10, aisleSpacing: 2.5, depotX: 0 };
const INSTANCES = 1000;
/** Every routing built-in by name (they take no options). */
const ROUTING = new Map(routingFamily.builtIns.map((builtIn) => [builtIn.name, builtIn.create(undefined)]));

/** Uniform random pick lists: aisle uniform over the aisles, y uniform along the aisle. */
function instances(layout: RoutingLayout, picks: number): PickLocation[][] {
  const stream = createRandomStream(1, 0, `routing-bench-${picks}`);
  return Array.from({ length: INSTANCES }, () =>
    Array.from({ length: picks }, () => ({ aisle: Math.floor(stream() * layout.aisles), y: stream() * layout.aisleLength })),
  );
}

/** One table: each policy's mean tour length relative to optimal and its time per route. */
function printTable(layout: RoutingLayout, counts: readonly number[]): void {
  const names = [...ROUTING.keys()];
  console.log(`  ${'picks'.padEnd(6)}${names.map((name) => name.padStart(22)).join('')}`);
  for (const count of counts) {
    const lists = instances(layout, count);
    const optimalLengths = lists.map((picks) => ROUTING.get('optimal')?.route(layout, picks).distance ?? NaN);
    const cells = names.map((name) => {
      const policy = ROUTING.get(name);
      if (policy === undefined) return '';
      for (const picks of lists.slice(0, 100)) policy.route(layout, picks); // warm up
      let ratio = 0;
      const start = performance.now();
      lists.forEach((picks, index) => {
        ratio += policy.route(layout, picks).distance / (optimalLengths[index] as number);
      });
      const microseconds = ((performance.now() - start) / lists.length) * 1000;
      return `${(ratio / lists.length).toFixed(3)}x ${microseconds.toFixed(1).padStart(6)} µs`;
    });
    console.log(`  ${String(count).padEnd(6)}${cells.map((cell) => cell.padStart(22)).join('')}`);
  }
}

/** Prints the routing tables: one block (the reference case), then two blocks. */
export function printRoutingTable(): void {
  console.log(
    `routing: ${LAYOUT.aisles} aisles of ${LAYOUT.aisleLength} m, spacing ${LAYOUT.aisleSpacing} m, depot front-left, ${INSTANCES} instances each`,
  );
  printTable(LAYOUT, [10, 20, 30]);
  console.log('  (mean length relative to optimal, time per route; target: optimal under 100 µs at 30 picks)');
  console.log('routing, two blocks (a middle cross aisle; the heuristics do not turn into it):');
  printTable({ ...LAYOUT, blocks: 2 }, [10, 30, 50]);
}
