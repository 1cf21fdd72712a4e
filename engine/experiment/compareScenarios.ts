import { KPI_DEFINITIONS, type Direction, type KpiName } from '../kpi/definitions.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { summarize } from '../stats/summary.js';
import { welchInterval } from '../stats/welch.js';
import { pairedDifference, type PairedDifference } from './pairedDifference.js';
import { runToPrecision, type PrecisionCheck, type PrecisionStatus, type PrecisionTarget } from './precision.js';
import { RunInterrupted, runJobs, type ReplicationRunner } from './replicationRunner.js';
import type { ReplicationResult } from './runReplication.js';
import { aggregate, replicationJobs, type ScenarioResult } from './runScenario.js';
import { selectBest, type Selection } from './selectBest.js';

/** A scenario to compare, by name. */
export interface NamedScenario {
  readonly name: string;
  readonly scenario: Scenario;
}

/** One KPI of a variant against the base: the paired difference and, for contrast, the unpaired interval. */
export interface KpiComparison extends PairedDifference {
  readonly kpi: KpiName;
  readonly base: number | null;
  readonly variant: number | null;
  /** The 95% interval an unpaired (Welch) comparison of the same runs would give. */
  readonly unpairedCi95: readonly [number, number] | null;
}

/** `fulfill compare`'s result: every scenario's results, each variant against the base, and the best subset. */
export interface ComparisonResult {
  readonly seed: number;
  readonly replications: number;
  readonly scenarios: ScenarioResult[];
  readonly variants: ReadonlyArray<{ readonly variant: string; readonly kpis: KpiComparison[] }>;
  /** With three or more scenarios: which are statistically tied for best on `kpi`. */
  readonly best: { readonly kpi: KpiName; readonly direction: Direction; readonly selections: Selection[] } | null;
  readonly precision: PrecisionStatus[] | null;
}

/** How compareScenarios runs: replications (grown toward precision targets up to maxReplications), seed, and the KPI that names the best scenario. */
export interface CompareOptions {
  readonly replications: number;
  readonly seed?: number;
  readonly bestKpi: KpiName;
  /** Half-widths wanted for the paired differences; replications grow up to `maxReplications`. */
  readonly precision?: readonly PrecisionTarget[];
  readonly maxReplications?: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

const valuesOf = (runs: readonly ReplicationResult[], kpi: KpiName): number[] => runs.map((run) => run.kpis[kpi]);
const directionOf = (kpi: KpiName): Direction => KPI_DEFINITIONS.find((definition) => definition.name === kpi)?.direction ?? 'neither';

function compareKpi(kpi: KpiName, base: readonly ReplicationResult[], variant: readonly ReplicationResult[]): KpiComparison {
  const a = valuesOf(base, kpi);
  const b = valuesOf(variant, kpi);
  const defined = (values: number[]): number[] => values.filter((value) => Number.isFinite(value));
  return {
    kpi,
    base: summarize(a).mean,
    variant: summarize(b).mean,
    ...pairedDifference(summarize(a).values, summarize(b).values, directionOf(kpi)),
    unpairedCi95: welchInterval(defined(a), defined(b)),
  };
}

/** Paired differences variant - base of one KPI, replication by replication. */
function differences(base: readonly ReplicationResult[], variant: readonly ReplicationResult[], kpi: KpiName): number[] {
  return variant.map((run, index) => run.kpis[kpi] - (base[index] as ReplicationResult).kpis[kpi]);
}

/** Thrown when Ctrl-C stops a comparison: each scenario's finished replications travel with it. */
export class ComparisonInterrupted extends RunInterrupted {
  constructor(
    readonly runs: ReadonlyArray<readonly ReplicationResult[]>,
    readonly planned: number,
  ) {
    super(runs.flat());
  }
}

/**
 * Runs every scenario with the same seed and replication indices (common random numbers),
 * then compares each variant with the first scenario KPI by KPI and, with three or more
 * scenarios, selects the subset statistically tied for best on `bestKpi`.
 */
export async function compareScenarios(
  runner: ReplicationRunner,
  scenarios: readonly NamedScenario[],
  options: CompareOptions,
): Promise<{ comparison: ComparisonResult; runs: ReplicationResult[][] }> {
  const seed = options.seed ?? (scenarios[0] as NamedScenario).scenario.seed;
  const runs: ReplicationResult[][] = scenarios.map(() => []);
  let done = 0;
  let planned = 0;
  const extend = async (from: number, to: number): Promise<void> => {
    const jobs = scenarios.flatMap(({ scenario }) => replicationJobs(scenario, { seed }, from, to));
    planned += jobs.length;
    let results: ReadonlyArray<ReplicationResult | undefined>;
    try {
      results = await runJobs(runner, jobs, () => options.onProgress?.(++done, planned), options.signal);
    } catch (error) {
      if (!(error instanceof RunInterrupted)) throw error;
      results = error.completed;
    }
    const finished = (run: ReplicationResult | undefined): run is ReplicationResult => run !== undefined;
    scenarios.forEach((_, index) => runs[index]?.push(...results.slice(index * (to - from), (index + 1) * (to - from)).filter(finished)));
    if (results.some((run) => run === undefined)) throw new ComparisonInterrupted(runs, planned);
  };
  let precision: PrecisionStatus[] | null = null;
  const targets = options.precision ?? [];
  if (targets.length === 0) await extend(0, options.replications);
  else {
    const checks = (): PrecisionCheck[] =>
      scenarios.slice(1).flatMap((variant, index) =>
        targets.map((target) => ({
          label: `${variant.name} - ${(scenarios[0] as NamedScenario).name}: ${target.kpi}`,
          target,
          summary: summarize(differences(runs[0] as ReplicationResult[], runs[index + 1] as ReplicationResult[], target.kpi)),
        })),
      );
    precision = (await runToPrecision(options.replications, options.maxReplications ?? 100, extend, checks)).statuses;
  }
  const base = runs[0] as ReplicationResult[];
  const kpiNames = KPI_DEFINITIONS.map((definition) => definition.name);
  const direction = directionOf(options.bestKpi);
  const comparison: ComparisonResult = {
    seed,
    replications: base.length,
    scenarios: scenarios.map(({ name, scenario }, index) => aggregate(name, scenario, seed, runs[index] as ReplicationResult[])),
    variants: scenarios.slice(1).map(({ name }, index) => ({
      variant: name,
      kpis: kpiNames.map((kpi) => compareKpi(kpi, base, runs[index + 1] as ReplicationResult[])),
    })),
    best:
      scenarios.length >= 3 && direction !== 'neither'
        ? {
            kpi: options.bestKpi,
            direction,
            selections: selectBest(
              scenarios.map(({ name }) => name),
              runs.map((scenarioRuns) => summarize(valuesOf(scenarioRuns, options.bestKpi)).values),
              direction,
            ),
          }
        : null,
    precision,
  };
  return { comparison, runs };
}
