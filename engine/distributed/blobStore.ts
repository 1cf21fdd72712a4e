import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** How long uploaded scenarios and modules stay in Redis (seconds): long enough for any sweep. */
const BLOB_TTL_SECONDS = 7 * 24 * 3600;

/** The SHA-256 of a text, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const keyOf = (hash: string): string => `fulfill:blob:${hash}`;

/** Stores a text under its content hash (once: an existing blob is only kept alive) and returns the hash. */
export async function putBlob(redis: Redis, text: string): Promise<string> {
  const hash = contentHash(text);
  await redis.set(keyOf(hash), text, 'EX', BLOB_TTL_SECONDS);
  return hash;
}

/** The text stored under `hash`, checked against it; throws when missing or altered. */
export async function getBlob(redis: Redis, hash: string): Promise<string> {
  const text = await redis.get(keyOf(hash));
  if (text === null) throw new Error(`content ${hash.slice(0, 12)} is not in Redis (expired, or Redis lost its data)`);
  if (contentHash(text) !== hash) throw new Error(`content ${hash.slice(0, 12)} does not match its SHA-256 (altered in Redis)`);
  return text;
}
