
/** The queue's name in Redis (BullMQ keys are `bull:<name>:...`). */
export const QUEUE_NAME = 'fulfill-replications';

/** Jobs whose scenario runs plugin modules go here: only workers started with --allow-plugins take them. */
export const PLUGIN_QUEUE_NAME = 'fulfill-replications-plugins';

/** What both BullMQ and ioredis need to reach the queue's Redis. */
export interface QueueConnectionOptions {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db?: number;
  readonly tls?: { readonly servername: string };
  readonly maxRetriesPerRequest: null;
  readonly enableAutoPipelining: boolean;
}

/** Why a queue URL was refused. */
export class QueueUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueUrlError';
  }
}

/**
 * Connection options from `redis://[user:password@]host[:port][/db]` or `rediss://...` (TLS).
 * The password never appears in messages; commands wait through reconnects (BullMQ needs
 * `maxRetriesPerRequest: null`).
 */
export function queueConnection(url: string): QueueConnectionOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QueueUrlError(`expected redis://host:port or rediss://host:port, got "${redact(url)}"`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new QueueUrlError(`expected a redis:// or rediss:// URL, got "${parsed.protocol}//..."`);
  if (parsed.hostname === '') throw new QueueUrlError('expected a host name in the queue URL');
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new QueueUrlError(`expected a database number after the host, got "/${db}"`);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
    ...(db === '' ? {} : { db: Number(db) }),
    ...(parsed.protocol === 'rediss:' ? { tls: { servername: parsed.hostname } } : {}),
    maxRetriesPerRequest: null,
    // Concurrent commands (hundreds of jobs added and watched at once) share round trips.
    enableAutoPipelining: true,
  };
}

/** The URL with any password replaced by "***", for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):([^@/]*)@/, '//$1:***@');
}
