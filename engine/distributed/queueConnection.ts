import { isIP } from 'node:net';
import { redactUrl, urlCredentials } from './redactUrl.js';

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
  readonly tls?: { readonly servername?: string };
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
 * The credentials are split off first (see urlCredentials), so a password may hold any
 * character, escaped or not; messages show the URL only through redactUrl. Commands wait
 * through reconnects (BullMQ needs `maxRetriesPerRequest: null`).
 */
export function queueConnection(url: string): QueueConnectionOptions {
  const { scheme, rawUser, rawPassword, user, password, rest } = urlCredentials(url);
  if (scheme !== 'redis:' && scheme !== 'rediss:') {
    throw new QueueUrlError(
      scheme === ''
        ? `expected redis://host:port or rediss://host:port, got "${redactUrl(url)}"`
        : `expected a redis:// or rediss:// URL, got "${scheme}//..."`,
    );
  }
  if (!url.startsWith(`${scheme}//`)) throw new QueueUrlError(`expected ${scheme}//host:port, got "${redactUrl(url)}"`);
  let parsed: URL;
  try {
    parsed = new URL(`${scheme}//${rest}`);
  } catch {
    throw new QueueUrlError(`expected redis://host:port or rediss://host:port, got "${redactUrl(url)}"`);
  }
  if (parsed.hostname === '') throw new QueueUrlError('expected a host name in the queue URL');
  // Options after `?` or `#` (`?family=6`, `?tls=true`) are not read: refused, not silently ignored.
  if (parsed.search !== '' || parsed.hash !== '')
    throw new QueueUrlError(
      `the queue URL takes no ${parsed.search !== '' ? 'options after "?"' : 'fragment after "#"'} (they would be ignored): use redis://host:port/db, or rediss:// for TLS`,
    );
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new QueueUrlError(`expected a database number after the host, got "/${db}"`);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return {
    host,
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    ...(rawUser === '' ? {} : { username: user }),
    ...(rawPassword === '' ? {} : { password }),
    ...(db === '' ? {} : { db: Number(db) }),
    // A certificate names a host; an IP address is not a valid TLS server name.
    ...(scheme === 'rediss:' ? { tls: isIP(host) === 0 ? { servername: host } : {} } : {}),
    maxRetriesPerRequest: null,
    // Concurrent commands (hundreds of jobs added and watched at once) share round trips.
    enableAutoPipelining: true,
  };
}
