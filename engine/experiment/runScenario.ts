import { meanSimple } from 'simple-statistics';
import type { DailySeries } from '../kpi/collectors/series.js';
import { policyLabel } from '../scenario/schema/policyReference.js';
import { KPI_NAMES, type KpiName } from '../kpi/definitions.js';
import type { TargetBand } from '../kpi/targetState.js';
import { DAY } from '../kernel/time.js';
import { resolveRun } from '../scenario/resolved/runSlice.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { summarize, type Summary } from '../stats/summary.js';
import { aggregateBreakdown, type Breakdown } from './aggregateBreakdown.js';
import { aggregateSkus, type SkuResults } from './aggregateSkus.js';
import { summarizeWarehouse, type WarehouseSummary } from './summarizeWarehouse.js';
import { runJob, runJobs, type ReplicationJob, type ReplicationRunner } from './replicationRunner.js';
import type { ReplicationResult } from './runReplication.js';
import { replaySummary, type ReplaySummary } from './replaySummary.js';

/** Options of a multi-replication run. */
export interface RunOptions {
  /** Number of replications; default the scenario's. */
  readonly replications?: number;
  /** Base seed; default the scenario's. */
  readonly seed?: number;
  /** Keep per-order records of every replication, or of the first only (smaller files). */
  readonly recordOrders?: 'all' | 'first';
  /** Called after each replication with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A scenario's results: the JSON document `fulfill run --json` prints. */
export interface ScenarioResult {
  readonly scenario: string;
  readonly description: string;
  readonly seed: number;
  readonly replications: number;
  readonly horizonDays: number;
  readonly warmupDays: number;
  /** The policies the scenario ran with, by family. */
  readonly policies: {
    readonly prioritization: string;
    readonly routing: string;
    readonly batching: string;
    readonly allocation: string;
    readonly carrierSelection: string;
    readonly replenishment: string;
  };
  readonly kpis: Record<KpiName, Summary>;
  /** Daily series, mean across replications. */
  readonly series: DailySeries;
  /** Where time goes, per-carrier results, cycle- and delivery-time distributions. */
  readonly breakdown: Breakdown;
  /** Per-SKU results (means over replications) and fill rate by ABC class. */
  readonly inventory: SkuResults;
  /** The picking floor, a sample batch of pick locations, picker utilization by hour of day. */
  readonly warehouse: WarehouseSummary;
  readonly runs: ReadonlyArray<{ readonly replication: number; readonly eventsProcessed: number; readonly ordersSimulated: number }>;
  /** Present when a channel replays an order history: per channel, the orders read, replayed and past the horizon. */
  readonly replay?: readonly ReplaySummary[];
  /** The scenario's currency (ISO 4217), present when its `reporting.currency` names one. */
  readonly currency?: string;
  /** The scenario's target bands by KPI, present when it sets `targets`. */
  readonly targets?: Partial<Record<KpiName, TargetBand>>;
  /** Present when the run was interrupted: the replications finished out of those planned (the KPIs summarize only these). */
  readonly partial?: { readonly replications: number; readonly of: number };
}

/** Mean of each day's values across replications. */
function meanSeries(results: readonly ReplicationResult[]): DailySeries {
  const first = (results[0] as ReplicationResult).series;
  const average = (pick: (series: DailySeries) => number[]): number[] =>
    pick(first).map((_, day) => meanSimple(results.map((result) => pick(result.series)[day] as number)));
  return {
    day: first.day.slice(),
    ordersPlaced: average((series) => series.ordersPlaced),
    ordersShipped: average((series) => series.ordersShipped),
    backlogOrders: average((series) => series.backlogOrders),
    onHandUnits: average((series) => series.onHandUnits),
    backorderUnits: average((series) => series.backorderUnits),
    stockoutEvents: average((series) => series.stockoutEvents),
  };
}

/** Aggregates replication results into the per-KPI mean, sd and 95% Student-t interval. */
export function aggregate(name: string, scenario: Scenario, seed: number, results: readonly ReplicationResult[]): ScenarioResult {
  const kpis = Object.fromEntries(KPI_NAMES.map((kpi) => [kpi, summarize(results.map((result) => result.kpis[kpi]))])) as Record<
    KpiName,
    Summary
  >;
  const replay = replaySummary(scenario);
  const run = resolveRun(scenario);
  return {
    scenario: name,
    description: scenario.description,
    seed,
    replications: results.length,
    horizonDays: run.horizon / DAY,
    warmupDays: run.warmup / DAY,
    policies: {
      prioritization: policyLabel(scenario.processing.prioritization),
      routing: policyLabel(scenario.warehouse.routing),
      batching: policyLabel(scenario.warehouse.batching.policy),
      allocation: policyLabel(scenario.inventory.allocation),
      carrierSelection: policyLabel(scenario.shipping.selection),
      replenishment: policyLabel(scenario.inventory.policy),
    },
    kpis,
    series: meanSeries(results),
    breakdown: aggregateBreakdown(results),
    inventory: aggregateSkus(results, (results[0] as ReplicationResult).unitPrice, results[0]),
    warehouse: summarizeWarehouse(results),
    runs: results.map(({ replication, eventsProcessed, ordersSimulated }) => ({ replication, eventsProcessed, ordersSimulated })),
    // Only when replaying, so that other scenarios' results keep their exact bytes.
    ...(replay.length > 0 ? { replay } : {}),
    ...(scenario.reporting?.currency === undefined ? {} : { currency: scenario.reporting.currency }),
    ...(scenario.targets === undefined ? {} : { targets: scenario.targets }),
  };
}

/** The jobs of replications `from`..`to - 1` of a scenario. */
export function replicationJobs(scenario: Scenario, options: RunOptions, from: number, to: number): ReplicationJob[] {
  const seed = options.seed ?? scenario.seed;
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => {
    const replication = from + offset;
    return {
      scenario,
      replication,
      seed,
      recordOrders: options.recordOrders === 'all' || (options.recordOrders === 'first' && replication === 0),
    };
  });
}

/** Runs independent replications 0..n-1 of a scenario in this thread and aggregates them. */
export function runScenario(
  name: string,
  scenario: Scenario,
  options: RunOptions = {},
): { result: ScenarioResult; replications: ReplicationResult[] } {
  const count = options.replications ?? scenario.replications;
  const replications = replicationJobs(scenario, options, 0, count).map((job, index) => {
    const result = runJob(job);
    options.onProgress?.(index + 1, count);
    return result;
  });
  return { result: aggregate(name, scenario, options.seed ?? scenario.seed, replications), replications };
}

/**
 * The same as runScenario, on a runner (worker threads); identical results for any number of
 * workers. `signal` (Ctrl-C) stops the run with the replications that finished.
 */
export async function runScenarioOn(
  runner: ReplicationRunner,
  name: string,
  scenario: Scenario,
  options: RunOptions & { readonly signal?: AbortSignal | undefined } = {},
): Promise<{ result: ScenarioResult; replications: ReplicationResult[] }> {
  const count = options.replications ?? scenario.replications;
  const replications = await runJobs(runner, replicationJobs(scenario, options, 0, count), options.onProgress, options.signal);
  return { result: aggregate(name, scenario, options.seed ?? scenario.seed, replications), replications };
}
