import { KPI_NAMES, type KpiName } from '../kpi/definitions.js';
import type { PrecisionTarget } from '../experiment/precision.js';
import { defaultWorkers, workerPool } from '../experiment/parallel/workerPool.js';
import type { ReplicationRunner } from '../experiment/replicationRunner.js';
import { queueConnection, QueueUrlError } from '../distributed/queueConnection.js';
import { queueRunner } from '../distributed/queueRunner.js';
import { UsageError, type CliIo } from './CliIo.js';
import { durationFlag, integerFlag } from './parseFlags.js';
import { PLUGIN_TIMEOUT_FLAG, pluginTimeoutMs } from './pluginTimeoutFlag.js';

/** Flags every experiment command (run, compare, sweep, warmup, optimize) shares. */
export const EXPERIMENT_FLAGS = {
  reps: { type: 'string' },
  seed: { type: 'string' },
  horizon: { type: 'string' },
  workers: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  queue: { type: 'string' },
  ...PLUGIN_TIMEOUT_FLAG,
} as const;

/** Flags of the commands that can grow replications to a precision. */
export const PRECISION_FLAGS = {
  precision: { type: 'string', multiple: true },
  'max-reps': { type: 'string' },
} as const;

export interface ExperimentSettings {
  readonly replications: number | undefined;
  readonly seed: number | undefined;
  readonly horizon: string | undefined;
  readonly workers: number;
  /** A BullMQ queue on Redis to send replications to instead of local threads. */
  readonly queue: string | undefined;
  /** How long one plugin decision may run (ms). */
  readonly pluginTimeoutMs: number;
}

export function experimentSettings(values: {
  reps?: string | undefined;
  seed?: string | undefined;
  horizon?: string | undefined;
  workers?: string | undefined;
  queue?: string | undefined;
  'plugin-timeout'?: string | undefined;
}): ExperimentSettings {
  if (values.queue !== undefined) {
    try {
      queueConnection(values.queue);
    } catch (error) {
      if (error instanceof QueueUrlError) throw new UsageError(`--queue: ${error.message}`);
      throw error;
    }
  }
  return {
    queue: values.queue,
    replications: integerFlag('reps', values.reps, 1, 10_000),
    seed: integerFlag('seed', values.seed, 0),
    horizon: durationFlag('horizon', values.horizon),
    workers: integerFlag('workers', values.workers, 1, 256) ?? defaultWorkers(),
    pluginTimeoutMs: pluginTimeoutMs(values['plugin-timeout']),
  };
}

/** Checks a KPI name given on the command line. */
export function kpiFlag(flag: string, name: string): KpiName {
  if (!(KPI_NAMES as readonly string[]).includes(name)) throw new UsageError(`--${flag}: unknown KPI "${name}" (expected one of: ${KPI_NAMES.join(', ')})`);
  return name as KpiName;
}

/** Parses `--precision KPI=±x` (absolute, KPI units) or `KPI=±x%` (relative to the mean); "+-" or no sign also work. */
export function precisionFlags(texts: readonly string[] | undefined): PrecisionTarget[] {
  return (texts ?? []).map((text) => {
    const match = /^([A-Za-z0-9]+)=(?:±|\+-|\+\/-)?(\d+(?:\.\d+)?(?:e-?\d+)?)(%?)$/.exec(text.trim());
    if (match === null) throw new UsageError(`--precision: expected KPI=±x or KPI=±x% (e.g. onTimeRate=±0.005, cycleTimeHours=±2%), got "${text}"`);
    const halfWidth = Number(match[2]) / (match[3] === '%' ? 100 : 1);
    if (!(halfWidth > 0)) throw new UsageError(`--precision: expected a half-width above 0, got "${text}"`);
    return { kpi: kpiFlag('precision', match[1] as string), halfWidth, relative: match[3] === '%' };
  });
}

/** Where replications run: local worker threads, or a queue (then Ctrl-C cancels the queued jobs). */
export interface RunnerSettings {
  readonly workers: number;
  readonly queue?: string | undefined;
  readonly pluginTimeoutMs?: number;
  readonly io?: CliIo;
}

/** Runs `body` with a worker pool of the asked size, or a queue runner, and always shuts it down. */
export async function withRunner<T>(settings: RunnerSettings, body: (runner: ReplicationRunner) => Promise<T>): Promise<T> {
  const { io } = settings;
  const runner =
    settings.queue === undefined
      ? workerPool(settings.workers, settings.pluginTimeoutMs === undefined ? {} : { pluginTimeoutMs: settings.pluginTimeoutMs })
      : await queueRunner(settings.queue, {
          ...(io?.interruption === undefined ? {} : { signal: io.interruption() }),
          ...(io === undefined ? {} : { notice: io.stderr }),
        });
  try {
    return await body(runner);
  } finally {
    await runner.close();
  }
}
