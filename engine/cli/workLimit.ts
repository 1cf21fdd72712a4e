import { totalmem } from 'node:os';
import type { WorkEstimate } from '../experiment/workEstimate.js';
import { workAgainstLimit, type PlannedRuns } from '../experiment/workLimit.js';
import { UsageError } from './CliIo.js';

/** Share of the machine's memory the results of one command may take. */
const MEMORY_SHARE = 0.5;

const gigabytes = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GB`;

/**
 * Estimates a command's work before anything runs and stops it (a UsageError: exit 2) when it
 * would simulate more orders than the limit (--max-orders, else the largest `limits.maxOrders`
 * of its scenarios, else DEFAULT_MAX_ORDERS) or keep results larger than half the machine's memory.
 */
export function checkWork(
  planned: readonly PlannedRuns[],
  options: {
    readonly maxOrders?: number | undefined;
    readonly recordOrders?: boolean;
    /** What to do instead when the results would not fit (default: fewer replications or points, or no --out). */
    readonly remedy?: string;
  },
): WorkEstimate {
  const { work, size, refusal } = workAgainstLimit(planned, options);
  if (refusal !== undefined) throw new UsageError(refusal);
  const budget = totalmem() * MEMORY_SHARE;
  if (work.resultBytes > budget) {
    throw new UsageError(
      `the results of ${size} would take about ${gigabytes(work.resultBytes)} of memory, more than half of this machine's ${gigabytes(totalmem())}. ` +
        (options.remedy ??
          `Run fewer replications or points${options.recordOrders === true ? ', or leave out --out (per-order records are kept until written)' : ''}.`),
    );
  }
  return work;
}
