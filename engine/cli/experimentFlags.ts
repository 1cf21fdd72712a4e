import { KPI_NAMES, type KpiName } from '../kpi/definitions.js';
import type { PrecisionTarget } from '../experiment/precision.js';
import { defaultWorkers, workerPool } from '../parallel/workerPool.js';
import type { ReplicationRunner } from '../experiment/replicationRunner.js';
import { queueConnection, QueueUrlError } from '../distributed/queueConnection.js';
import { queueRunner } from '../distributed/queueRunner.js';
import { DEFAULT_QUEUE_TIMEOUT_MS, QueueUnreachable } from '../distributed/reachRedis.js';
import { redactError, redactText } from '../distributed/redactUrl.js';
import { seconds } from '../scenario/duration.js';
import { UsageError, type CliIo } from './CliIo.js';
import type { FlagTable } from './commandDefinition.js';
import { checkOutputDirectory } from './outputPaths.js';
import { durationFlag, integerFlag } from './parseFlags.js';
import { PLUGIN_TIMEOUT_FLAG, pluginTimeoutMs } from './pluginTimeoutFlag.js';

/** Flags every experiment command (run, compare, sweep, warmup, optimize) shares. */
export const EXPERIMENT_FLAGS = {
  reps: { type: 'string', value: 'N', description: "replications, 1 to 10,000 (default: the scenario's replications)" },
  seed: { type: 'string', value: 'S', description: "base seed, an integer >= 0 (default: the scenario's seed)" },
  horizon: { type: 'string', value: 'D', description: "simulated time such as 30d; replaces the scenario's horizon" },
  workers: {
    type: 'string',
    value: 'N',
    description: "worker threads, 1 to 256 (default: the machine's cores); results are the same for any number",
  },
  json: { type: 'boolean', description: 'print one JSON document instead of the table' },
  out: { type: 'string', value: 'DIR', description: 'write a results directory (result JSON, per-order CSV, kpis.csv, manifest.json)' },
  queue: {
    type: 'string',
    value: 'URL',
    description: 'send replications to a BullMQ queue on Redis (redis://HOST:PORT) instead of local threads',
  },
  'max-orders': {
    type: 'string',
    value: 'N',
    description: 'the most orders (orders x replications) the command may simulate before it refuses to start (default 50,000,000)',
  },
  'queue-timeout': {
    type: 'string',
    value: 'D',
    description: 'with --queue: how long to wait for Redis before giving up with exit 2 (default 30s)',
  },
  ...PLUGIN_TIMEOUT_FLAG,
} as const satisfies FlagTable;

/** Flags of the commands that can grow replications to a precision. */
export const PRECISION_FLAGS = {
  precision: {
    type: 'string',
    value: 'KPI=±x[%]',
    multiple: true,
    description: "grow replications until the KPI's 95% half-width is at most x (KPI units) or x% of its mean; repeatable",
  },
  'max-reps': { type: 'string', value: 'N', description: 'the most replications --precision may run, 2 to 10,000 (default 100)' },
} as const satisfies FlagTable;

export interface ExperimentSettings {
  readonly replications: number | undefined;
  readonly seed: number | undefined;
  readonly horizon: string | undefined;
  readonly workers: number;
  /** A BullMQ queue on Redis to send replications to instead of local threads. */
  readonly queue: string | undefined;
  /** Orders the command may simulate before it refuses to start (see checkWork). */
  readonly maxOrders: number | undefined;
  /** How long to wait for the queue's Redis before giving up (ms). */
  readonly queueTimeoutMs: number;
  /** How long one call into plugin code may run (ms). */
  readonly pluginTimeoutMs: number;
}

/** `--queue-timeout D` (with --queue): how long to wait for Redis, at least 1 s; 30 s by default. */
export function queueTimeoutFlag(value: string | undefined, queue: string | undefined): number {
  if (value === undefined) return DEFAULT_QUEUE_TIMEOUT_MS;
  if (queue === undefined) throw new UsageError('--queue-timeout: only applies with --queue');
  const ms = 1000 * seconds(durationFlag('queue-timeout', value, '"30s" or "2m"') ?? '30s');
  if (ms < 1000) throw new UsageError(`--queue-timeout: expected at least 1s, got "${value}"`);
  return ms;
}

/** A queue URL given on the command line, checked (credentials never shown). */
export function queueFlag(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    queueConnection(url);
  } catch (error) {
    if (error instanceof QueueUrlError) throw new UsageError(`--queue: ${error.message}`);
    throw error;
  }
  return url;
}

