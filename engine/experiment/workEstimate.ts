import { DAY, HOUR } from '../kernel/time.js';
import { isHistoryColumns } from '../scenario/historyColumns.js';
import { resolveRun } from '../scenario/resolved/runSlice.js';
import type { CountDistributionJson } from '../scenario/schema/distribution.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/**
 * Model events per order, measured on the baseline (about 6.3 with every stage on); the
 * estimate rounds it up, since richer scenarios (returns, failed attempts, periodic reviews)
 * add events.
 */
const EVENTS_PER_ORDER = 7;
/** Heap bytes one per-order record takes until it is written (measured: about 440). */
const ORDER_RECORD_BYTES = 500;
/** Heap bytes of one SKU's tallies in a replication result (measured: about 750 with the rest of the result). */
const SKU_RESULT_BYTES = 800;
/** Heap bytes of one day of daily series and time-weighted levels in a replication result. */
const DAY_RESULT_BYTES = 2_000;

/** What one replication of a scenario is expected to cost. */
export interface WorkEstimate {
  /** Expected orders placed over the horizon. */
  readonly orders: number;
  /** Expected order lines (each is allocated, picked and packed). */
  readonly lines: number;
  /** Expected model events. */
  readonly events: number;
  /** Bytes of the replication's result kept until the command ends. */
  readonly resultBytes: number;
}

/** The mean of a count distribution as a scenario gives it. */
function countMean(distribution: CountDistributionJson): number {
  if (distribution.dist === 'constant') return distribution.value;
  if (distribution.dist === 'poisson') return distribution.mean + distribution.shift;
  const weights = distribution.weights ?? distribution.values.map(() => 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return total > 0 ? distribution.values.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0) / total : 0;
}

/**
 * Orders and lines a channel is expected to place over `horizonDays`: its history's inside the
 * run, or its rate with the trend. Generated lines count SKU draws: a repeated SKU merges into
 * one line, but every draw is work.
 */
function channelWork(channel: Scenario['channels'][number], horizonDays: number): { orders: number; lines: number } {
  const history = channel.orderHistory;
  if (isHistoryColumns(history)) {
    // Hours ascend: count those before the horizon without a spread or a copy.
    let inside = 0;
    while (inside < history.hours.length && (history.hours[inside] as number) * HOUR < horizonDays * DAY) inside++;
    return { orders: inside, lines: history.lineStart[inside] ?? 0 };
  }
  // A linear trend averages to its value at mid-horizon (never below zero: growthPerYear >= -1).
  const meanGrowth = Math.max(0, 1 + (channel.growthPerYear * horizonDays) / 2 / 365);
  const orders = channel.ordersPerDay * horizonDays * meanGrowth;
  return { orders, lines: orders * countMean(channel.linesPerOrder) };
}

/** The expected orders, events and result memory of one replication of `scenario`. */
export function estimateReplication(scenario: Scenario, recordOrders: boolean): WorkEstimate {
  const horizonDays = resolveRun(scenario).horizon / DAY;
  let orders = 0;
  let lines = 0;
  for (const channel of scenario.channels) {
    const work = channelWork(channel, horizonDays);
    orders += work.orders;
    lines += work.lines;
  }
  const resultBytes =
    scenario.catalog.skus * SKU_RESULT_BYTES + horizonDays * DAY_RESULT_BYTES + (recordOrders ? orders * ORDER_RECORD_BYTES : 0);
  return { orders, lines, events: orders * EVENTS_PER_ORDER, resultBytes };
}

/** Several estimates added up: `count` replications of each scenario. */
export function totalWork(parts: ReadonlyArray<{ readonly estimate: WorkEstimate; readonly replications: number }>): WorkEstimate {
  return parts.reduce(
    (sum, { estimate, replications }) => ({
      orders: sum.orders + estimate.orders * replications,
      lines: sum.lines + estimate.lines * replications,
      events: sum.events + estimate.events * replications,
      resultBytes: sum.resultBytes + estimate.resultBytes * replications,
    }),
    { orders: 0, lines: 0, events: 0, resultBytes: 0 },
  );
}
