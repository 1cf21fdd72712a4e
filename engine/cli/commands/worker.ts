import { availableParallelism } from 'node:os';
import { queueConnection, redact, QUEUE_NAME, QueueUrlError } from '../../distributed/queueConnection.js';
import { startQueueWorker } from '../../distributed/queueWorker.js';
import { engineVersion } from '../../io/resultsDirectory.js';
import { seconds } from '../../scenario/duration.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { durationFlag, integerFlag, parseFlags } from '../parseFlags.js';
import { PLUGIN_TIMEOUT_FLAG, pluginTimeoutMs } from '../pluginTimeoutFlag.js';

/**
 * `fulfill worker --queue redis://HOST:PORT [--concurrency N] [--allow-plugins] [--stall-timeout 30s] [--plugin-timeout 10s]`:
 * takes simulation jobs from the queue until Ctrl-C (or SIGTERM), which lets the jobs in hand finish.
 */
export async function workerCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    queue: { type: 'string' },
    concurrency: { type: 'string' },
    'allow-plugins': { type: 'boolean' },
    'stall-timeout': { type: 'string' },
    ...PLUGIN_TIMEOUT_FLAG,
  });
  if (positionals.length > 0) throw new UsageError(`worker: unexpected argument "${positionals[0]}"`);
  if (values.queue === undefined) throw new UsageError('worker: expected --queue redis://HOST:PORT');
  try {
    queueConnection(values.queue);
  } catch (error) {
    if (error instanceof QueueUrlError) throw new UsageError(`--queue: ${error.message}`);
    throw error;
  }
  const concurrency = integerFlag('concurrency', values.concurrency, 1, 256) ?? availableParallelism();
  const stallTimeoutMs = 1000 * seconds(durationFlag('stall-timeout', values['stall-timeout']) ?? '30s');
  if (stallTimeoutMs < 1000) throw new UsageError('--stall-timeout: expected at least 1s');
  const worker = await startQueueWorker({
    url: values.queue,
    concurrency,
    allowPlugins: values['allow-plugins'] === true,
    stallTimeoutMs,
    pluginTimeoutMs: pluginTimeoutMs(values['plugin-timeout']),
    onConnectionError: (error) => io.stderr(`worker: cannot reach Redis at ${redact(values.queue ?? '')} (${error.message}); retrying\n`),
    onFailure: (jobId, failure) => io.stderr(`worker: job ${jobId} failed: ${failure.kind === 'policy' ? `policy module ${failure.module}: ${failure.detail}` : failure.message}\n`),
  });
  io.stderr(
    `worker: taking jobs from ${redact(values.queue)} (queue ${QUEUE_NAME}), ${concurrency} at a time, engine ${engineVersion()}, plugins ${values['allow-plugins'] === true ? 'allowed' : 'refused'}; Ctrl-C to stop\n`,
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
