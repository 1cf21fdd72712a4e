import { historyOrders, isHistoryColumns, ordersBefore } from '../scenario/historyColumns.js';
import { resolveRun } from '../scenario/resolved/runSlice.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/** What a replayed channel's history holds and how much of it the run covers (`replay` in a run's result). */
export interface ReplaySummary {
  readonly channel: string;
  /** The CSV file as shown to the user, or "inline". */
  readonly source: string;
  /** Replay time 0 (ISO): the Monday 00:00 on or before the earliest timestamp of the scenario's history files; "" when inline. */
  readonly start: string;
  /** CSV rows read for the channel (order lines as written). */
  readonly linesRead: number;
  /** Orders in the history. */
  readonly orders: number;
  /** Orders placed in the run (before the horizon), the warm-up's included. */
  readonly ordersReplayed: number;
  /** Of those, orders placed during the warm-up: simulated, but outside the KPIs. */
  readonly ordersInWarmup: number;
  /** Orders at or after the horizon: not placed. */
  readonly ordersAfterHorizon: number;
}

/** One summary per channel that replays a history (empty when none does). */
export function replaySummary(scenario: Scenario): ReplaySummary[] {
  const run = resolveRun(scenario);
  return scenario.channels.flatMap((channel) => {
    const history = channel.orderHistory;
    if (!isHistoryColumns(history)) return [];
    const orders = historyOrders(history);
    const replayed = ordersBefore(history, run.horizon);
    const inWarmup = Math.min(replayed, ordersBefore(history, run.warmup));
    return [
      {
        channel: channel.name,
        source: history.source,
        start: history.start,
        linesRead: history.linesRead,
        orders,
        ordersReplayed: replayed,
        ordersInWarmup: inWarmup,
        ordersAfterHorizon: orders - replayed,
      },
    ];
  });
}

/** A warning line for each replayed channel that loses orders past the horizon or has none. */
export function replayWarnings(scenario: Scenario): string[] {
  return replaySummary(scenario).flatMap((summary) => {
    const where =
      summary.source === 'inline'
        ? `channel "${summary.channel}" (inline orderHistory)`
        : `${summary.source}: channel "${summary.channel}"`;
    if (summary.orders === 0)
      return [
        summary.source === 'inline'
          ? `${where} lists no orders: the channel places none`
          : `${where} replays this file, which has no rows for it: the channel places no orders`,
      ];
    if (summary.ordersAfterHorizon === 0) return [];
    return [
      `${where}: ${summary.ordersAfterHorizon.toLocaleString('en-US')} of ${summary.orders.toLocaleString('en-US')} history orders fall at or after the horizon (${scenario.horizon} from ${summary.start === '' ? 'hour 0' : summary.start}) and are not replayed`,
    ];
  });
}
