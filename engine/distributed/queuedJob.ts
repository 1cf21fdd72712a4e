
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
