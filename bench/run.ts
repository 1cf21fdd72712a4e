import { readScenario, runReplication, scriptFlags } from '../engine/node.js';
import { mmcFloor } from './mmcFloor.js';
import { mmcOnKernel, type QueueRun } from './mmcKernel.js';
import { printRoutingTable } from './routingTable.js';
import { printCarrierAssignment } from './carrierAssignment.js';
import { printSweepSpeedup } from './sweepSpeedup.js';
import { printQueueThroughput } from './queueThroughput.js';
import { printHistoryLoading } from './historyLoad.js';
import { printCalibrateThroughput } from './calibrateThroughput.js';

scriptFlags(
  {
    name: 'bench',
    summary:
      'the performance figures: kernel against a bare heap loop, a baseline replication, routing, carrier assignment, sweep speed-up and queue throughput',
    flags: {},
  },
  () => undefined,
);

/** Best of `repeats` timings (ms) of `work`, after one warm-up call (Infinity when repeats is 0). */
function time<T>(repeats: number, work: () => T): { ms: number; result: T } {
  let result = work();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    result = work();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

const CUSTOMERS = 200_000;
const [ARRIVAL_RATE, SERVICE_RATE, SERVERS] = [4, 1, 5];

// Interleaved rounds, best of each: the machine is noisy, and both sides should see the same noise.
let kernel = time(0, () => mmcOnKernel(CUSTOMERS, ARRIVAL_RATE, SERVICE_RATE, SERVERS));
let floor = time(0, () => mmcFloor(CUSTOMERS, ARRIVAL_RATE, SERVICE_RATE, SERVERS));
for (let round = 0; round < 15; round++) {
  const k = time(1, () => mmcOnKernel(CUSTOMERS, ARRIVAL_RATE, SERVICE_RATE, SERVERS));
  const f = time(1, () => mmcFloor(CUSTOMERS, ARRIVAL_RATE, SERVICE_RATE, SERVERS));
  if (k.ms < kernel.ms) kernel = k;
  if (f.ms < floor.ms) floor = f;
}
const rate = (run: { ms: number; result: QueueRun }): number => run.result.events / (run.ms / 1000);
console.log(`M/M/${SERVERS}, ${CUSTOMERS.toLocaleString('en-US')} customers, rho = ${ARRIVAL_RATE / SERVICE_RATE / SERVERS}`);
console.log(
  `  kernel: ${(rate(kernel) / 1e6).toFixed(1)} M model events/s (${kernel.ms.toFixed(1)} ms, mean wait ${kernel.result.meanWait.toFixed(4)})`,
);
console.log(
  `  floor (bare heap loop): ${(rate(floor) / 1e6).toFixed(1)} M model events/s (${floor.ms.toFixed(1)} ms, mean wait ${floor.result.meanWait.toFixed(4)})`,
);
console.log(`  kernel / floor time: ${(kernel.ms / floor.ms).toFixed(2)}x   (target: at least 10 M events/s and within 2x of the floor)`);

const { scenario } = await readScenario('scenarios/baseline.json');
global.gc?.();
const baseline = time(2, () => runReplication(scenario, 0));
const memory = process.resourceUsage().maxRSS / 1024;
const orders = baseline.result.ordersSimulated;
console.log(
  `baseline replication (${scenario.horizon}, ${orders.toLocaleString('en-US')} orders, ${baseline.result.eventsProcessed.toLocaleString('en-US')} events):`,
);
console.log(
  `  ${(baseline.ms / 1000).toFixed(2)} s, ${Math.round(orders / (baseline.ms / 1000)).toLocaleString('en-US')} orders/s, ${(baseline.result.eventsProcessed / (baseline.ms / 1000) / 1e6).toFixed(2)} M events/s, peak RSS ${memory.toFixed(0)} MB`,
);
console.log(`  (target: at least 50,000 orders/s, one replication under 3 s)`);

printRoutingTable();
printCarrierAssignment();
await printSweepSpeedup();
await printQueueThroughput();
printHistoryLoading();
printCalibrateThroughput();
