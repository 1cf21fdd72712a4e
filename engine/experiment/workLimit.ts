import type { Scenario } from '../scenario/schema/scenario.js';
import { estimateReplication, totalWork, type WorkEstimate } from './workEstimate.js';

/**
 * Orders one command may simulate unless raised (orders x replications, over every scenario
 * or point): roughly 10 to 20 minutes of the baseline model on this project's 2-core machine, and far
 * more than the bundled scenarios need (the baseline's 5 replications are about 0.7 million).
 */
export const DEFAULT_MAX_ORDERS = 50_000_000;

/** Order lines allowed per order of the limit: wholesale orders run to tens of lines, not thousands on average. */
const LINES_PER_ORDER_OF_LIMIT = 20;

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/** One scenario (or sweep point, or optimizer evaluation) and how many replications of it a command runs. */
export interface PlannedRuns {
  readonly scenario: Scenario;
  readonly replications: number;
}

/** The work planned runs would do, said in words, and why it is refused (undefined when it is within the limit). */
export interface WorkAgainstLimit {
  readonly work: WorkEstimate;
  /** "about N orders (M events) over R replication(s)". */
  readonly size: string;
  readonly refusal: string | undefined;
}

/**
 * Estimates the work of `planned` before anything runs and refuses it when it would simulate more
 * orders than the limit (`maxOrders`, else the largest `limits.maxOrders` of its scenarios, else
 * DEFAULT_MAX_ORDERS), or more order lines than 20 per order of the limit. The CLI and the
 * dashboard's what-if worker both ask this, so they refuse the same runs with the same words.
 */
export function workAgainstLimit(
  planned: readonly PlannedRuns[],
  options: { readonly maxOrders?: number | undefined; readonly recordOrders?: boolean },
): WorkAgainstLimit {
  const work = totalWork(
    planned.map(({ scenario, replications }) => ({ estimate: estimateReplication(scenario, options.recordOrders === true), replications })),
  );
  const fromScenarios = planned.map(({ scenario }) => scenario.limits.maxOrders ?? 0);
  const limit = options.maxOrders ?? (Math.max(0, ...fromScenarios) || DEFAULT_MAX_ORDERS);
  const replications = planned.reduce((sum, run) => sum + run.replications, 0);
  const size = `about ${count(work.orders)} orders (${count(work.events)} events) over ${count(replications)} replication(s)`;
  if (work.orders > limit) {
    const refusal =
      `this would simulate ${size}, more than the limit of ${count(limit)} orders. ` +
      `Shorten the horizon or run fewer replications, or raise the limit with --max-orders N or "limits": {"maxOrders": N} in the scenario.`;
    return { work, size, refusal };
  }
  if (!Number.isFinite(work.lines) || work.lines > limit * LINES_PER_ORDER_OF_LIMIT) {
    const refusal =
      `this would simulate about ${count(work.lines)} order lines (${size}), more than the limit of ${count(limit * LINES_PER_ORDER_OF_LIMIT)} lines (${LINES_PER_ORDER_OF_LIMIT} per order of the order limit). ` +
      `Check linesPerOrder, shorten the horizon or run fewer replications, or raise the limit with --max-orders N or "limits": {"maxOrders": N} in the scenario.`;
    return { work, size, refusal };
  }
  return { work, size, refusal: undefined };
}
