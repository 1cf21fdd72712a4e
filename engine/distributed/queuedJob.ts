/** What travels through the queue for one replication: content hashes, never code or paths. */
export interface QueuedJob {
  readonly engineVersion: string;
  /** Content hash of the scenario JSON (plugin modules replaced by `fulfill-blob:<hash>/<file>`). */
  readonly scenario: string;
  readonly replication: number;
  readonly seed: number;
  readonly recordOrders: boolean;
  readonly timePolicies: boolean;
}

/** Prefix of a plugin module carried as a blob rather than a path. */
export const BLOB_MODULE = 'fulfill-blob:';

/** How a queued job failed, as the worker reports it in the job's failure reason. */
export type JobFailure =
  | { readonly kind: 'policy'; readonly module: string; readonly detail: string }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

/** The highest replication index a job may carry (commands run at most 10,000 per scenario; optimize adds final runs). */
export const MAX_REPLICATION_INDEX = 999_999;

/** A SHA-256, hex: how jobs name scenarios and plugin modules. */
export const CONTENT_HASH = /^[0-9a-f]{64}$/;

/** Job data that is not a job this engine sends: anyone who can write to Redis can add jobs. */
export class InvalidJob extends Error {
  constructor(problem: string) {
    super(`invalid job data: ${problem}`);
    this.name = 'InvalidJob';
  }
}

/** Describes a value in a message without echoing a large or hostile one in full. */
function shown(value: unknown): string {
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : typeof value === 'number' || typeof value === 'boolean' || value === null
        ? String(value)
        : Array.isArray(value)
          ? 'an array'
          : typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const CHECKS: Record<keyof QueuedJob, { readonly expected: string; readonly ok: (value: unknown) => boolean }> = {
  engineVersion: { expected: 'a version string', ok: (value) => typeof value === 'string' && value.length > 0 && value.length <= 100 },
  scenario: { expected: 'a SHA-256 in hex (64 characters 0-9a-f)', ok: (value) => typeof value === 'string' && CONTENT_HASH.test(value) },
  replication: {
    expected: `an integer from 0 to ${MAX_REPLICATION_INDEX}`,
    ok: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_REPLICATION_INDEX,
  },
  seed: { expected: 'an integer >= 0', ok: (value) => Number.isSafeInteger(value) && (value as number) >= 0 },
  recordOrders: { expected: 'true or false', ok: (value) => typeof value === 'boolean' },
  timePolicies: { expected: 'true or false', ok: (value) => typeof value === 'boolean' },
};

/**
 * Checks job data taken from the queue before anything uses it: a plain object with exactly
 * the job's fields (own keys only, so `__proto__` or `constructor` are unknown fields), each of
 * the right type and range. Throws InvalidJob naming the first problem.
 */
export function parseQueuedJob(data: unknown): QueuedJob {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InvalidJob(`expected an object, got ${shown(data)}`);
  const prototype: unknown = Object.getPrototypeOf(data);
  if (prototype !== Object.prototype && prototype !== null) throw new InvalidJob('expected a plain object');
  const fields = Object.keys(CHECKS);
  for (const key of Object.getOwnPropertyNames(data)) {
    if (!fields.includes(key))
      throw new InvalidJob(`unexpected field ${JSON.stringify(key).slice(0, 80)} (expected: ${fields.join(', ')})`);
  }
  const record = data as Record<string, unknown>;
  for (const [key, check] of Object.entries(CHECKS)) {
    if (!Object.hasOwn(record, key)) throw new InvalidJob(`missing field "${key}" (${check.expected})`);
    if (!check.ok(record[key])) throw new InvalidJob(`${key}: expected ${check.expected}, got ${shown(record[key])}`);
  }
  return data as QueuedJob;
}
