import { availableParallelism } from 'node:os';
import { QUEUE_NAME } from '../../distributed/queueConnection.js';
import { QueueUnreachable } from '../../distributed/reachRedis.js';
import { redactText, redactUrl } from '../../distributed/redactUrl.js';
import { startQueueWorker } from '../../distributed/queueWorker.js';
import { engineVersion } from '../../version.js';
import { seconds } from '../../scenario/duration.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { queueFlag, queueTimeoutFlag } from '../experimentFlags.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { durationFlag, integerFlag } from '../parseFlags.js';
import { PLUGIN_TIMEOUT_FLAG, pluginTimeoutMs } from '../pluginTimeoutFlag.js';

/** The flags of `fulfill worker`. */
const WORKER_FLAGS = {
  queue: { type: 'string', value: 'URL', description: 'the Redis holding the queue, redis://[:PASSWORD@]HOST:PORT (required)' },
  concurrency: { type: 'string', value: 'N', description: "jobs run at a time, 1 to 256 (default: the machine's cores)" },
  'allow-plugins': { type: 'boolean', description: 'run jobs whose scenarios use plugin policies (their code runs here)' },
  'stall-timeout': {
    type: 'string',
    value: 'D',
    description: 'how long a job may go without a heartbeat before another worker takes it, at least 1s (default 30s)',
  },
  'queue-timeout': {
    type: 'string',
    value: 'D',
    description: 'how long to wait for Redis at start before giving up with exit 2, at least 1s (default 30s)',
  },
  ...PLUGIN_TIMEOUT_FLAG,
} as const satisfies FlagTable;

/** `fulfill worker`: takes simulation jobs from a queue. */
export const WORKER_COMMAND = defineCommand({
  name: 'worker',
  operands: {},
  summary: 'take replication jobs from the queue until Ctrl-C',
  flags: WORKER_FLAGS,
  action: workerCommand,
});

/**
 * `fulfill worker --queue redis://HOST:PORT [--concurrency N] [--allow-plugins] [--stall-timeout 30s] [--queue-timeout 30s] [--plugin-timeout 10s]`:
 * takes simulation jobs from the queue until Ctrl-C (or SIGTERM), which lets the jobs in hand finish.
 * A Redis that does not answer within --queue-timeout at start is an error (exit 2).
 */
export async function workerCommand(input: CommandInput<typeof WORKER_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals } = input;
  if (positionals.length > 0) throw new UsageError(`worker: unexpected argument "${positionals[0]}"`);
  const url = queueFlag(values.queue);
  if (url === undefined) throw new UsageError('worker: expected --queue redis://HOST:PORT');
  const timeoutMs = queueTimeoutFlag(values['queue-timeout'], url);
  const concurrency = integerFlag('concurrency', values.concurrency, 1, 256) ?? availableParallelism();
  const stallTimeoutMs = 1000 * seconds(durationFlag('stall-timeout', values['stall-timeout'], '"30s" or "2m"') ?? '30s');
  if (stallTimeoutMs < 1000) throw new UsageError('--stall-timeout: expected at least 1s');
  const worker = await startQueueWorker({
    url,
    concurrency,
    allowPlugins: values['allow-plugins'] === true,
    stallTimeoutMs,
    timeoutMs,
    pluginTimeoutMs: pluginTimeoutMs(values['plugin-timeout']),
    onConnectionError: (error) =>
      io.stderr(`worker: lost Redis at ${redactUrl(url)} (${redactText(error.message, url)}); retrying until it is back\n`),
    onFailure: (jobId, failure) =>
      io.stderr(
        redactText(
          `worker: job ${jobId} failed: ${failure.kind === 'policy' ? `policy module ${failure.module}: ${failure.detail}` : failure.message}\n`,
          url,
        ),
      ),
  }).catch((error: unknown) => {
    if (error instanceof QueueUnreachable) throw new UsageError(`queue: ${error.message}`);
    throw error;
  });
  io.stderr(
    `worker: taking jobs from ${redactUrl(url)} (queue ${QUEUE_NAME}), ${concurrency} at a time, engine ${engineVersion()}, plugins ${values['allow-plugins'] === true ? 'allowed' : 'refused'}; Ctrl-C to stop\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stderr(`worker: stopping after the jobs in hand (${worker.completed()} done)\n`);
  await worker.close();
  return 0;
}
