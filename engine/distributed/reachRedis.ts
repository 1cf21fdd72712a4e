import { loadQueueClient, type QueueClient } from './queueClient.js';
import { queueConnection } from './queueConnection.js';
import { redactText, redactUrl } from './redactUrl.js';

/** The queue's Redis could not be used within the deadline (wrong password, TLS mismatch, nothing there): the user's set-up, exit 2. */
export class QueueUnreachable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueUnreachable';
  }
}

/** The default of `--queue-timeout`: how long to wait for Redis before giving up (ms). */
export const DEFAULT_QUEUE_TIMEOUT_MS = 30_000;

/** How long between attempts while Redis refuses connections (it may be starting). */
const RETRY_MS = 250;

/** The code of the error an attempt ends with when the deadline passes first. */
const NO_ANSWER = 'FULFILL_NO_ANSWER';

const shownSeconds = (ms: number): string => `${+(ms / 1000).toFixed(1)}s`;

/** Why an attempt failed, in words, and whether trying again could help. */
function diagnose(error: Error & { code?: string }, url: string, timeoutMs: number): { readonly message: string; readonly final: boolean } {
  const where = redactUrl(url);
  const detail = redactText(error.message, url);
  if (/WRONGPASS|invalid password|invalid username-password/i.test(detail)) {
    return { final: true, message: `Redis at ${where} refused the user name or password (${detail}); check the credentials in --queue` };
  }
  if (/NOAUTH|Authentication required/i.test(detail)) {
    return { final: true, message: `Redis at ${where} needs a password (${detail}); give it as redis://:PASSWORD@host:port` };
  }
  if (/SSL|TLS|certificate|self.signed|EPROTO|secure TLS connection/i.test(`${error.code ?? ''} ${detail}`)) {
    const certificate = /certificate|self.signed|CERT/i.test(`${error.code ?? ''} ${detail}`);
    const hint = certificate
      ? "; the server's certificate is not trusted here (NODE_EXTRA_CA_CERTS names extra CA files)"
      : url.startsWith('rediss:')
        ? '; if the server speaks plain Redis, use redis:// rather than rediss://'
        : '';
    return { final: true, message: `TLS connection to ${where} failed (${detail})${hint}` };
  }
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
    return { final: true, message: `cannot find the host of ${where} (${detail})` };
  if (error.code === NO_ANSWER) {
    const hint = url.startsWith('rediss:')
      ? 'does the server speak TLS, or plain Redis (redis://)?'
      : 'is it Redis, and does it need rediss:// (TLS)?';
    return { final: true, message: `no answer from Redis at ${where} within ${shownSeconds(timeoutMs)} (${detail}); ${hint}` };
  }
  if (error.code === 'ECONNREFUSED') {
    return {
      final: false,
      message: `nothing accepts connections at ${where} (connection refused; tried for ${shownSeconds(timeoutMs)}); is Redis running there?`,
    };
  }
  return { final: false, message: `cannot reach Redis at ${where} within ${shownSeconds(timeoutMs)} (${detail})` };
}

/** One connection attempt: connect and PING; rejects with the failure, never retries itself. */
async function attempt(Redis: QueueClient['Redis'], url: string, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const client = new Redis({
    ...queueConnection(url),
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    enableOfflineQueue: true,
  });
  let failure: Error | undefined;
  client.on('error', (error: Error) => (failure ??= error));
  const silence = (): Error =>
    Object.assign(
      new Error(
        client.status !== 'connecting'
          ? 'the connection opened, but nothing replied'
          : url.startsWith('rediss:')
            ? 'the TLS handshake did not finish'
            : 'the connection did not open',
      ),
      { code: NO_ANSWER },
    );
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(failure ?? silence());
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), aborted]);
  } catch (error) {
    throw failure ?? error;
  } finally {
    signal.removeEventListener('abort', onAbort);
    client.disconnect();
  }
}

/**
 * Checks that the queue's Redis answers, trying again while it refuses connections (it may be
 * starting), for at most `timeoutMs`. A wrong password or a TLS mismatch fails at once; a host
 * that accepts and never replies fails at the deadline. Throws QueueUnreachable with a message
 * that never holds the credentials.
 */
export async function reachRedis(url: string, timeoutMs: number): Promise<void> {
  // Loaded before the deadline starts and outside the retries: a client that cannot load is not a Redis that does not answer.
  const { Redis } = await loadQueueClient();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (;;) {
      try {
        await attempt(Redis, url, timeoutMs, controller.signal);
        return;
      } catch (error) {
        const problem = diagnose(error instanceof Error ? error : new Error(String(error)), url, timeoutMs);
        if (problem.final || controller.signal.aborted) throw new QueueUnreachable(problem.message);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        if (controller.signal.aborted) throw new QueueUnreachable(problem.message);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}
