import { seconds } from '../scenario/duration.js';
import { historyOrders, isHistoryColumns } from '../scenario/historyColumns.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { HOUR } from '../kernel/time.js';

/** The horizon a replay gets when its scenario sets none: the history's span plus the drain. */
export interface ReplayHorizon {
  /** The horizon as a duration string, whole hours ("410h"). */
  readonly horizon: string;
  /** Hours from time 0 to the last history order. */
  readonly spanHours: number;
  /** `replay.drain` as written. */
  readonly drain: string;
}

/**
 * The horizon that replays every history order of `scenario` and gives the last one
 * `replay.drain` to finish: from time 0 to the last order of every replayed channel plus the
 * drain, rounded up to a whole hour and past the last order. Undefined when no channel replays
 * an order.
 */
export function replayHorizon(scenario: Scenario): ReplayHorizon | undefined {
  let spanHours = -1;
  for (const channel of scenario.channels) {
    const history = channel.orderHistory;
    if (isHistoryColumns(history) && historyOrders(history) > 0)
      spanHours = Math.max(spanHours, history.hours[historyOrders(history) - 1] as number);
  }
  if (spanHours < 0) return undefined;
  const drainHours = seconds(scenario.replay.drain) / HOUR;
  const hours = Math.max(Math.ceil(spanHours + drainHours), Math.floor(spanHours) + 1);
  return { horizon: `${hours}h`, spanHours, drain: scenario.replay.drain };
}
