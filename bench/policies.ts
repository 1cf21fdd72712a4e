import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  checkOutputFile,
  writeFileAtomic,
  defaultWorkers,
  integerFlag,
  LEADERBOARD_FORMAT,
  loadPluginModule,
  pairedDifference,
  type PairedDifference,
  pluginTimeoutMs,
  PolicyError,
  type PolicyFamilyName,
  type PolicyLeaderboard,
  policyFamily,
  policyLabel,
  policyNames,
  type PolicyReference,
  queueFlag,
  queueRunner,
  queueTimeoutFlag,
  QueueUnreachable,
  redactText,
  type ReplicationJob,
  type ReplicationResult,
  type ReplicationRunner,
  RunInterrupted,
  runJobs,
  scriptFlags,
  setPath,
  summarize,
  textTable,
  UsageError,
  validateLoaded,
  workerPool,
} from '../engine/node.js';
import { policyWorkloads } from './policyWorkloads.js';

const DEFAULT_OUT = 'bench/results/policies.json';

/** The families on the board: those a scenario names by a bare name (replenishment's built-ins take fields). */
type BoardFamily = Exclude<PolicyFamilyName, 'replenishment'>;
const BOARD_FAMILIES: readonly BoardFamily[] = ['allocation', 'carrierSelection', 'prioritization', 'routing', 'batching'];

/** Each family's reference policy, and what its contenders share (the allocation board queues by tier, so `priority` means tier). */
const FAMILIES: Record<BoardFamily, { reference: string; shared: Record<string, unknown> }> = {
  allocation: { reference: 'fcfs', shared: { 'processing.prioritization': 'customer-tier' } },
  carrierSelection: { reference: 'cheapest-on-time', shared: {} },
  prioritization: { reference: 'fifo', shared: {} },
  routing: { reference: 's-shape', shared: {} },
  batching: { reference: 'single', shared: {} },
};

/** Where a scenario names a family's policy, as setPath takes it (from the registry). */
const pathOf = (family: BoardFamily): string => (policyFamily(family).paths[0] ?? []).join('.');

/** A tier's orders delivered by their promise / its orders due before the horizon (null without any). */
function promiseKept(result: ReplicationResult, tier: string): number | null {
  const tally = result.breakdown.tiers[tier];
  return tally === undefined || tally.due === 0 ? null : tally.promisesKept / tally.due;
}

/** What the board reports per replication (higher or lower is better). */
const METRICS: Array<{ name: string; direction: 'higher' | 'lower'; of: (result: ReplicationResult) => number | null }> = [
  { name: 'onTimeRate', direction: 'higher', of: (result) => result.kpis.onTimeRate },
  { name: 'loyalPromiseKeptRate', direction: 'higher', of: (result) => promiseKept(result, 'gold') },
  { name: 'otherPromiseKeptRate', direction: 'higher', of: (result) => promiseKept(result, 'standard') },
  { name: 'cycleTimeHours', direction: 'lower', of: (result) => result.kpis.cycleTimeHours },
  { name: 'shippingCostPerOrder', direction: 'lower', of: (result) => result.kpis.shippingCostPerOrder },
  { name: 'costPerOrder', direction: 'lower', of: (result) => result.kpis.costPerOrder },
];

