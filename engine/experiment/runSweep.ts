import type { KpiName } from '../kpi/definitions.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import type { Summary } from '../stats/summary.js';
import { finishedBefore, RunInterrupted, runJobs, type ReplicationRunner } from './replicationRunner.js';
import type { ReplicationResult } from './runReplication.js';
import { aggregate, replicationJobs, type ScenarioResult } from './runScenario.js';
import { describePoint, type SweepAxis, type SweepPoint } from './sweepGrid.js';

/** A grid point ready to run: its settings and the validated scenario they give. */
export interface PreparedPoint {
  readonly point: SweepPoint;
  readonly name: string;
  readonly scenario: Scenario;
}

/** One grid point's result: its settings, the aggregate and the replications behind it. */
export interface SweepPointResult {
  readonly point: SweepPoint;
  readonly result: ScenarioResult;
  readonly runs: ReplicationResult[];
}

/** The sweep document (`sweep.json`): the axes, and every point's settings and KPI summaries. */
export interface SweepDocument {
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly axes: readonly SweepAxis[];
  readonly complete: boolean;
  readonly points: ReadonlyArray<{
    readonly name: string;
    readonly settings: Readonly<Record<string, unknown>>;
    readonly kpis: Record<KpiName, Summary>;
  }>;
}

/**
 * Runs every point's replications with the same seeds (common random numbers across points),
 * all points' jobs in one queue so every worker stays busy. When interrupted, returns the
 * points whose replications all finished, with `complete: false`.
 */
export async function runSweep(
  runner: ReplicationRunner,
  points: readonly PreparedPoint[],
  options: {
    readonly replications: number;
    readonly seed: number;
    readonly onProgress?: (done: number, total: number) => void;
    readonly signal?: AbortSignal;
  },
): Promise<{ points: SweepPointResult[]; complete: boolean }> {
  const { replications, seed } = options;
  const jobs = points.flatMap((prepared) => replicationJobs(prepared.scenario, { seed }, 0, replications));
  let results: ReadonlyArray<ReplicationResult | undefined>;
  let complete = true;
  try {
    results = await runJobs(runner, jobs, options.onProgress, options.signal);
  } catch (error) {
    if (!(error instanceof RunInterrupted)) {
      finishedPoints.set(error as object, finishedOf(points, finishedBefore(error), replications, seed));
      throw error;
    }
    results = error.completed;
    complete = false;
  }
  return { points: finishedOf(points, results, replications, seed), complete };
}

const finishedPoints = new WeakMap<object, SweepPointResult[]>();

/** The points a sweep had finished when it failed with `error` (kept on disk with the failed manifest). */
export function sweepFinishedBefore(error: unknown): SweepPointResult[] {
  return (typeof error === 'object' && error !== null ? finishedPoints.get(error) : undefined) ?? [];
}

/** The points whose replications all finished, aggregated. */
function finishedOf(
  points: readonly PreparedPoint[],
  results: ReadonlyArray<ReplicationResult | undefined>,
  replications: number,
  seed: number,
): SweepPointResult[] {
  const finished: SweepPointResult[] = [];
  points.forEach((prepared, index) => {
    const runs = results.slice(index * replications, (index + 1) * replications);
    if (runs.length < replications || runs.includes(undefined)) return;
    const result = {
      ...aggregate(prepared.name, prepared.scenario, seed, runs as ReplicationResult[]),
      description: describePoint(prepared.point),
    };
    finished.push({ point: prepared.point, result, runs: runs as ReplicationResult[] });
  });
  return finished;
}

/** What a sweep's document is made of: the swept scenario, its settings and the points that finished. */
export interface SweepDocumentParts {
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly axes: readonly SweepAxis[];
  readonly finished: readonly SweepPointResult[];
  /** False when the sweep was interrupted or failed before every point finished. */
  readonly complete: boolean;
}

/** The sweep's JSON document (`fulfill sweep --json`): each finished point's settings and KPIs. */
export function sweepDocument({ scenario, seed, replications, axes, finished, complete }: SweepDocumentParts): SweepDocument {
  return {
    scenario,
    seed,
    replications,
    axes,
    complete,
    points: finished.map(({ point, result }) => ({
      name: result.scenario,
      settings: Object.fromEntries(point.settings.map(({ path, value }) => [path, value])),
      kpis: result.kpis,
    })),
  };
}
