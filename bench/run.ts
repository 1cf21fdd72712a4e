import { scriptFlags } from '../engine/node.js';
import { mmcFloor } from './mmcFloor.js';
import { mmcOnKernel, type QueueRun } from './mmcKernel.js';
import { printRoutingTable } from './routingTable.js';
import { printCarrierAssignment } from './carrierAssignment.js';
import { printSweepSpeedup } from './sweepSpeedup.js';
import { printPoolStartup } from './poolStartup.js';
import { printReplicationFigures } from './replicationFigures.js';
import { printQueueThroughput } from './queueThroughput.js';
import { printHistoryLoading } from './historyLoad.js';
import { printCalibrateThroughput } from './calibrateThroughput.js';

scriptFlags(
  {
    name: 'bench',
    summary:
      'the performance figures: kernel against a bare heap loop, baseline and large-DC replications (orders/s, peak RSS, bytes per order), routing, carrier assignment, pool start-up, sweep speed-up and queue throughput',
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

printReplicationFigures([
  { label: 'baseline replication (90 days)', file: 'scenarios/baseline.json' },
  // The full year takes minutes: the bench runs its first 35 days (7 of them warm-up); the report of issue 17 has the year.
  {
    label: 'large-DC replication (scenarios/scale/large.json, first 35 days)',
    file: 'scenarios/scale/large.json',
    horizon: '35d',
    warmup: '7d',
  },
]);

printRoutingTable();
printCarrierAssignment();
await printPoolStartup();
await printSweepSpeedup();
await printQueueThroughput();
printHistoryLoading();
printCalibrateThroughput();
