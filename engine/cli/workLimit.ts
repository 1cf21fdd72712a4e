import { totalmem } from 'node:os';
import { estimateReplication, totalWork, type WorkEstimate } from '../experiment/workEstimate.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { UsageError } from './CliIo.js';

/**
 * Orders one command may simulate unless raised (orders x replications, over every scenario
 * or point): roughly 10 to 20 minutes of the baseline model on this project's 2-core machine, and far
 * more than the bundled scenarios need (the baseline's 5 replications are about 0.7 million).
 */
export const DEFAULT_MAX_ORDERS = 50_000_000;

/** Order lines allowed per order of the limit: wholesale orders run to tens of lines, not thousands on average. */
const LINES_PER_ORDER_OF_LIMIT = 20;

/** Share of the machine's memory the results of one command may take. */
const MEMORY_SHARE = 0.5;

const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const gigabytes = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GB`;

/** One scenario (or sweep point, or optimizer evaluation) and how many replications of it a command runs. */
export interface PlannedRuns {
  readonly scenario: Scenario;
  readonly replications: number;
}

/**
 * Estimates a command's work before anything runs and stops it (a UsageError: exit 2) when it
 * would simulate more orders than the limit (--max-orders, else the largest `limits.maxOrders`
 * of its scenarios, else DEFAULT_MAX_ORDERS) or keep results larger than half the machine's memory.
 */
export function checkWork(planned: readonly PlannedRuns[], options: { readonly maxOrders?: number | undefined; readonly recordOrders?: boolean }): WorkEstimate {
  const work = totalWork(planned.map(({ scenario, replications }) => ({ estimate: estimateReplication(scenario, options.recordOrders === true), replications })));
  const fromScenarios = planned.map(({ scenario }) => scenario.limits.maxOrders ?? 0);
  const limit = options.maxOrders ?? (Math.max(0, ...fromScenarios) || DEFAULT_MAX_ORDERS);
  const replications = planned.reduce((sum, run) => sum + run.replications, 0);
  const size = `about ${count(work.orders)} orders (${count(work.events)} events) over ${count(replications)} replication(s)`;
  if (work.orders > limit) {
    throw new UsageError(
      `this would simulate ${size}, more than the limit of ${count(limit)} orders. ` +
        `Shorten the horizon or run fewer replications, or raise the limit with --max-orders N or "limits": {"maxOrders": N} in the scenario.`,
    );
  }
  if (!Number.isFinite(work.lines) || work.lines > limit * LINES_PER_ORDER_OF_LIMIT) {
    throw new UsageError(
      `this would simulate about ${count(work.lines)} order lines (${size}), more than the limit of ${count(limit * LINES_PER_ORDER_OF_LIMIT)} lines (${LINES_PER_ORDER_OF_LIMIT} per order of the order limit). ` +
        `Check linesPerOrder, shorten the horizon or run fewer replications, or raise the limit with --max-orders N or "limits": {"maxOrders": N} in the scenario.`,
    );
  }
  const budget = totalmem() * MEMORY_SHARE;
  if (work.resultBytes > budget) {
    throw new UsageError(
      `the results of ${size} would take about ${gigabytes(work.resultBytes)} of memory, more than half of this machine's ${gigabytes(totalmem())}. ` +
        `Run fewer replications or points${options.recordOrders === true ? ', or leave out --out (per-order records are kept until written)' : ''}.`,
    );
  }
  return work;
}
