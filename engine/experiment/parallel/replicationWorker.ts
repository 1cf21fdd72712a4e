import { loadScenarioPlugins } from '../../io/loadPlugins.js';
import { PolicyError } from '../../policies/plugins/PolicyError.js';
import { runJob, type ReplicationJob } from '../replicationRunner.js';
import type { ReplicationResult } from '../runReplication.js';

/** A worker's answer: the result, or a plugin's failure (error classes do not survive the thread boundary). */
export type WorkerAnswer = { readonly result: ReplicationResult } | { readonly policyError: { readonly module: string; readonly detail: string } };

/** The worker thread's task: one replication (Piscina calls the default export). */
export default async function replicationWorker(job: ReplicationJob): Promise<WorkerAnswer> {
  try {
    await loadScenarioPlugins(job.scenario);
    return { result: runJob(job, () => performance.now()) };
  } catch (error) {
    if (error instanceof PolicyError) return { policyError: { module: error.module, detail: error.detail } };
    throw error;
  }
}
