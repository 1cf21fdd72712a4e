import { runJob, type ReplicationJob } from '../replicationRunner.js';
import type { ReplicationResult } from '../runReplication.js';

/** The worker thread's task: one replication (Piscina calls the default export). */
export default function replicationWorker(job: ReplicationJob): ReplicationResult {
  return runJob(job);
}
