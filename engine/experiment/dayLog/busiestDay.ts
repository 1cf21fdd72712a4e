import { DAY } from '../../kernel/time.js';

/**
 * The day (0-based) with the most orders placed at or after the warm-up's end (`warmup`,
 * engine seconds), the earliest on a tie; undefined when no day after the warm-up had an order.
 */
export function busiestDay(ordersPlaced: readonly number[], warmup: number): number | undefined {
  let best: number | undefined;
  let most = 0;
  ordersPlaced.forEach((orders, day) => {
    if (day * DAY < warmup || orders <= most) return;
    best = day;
    most = orders;
  });
  return best;
}