export function experimentSettings(values: {
  reps?: string | undefined;
  seed?: string | undefined;
  horizon?: string | undefined;
  workers?: string | undefined;
  queue?: string | undefined;
  'max-orders'?: string | undefined;
  'queue-timeout'?: string | undefined;
  out?: string | undefined;
  'plugin-timeout'?: string | undefined;
}): ExperimentSettings {
  // A results folder that cannot be written is found now, not after the simulation.
  checkOutputDirectory('out', values.out);
  return {
    queue: queueFlag(values.queue),
    queueTimeoutMs: queueTimeoutFlag(values['queue-timeout'], values.queue),
    replications: integerFlag('reps', values.reps, 1, 10_000),
    seed: integerFlag('seed', values.seed, 0),
    horizon: durationFlag('horizon', values.horizon),
    workers: integerFlag('workers', values.workers, 1, 256) ?? defaultWorkers(),
    maxOrders: integerFlag('max-orders', values['max-orders'], 1),
    pluginTimeoutMs: pluginTimeoutMs(values['plugin-timeout']),
  };
}

/** Top-level fields an experiment takes once for all its points, with the flag that sets them. */
const EXPERIMENT_FIELDS = new Map([
  ['seed', '--seed'],
  ['replications', '--reps'],
]);

/**
 * Why a point of a sweep or an optimisation cannot set `path`, or undefined: every point runs the
 * experiment's seed and replications (common random numbers), so a point's own would be ignored.
 */
export function pointPathProblem(path: string): string | undefined {
  const flag = EXPERIMENT_FIELDS.get(path.trim());
  return flag === undefined
    ? undefined
    : `"${path}" is the experiment's, the same for every point (common random numbers), so a point's own would be ignored: set it with ${flag}`;
}

/** Checks a KPI name given on the command line. */
export function kpiFlag(flag: string, name: string): KpiName {
  if (!(KPI_NAMES as readonly string[]).includes(name))
    throw new UsageError(`--${flag}: unknown KPI "${name}" (expected one of: ${KPI_NAMES.join(', ')})`);
  return name as KpiName;
}

/** Parses `--precision KPI=±x` (absolute, KPI units) or `KPI=±x%` (relative to the mean); "+-" or no sign also work. */
export function precisionFlags(texts: readonly string[] | undefined): PrecisionTarget[] {
  return (texts ?? []).map((text) => {
    const match = /^([A-Za-z0-9]+)=(?:±|\+-|\+\/-)?(\d+(?:\.\d+)?(?:e-?\d+)?)(%?)$/.exec(text.trim());
    if (match === null)
      throw new UsageError(`--precision: expected KPI=±x or KPI=±x% (e.g. onTimeRate=±0.005, cycleTimeHours=±2%), got "${text}"`);
    const halfWidth = Number(match[2]) / (match[3] === '%' ? 100 : 1);
    if (!(halfWidth > 0)) throw new UsageError(`--precision: expected a half-width above 0, got "${text}"`);
    return { kpi: kpiFlag('precision', match[1] as string), halfWidth, relative: match[3] === '%' };
  });
}

/** Where replications run: local worker threads, or a queue (then Ctrl-C cancels the queued jobs). */
export interface RunnerSettings {
  readonly workers: number;
  readonly queue?: string | undefined;
  readonly queueTimeoutMs?: number;
  readonly pluginTimeoutMs?: number;
  readonly io?: CliIo;
}

/**
 * Runs `body` with a worker pool of the asked size, or a queue runner, and always shuts it down.
 * With a queue, errors leave with the URL's credentials masked, and a Redis that cannot be
 * reached in time is the user's set-up (exit 2).
 */
export async function withRunner<T>(settings: RunnerSettings, body: (runner: ReplicationRunner) => Promise<T>): Promise<T> {
  const { io, queue } = settings;
  if (queue === undefined) {
    const pool = workerPool(settings.workers, settings.pluginTimeoutMs === undefined ? {} : { pluginTimeoutMs: settings.pluginTimeoutMs });
    try {
      return await body(pool);
    } finally {
      await pool.close();
    }
  }
  try {
    const runner = await queueRunner(queue, {
      ...(io?.interruption === undefined ? {} : { signal: io.interruption() }),
      ...(io === undefined ? {} : { notice: io.stderr }),
      ...(settings.queueTimeoutMs === undefined ? {} : { timeoutMs: settings.queueTimeoutMs }),
    });
    try {
      return await body(runner);
    } finally {
      await runner.close();
    }
  } catch (error) {
    if (error instanceof QueueUnreachable) throw new UsageError(`queue: ${redactText(error.message, queue)}`);
    throw redactError(error, queue);
  }
}