const allWorkloads = policyWorkloads();
const { values, reps, families, workers } = scriptFlags(
  {
    name: 'bench:policies',
    summary:
      "the policy leaderboard: every built-in policy of a family on a fixed suite of workloads, paired against the family's reference",
    flags: {
      reps: { type: 'string', value: 'N', description: 'paired replications per policy and workload, 1 to 10,000 (default 10)' },
      workers: { type: 'string', value: 'N', description: "worker threads, 1 to 256 (default: the machine's cores)" },
      family: {
        type: 'string',
        value: 'F',
        multiple: true,
        choices: BOARD_FAMILIES,
        description: 'a family on the board; repeatable (default allocation, carrierSelection, prioritization)',
      },
      workload: {
        type: 'string',
        value: 'W',
        multiple: true,
        choices: allWorkloads.map((workload) => workload.name),
        description: 'a workload to run; repeatable (default: all)',
      },
      plugin: {
        type: 'string',
        value: 'FILE',
        multiple: true,
        description: "a plugin policy module put on its family's board; repeatable",
      },
      out: { type: 'string', value: 'FILE', description: 'where the JSON report is written (default bench/results/policies.json)' },
      queue: {
        type: 'string',
        value: 'URL',
        description: 'run the replications through a BullMQ queue on Redis (redis://HOST:PORT) instead of local threads',
      },
      'queue-timeout': {
        type: 'string',
        value: 'D',
        description: 'with --queue: how long to wait for Redis before giving up with exit 2 (default 30s)',
      },
      'plugin-timeout': {
        type: 'string',
        value: 'D',
        description: 'how long one call into plugin code may run before the board stops with exit 2, 0.1s to 1d (default 10s)',
      },
    },
  },
  (values) => {
    checkOutputFile('out', values.out ?? DEFAULT_OUT, { createParents: true });
    queueFlag(values.queue);
    return {
      values: { ...values, out: values.out ?? DEFAULT_OUT },
      reps: integerFlag('reps', values.reps, 1, 10_000) ?? 10,
      workers: integerFlag('workers', values.workers, 1, 256) ?? defaultWorkers(),
      families: (values.family ?? ['allocation', 'carrierSelection', 'prioritization']) as BoardFamily[],
    };
  },
);
const contenders = new Map<PolicyFamilyName, PolicyReference[]>(families.map((family) => [family, policyNames(family)]));
for (const file of values.plugin ?? []) {
  const module = resolve(file);
  const plugin = await loadPluginModule(module).catch((error: unknown) => {
    if (!(error instanceof PolicyError)) throw error;
    process.stderr.write(`bench:policies: --plugin ${file}: ${error.message}\n`);
    process.exit(2);
  });
  const board = contenders.get(plugin.family);
  if (board === undefined)
    console.warn(`--plugin ${file}: a ${plugin.family} policy, but that family is not on the board (add --family ${plugin.family})`);
  else board.push({ module, options: {} });
}
const workloads = allWorkloads.filter((workload) => values.workload === undefined || values.workload.includes(workload.name));

interface Entry {
  readonly workload: string;
  readonly family: BoardFamily;
  readonly policy: PolicyReference;
  readonly jobs: ReplicationJob[];
}
const entries: Entry[] = [];
for (const workload of workloads) {
  for (const family of families) {
    const setup = FAMILIES[family];
    for (const policy of contenders.get(family) ?? []) {
      let raw: Record<string, unknown> | string = workload.raw;
      for (const [path, value] of [...Object.entries(setup.shared), [pathOf(family), policy] as const]) {
        raw = setPath(raw, path, value);
        if (typeof raw === 'string') throw new Error(raw);
      }
      const scenario = validateLoaded(raw, `${workload.name}/${policyLabel(policy)}`);
      const jobs = Array.from({ length: reps }, (_, replication) => ({
        scenario,
        replication,
        seed: scenario.seed,
        recordOrders: false,
        timePolicies: true,
      }));
      entries.push({ workload: workload.name, family, policy, jobs });
    }
  }
}

// Ctrl-C stops the replications in flight and keeps the policies whose replications all finished; a second one quits.
const interrupt = new AbortController();
process.on('SIGINT', () => (interrupt.signal.aborted ? process.exit(130) : interrupt.abort()));
let pluginTimeout: number;
try {
  pluginTimeout = pluginTimeoutMs(values['plugin-timeout']);
} catch (error) {
  console.error(`bench:policies: ${(error as Error).message}`);
  process.exit(2);
}
/** The queue runner, or exit 2 with the reason (a bad --queue-timeout, a Redis that does not answer in time). */
async function queueOrExit(url: string): Promise<ReplicationRunner> {
  try {
    return await queueRunner(url, {
      notice: (text) => process.stderr.write(text),
      signal: interrupt.signal,
      timeoutMs: queueTimeoutFlag(values['queue-timeout'], url),
    });
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof QueueUnreachable)) throw error;
    process.stderr.write(`bench:policies: ${redactText(error.message, url)}\n`);
    process.exit(2);
  }
}
const pool = values.queue === undefined ? workerPool(workers, { pluginTimeoutMs: pluginTimeout }) : await queueOrExit(values.queue);
const allJobs = entries.flatMap((entry) => entry.jobs);
const started = performance.now();
let lastShown = 0;
let results: ReadonlyArray<ReplicationResult | undefined>;
try {
  results = await runJobs(
    pool,
    allJobs,
    (done, total) => {
      if (performance.now() - lastShown < 2000 && done < total) return;
      lastShown = performance.now();
      process.stderr.write(`\r${done}/${total} replications`);
    },
    interrupt.signal,
  );
} catch (error) {
  await pool.close();
  if (error instanceof PolicyError) {
    console.error(`bench:policies: ${error.message}`);
    process.exit(2);
  }
  if (!(error instanceof RunInterrupted)) throw error;
  results = error.completed;
}
await pool.close();
const finished = results.filter((result) => result !== undefined).length;
process.stderr.write(
  `\r${finished} replications in ${((performance.now() - started) / 1000).toFixed(0)} s ${values.queue === undefined ? `on ${workers} workers` : 'through the queue'}\n`,
);

