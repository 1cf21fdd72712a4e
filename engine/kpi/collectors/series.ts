import { DAY } from '../../kernel/time.js';
import type { CollectorContext } from './CollectorContext.js';

/** Daily series over the whole run (warm-up included, so it can be judged). */
export interface DailySeries {
  /** Day index from 0 (a Monday). */
  readonly day: number[];
  readonly ordersPlaced: number[];
  readonly ordersShipped: number[];
  /** Orders placed and neither shipped, cancelled nor lost, at the end of the day. */
  readonly backlogOrders: number[];
  /** Units on hand, all SKUs, at the end of the day. */
  readonly onHandUnits: number[];
  /** Units backordered, all SKUs, at the end of the day. */
  readonly backorderUnits: number[];
  /** Stockout events during the day. */
  readonly stockoutEvents: number[];
}

/** Collects the daily series; end-of-day levels are recorded as the clock crosses midnight. */
export function seriesCollector(context: CollectorContext): () => DailySeries {
  const days = Math.ceil(context.horizon / DAY);
  const zeros = (): number[] => new Array<number>(days).fill(0);
  const series: DailySeries = {
    day: Array.from({ length: days }, (_, index) => index),
    ordersPlaced: zeros(),
    ordersShipped: zeros(),
    backlogOrders: zeros(),
    onHandUnits: zeros(),
    backorderUnits: zeros(),
    stockoutEvents: zeros(),
  };
  let backlog = 0;
  let onHand = 0;
  let backorders = 0;
  let recordedDays = 0;
  const { events, simulation } = context;
  const closeDaysBefore = (time: number): void => {
    const today = Math.min(days, Math.floor(time / DAY));
    for (; recordedDays < today; recordedDays++) {
      series.backlogOrders[recordedDays] = backlog;
      series.onHandUnits[recordedDays] = onHand;
      series.backorderUnits[recordedDays] = backorders;
    }
  };
  const dayIndex = (): number => Math.min(days - 1, Math.floor(simulation.now / DAY));
  const bump = (list: number[]): void => {
    const index = dayIndex();
    list[index] = (list[index] as number) + 1;
  };
  events.on('orderPlaced', () => {
    closeDaysBefore(simulation.now);
    bump(series.ordersPlaced);
    backlog++;
  });
  events.on('orderShipped', () => {
    closeDaysBefore(simulation.now);
    bump(series.ordersShipped);
    backlog--;
  });
  events.on('orderDropped', () => {
    closeDaysBefore(simulation.now);
    backlog--;
  });
  events.on('stockChanged', ({ onHandDelta, backorderDelta }) => {
    closeDaysBefore(simulation.now);
    onHand += onHandDelta;
    backorders += backorderDelta;
  });
  events.on('stockedOut', () => {
    closeDaysBefore(simulation.now);
    bump(series.stockoutEvents);
  });
  return () => {
    closeDaysBefore(days * DAY);
    return series;
  };
}
