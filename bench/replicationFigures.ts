import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readScenario, runReplication, validateLoaded, type OrderColumns } from '../engine/node.js';

/** What one replication measured in its own process. */
interface ReplicationFigures {
  readonly orders: number;
  readonly events: number;
  readonly ms: number;
  /** The next replication in the same process (JIT warm). */
  readonly warmMs: number;
  /** Peak RSS after the first replication. */
  readonly peakRssMb: number;
  /** Memory still held at the end of the run (the result with its per-order records: V8 heap and typed arrays) per order simulated. */
  readonly bytesPerOrder: number;
}

/** A measured scenario: the file, and optionally a shorter horizon and warm-up. */
interface Measured {
  readonly label: string;
  readonly file: string;
  readonly horizon?: string;
  readonly warmup?: string;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Bytes of the per-order columns that sit in resizable buffers (a long run's; see ReservedColumn). */
function resizableBytes(orders: OrderColumns | undefined): number {
  let bytes = 0;
  for (const column of Object.values(orders?.fields ?? {}) as ReadonlyArray<OrderColumns['fields'][keyof OrderColumns['fields']]>) {
    const values = 'codes' in column ? column.codes : column;
    if (ArrayBuffer.isView(values) && values.buffer instanceof ArrayBuffer && values.buffer.resizable) bytes += values.byteLength;
  }
  return bytes;
}

/** In a fresh process (peak RSS is this replication's alone): one replication that keeps its per-order records, as `start` keeps replication 0's. */
async function measure(file: string, horizon: string | undefined, warmup: string | undefined): Promise<ReplicationFigures> {
  const loaded = await readScenario(file);
  const scenario =
    horizon === undefined ? loaded.scenario : validateLoaded({ ...loaded.raw, horizon, warmup: warmup ?? '0d' }, `${file} (bench)`);
  // The per-order records are typed arrays, whose bytes sit outside V8's heap: count both.
  const memory = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  gc();
  const before = memory();
  const start = performance.now();
  const result = runReplication(scenario, 0, { recordOrders: true });
  const ms = performance.now() - start;
  gc();
  // A long run's per-order columns are resizable buffers (ReservedColumn), which this Node leaves
  // out of `arrayBuffers`: their bytes are added here.
  const held = memory() - before + resizableBytes(result.orders);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const orders = result.ordersSimulated;
  // The next replication in the same process, its code already compiled (as in a sweep or a run of several).
  const warmStart = performance.now();
  runReplication(scenario, 1, { recordOrders: true });
  const warmMs = performance.now() - warmStart;
  return { orders, events: result.eventsProcessed, ms, warmMs, peakRssMb, bytesPerOrder: held / orders };
}

/** Runs `measure` in a child process with the same flags as this one (--expose-gc). */
function inChild({ file, horizon, warmup }: Measured): ReplicationFigures {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), file, horizon ?? '', warmup ?? ''];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`replication bench (${file}) failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ReplicationFigures;
}

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * One replication of each scenario, each in its own process so its peak RSS is its own:
 * orders/s, events/s, peak RSS and the heap per order still held at the end of the run.
 */
export function printReplicationFigures(measured: readonly Measured[]): void {
  for (const entry of measured) {
    const figures = inChild(entry);
    const seconds = figures.ms / 1000;
    console.log(`${entry.label} (${count(figures.orders)} orders, ${count(figures.events)} events), one replication in its own process:`);
    console.log(
      `  ${seconds.toFixed(2)} s, ${count(figures.orders / seconds)} orders/s, ${(figures.events / seconds / 1e6).toFixed(2)} M events/s, peak RSS ${figures.peakRssMb.toFixed(0)} MB, ${count(figures.bytesPerOrder)} bytes per order held at the end (with its per-order records)`,
    );
    const warm = figures.warmMs / 1000;
    console.log(
      `  the next replication in the same process (code compiled): ${warm.toFixed(2)} s, ${count(figures.orders / warm)} orders/s (about; its orders differ a little)`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, horizon, warmup] = process.argv.slice(2);
  if (file === undefined) {
    console.error('usage: node --expose-gc dist/bench/replicationFigures.js SCENARIO.json [HORIZON] [WARMUP]   (npm run bench calls it)');
    process.exit(2);
  }
  console.log(JSON.stringify(await measure(file, horizon === '' ? undefined : horizon, warmup === '' ? undefined : warmup)));
}