let offset = 0;
const byEntry = entries.flatMap((entry) => {
  const own = results.slice(offset, offset + entry.jobs.length);
  offset += entry.jobs.length;
  // An interrupted board keeps only the policies whose replications all finished.
  return own.every((result) => result !== undefined) ? [{ ...entry, results: own }] : [];
});
const partial =
  finished < allJobs.length
    ? { replications: finished, of: allJobs.length, policies: byEntry.length, ofPolicies: entries.length }
    : undefined;

const fmt = (value: number | null, digits: number): string => (value === null ? '-' : value.toFixed(digits));
const report = workloads.map((workload) => ({
  name: workload.name,
  description: workload.description,
  families: families.map((family) => {
    const rows = byEntry.filter((entry) => entry.workload === workload.name && entry.family === family);
    const reference = rows.find((row) => row.policy === FAMILIES[family].reference) ?? rows[0];
    return {
      family,
      reference: FAMILIES[family].reference,
      policies: rows.map((row) => {
        const timing = row.results.map((result) => result.policyTiming?.[family]).filter((tally) => tally !== undefined);
        const calls = timing.reduce((sum, tally) => sum + tally.calls, 0);
        const milliseconds = timing.reduce((sum, tally) => sum + tally.milliseconds, 0);
        return {
          policy: policyLabel(row.policy),
          metrics: Object.fromEntries(
            METRICS.map((metric) => {
              const own = row.results.map(metric.of);
              const base = (reference?.results ?? []).map(metric.of);
              const summary = summarize(own.map((value) => value ?? Number.NaN));
              const difference: PairedDifference = pairedDifference(base, own, metric.direction);
              return [metric.name, { mean: summary.mean, ci95: summary.ci95, vsReference: difference }];
            }),
          ),
          decisions: {
            callsPerReplication: calls / Math.max(1, row.results.length),
            microsecondsPerCall: calls === 0 ? null : (1000 * milliseconds) / calls,
          },
        };
      }),
    };
  }),
}));

for (const workload of report) {
  console.log(`\n== ${workload.name}: ${workload.description}`);
  for (const family of workload.families) {
    const percent = (name: string) => name.endsWith('Rate');
    const cell = (metric: { mean: number | null; vsReference: PairedDifference }, name: string, isReference: boolean): string => {
      const scale = percent(name) ? 100 : 1;
      const digits = percent(name) ? 1 : 2;
      const mean = metric.mean === null ? '-' : `${(metric.mean * scale).toFixed(digits)}${percent(name) ? '%' : ''}`;
      if (isReference || metric.vsReference.ci95 === null) return mean;
      const [low, high] = metric.vsReference.ci95;
      return `${mean} (${fmt(low * scale, digits)}..${fmt(high * scale, digits)})`;
    };
    console.log(
      `\n${family.family}: mean, and in brackets the paired difference against ${family.reference} (95% interval; rates in points)`,
    );
    const header = ['policy', ...METRICS.map((metric) => metric.name), 'µs/decision', 'decisions/rep'];
    const rows = family.policies.map((entry) => [
      entry.policy,
      ...METRICS.map((metric) =>
        cell(
          entry.metrics[metric.name] as { mean: number | null; vsReference: PairedDifference },
          metric.name,
          entry.policy === family.reference,
        ),
      ),
      fmt(entry.decisions.microsecondsPerCall, 1),
      fmt(entry.decisions.callsPerReplication, 0),
    ]);
    console.log(textTable(header, rows));
  }
}

mkdirSync(dirname(values.out), { recursive: true });
// Atomically (beside it, then renamed): an interrupted or failed write leaves the last leaderboard whole.
writeFileAtomic(
  values.out,
  `${JSON.stringify({ format: LEADERBOARD_FORMAT, reps, workers, seedsPaired: true, ...(partial === undefined ? {} : { partial }), metrics: METRICS.map(({ name, direction }) => ({ name, direction })), workloads: report } satisfies PolicyLeaderboard, null, 2)}\n`,
);
console.log(`\nwrote ${values.out}`);
if (partial !== undefined) {
  console.error(
    `bench:policies: interrupted; ${partial.replications} of ${partial.of} replications finished, ${partial.policies} of ${partial.ofPolicies} policies complete (kept in ${values.out})`,
  );
  process.exit(130);
}
