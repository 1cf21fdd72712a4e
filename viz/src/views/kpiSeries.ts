import type { DailySeries, KpiName } from '../../../engine/index.js';

/** A daily series a KPI can be read against, with words saying what it is. */
export interface KpiDailySeries {
  readonly key: Exclude<keyof DailySeries, 'day'>;
  readonly words: string;
}

/**
 * The daily series that show a KPI's course over the run. Only KPIs with a series of the same
 * measure have one; the others get no sparkline rather than a made-up one.
 */
export const KPI_SERIES: Partial<Record<KpiName, KpiDailySeries>> = {
  ordersPlaced: { key: 'ordersPlaced', words: 'orders placed per day' },
  ordersShipped: { key: 'ordersShipped', words: 'orders shipped per day' },
  stockoutEvents: { key: 'stockoutEvents', words: 'stock-outs per day' },
  meanOnHandUnits: { key: 'onHandUnits', words: 'units on hand at the end of each day' },
  meanBackorderUnits: { key: 'backorderUnits', words: 'units backordered at the end of each day' },
};
