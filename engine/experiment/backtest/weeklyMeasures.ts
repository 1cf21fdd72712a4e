import { percentile } from '../../stats/summary.js';
import type { OrderTimes } from './orderTimes.js';

/** The measures a back-test compares, each as SPEC.md defines its KPI but per week. */
export const BACKTEST_MEASURES = [
  { name: 'ordersShipped', label: 'orders shipped', unit: 'orders', definition: 'orders handed to a carrier during the week' },
  {
    name: 'cycleTimeHours',
    label: 'cycle time, mean',
    unit: 'hours',
    definition:
      'mean hours from placement (timestamp) to carrier handover (shippedAt), orders placed in the week and shipped before the horizon',
  },
  {
    name: 'cycleTimeP95Hours',
    label: 'cycle time, P95',
    unit: 'hours',
    definition: '95th percentile of the same hours',
  },
  {
    name: 'onTimeRate',
    label: 'on-time rate',
    unit: 'share',
    definition:
      "orders placed in the week, whose promise (promisedBy, else the scenario's) fell before the horizon, delivered (deliveredAt) by it; one undelivered at the horizon (cancelled and lost ones too) is late",
  },
] as const;

/** A back-test measure's name. */
export type BacktestMeasure = (typeof BACKTEST_MEASURES)[number]['name'];

/** Hours in a week: weeks count from replay time 0, a Monday 00:00. */
export const WEEK_HOURS = 168;

/** Each measure's value in weeks `first`..`last` (inclusive; index 0 is week `first`), NaN where nothing was counted. */
export function weeklyMeasures(times: OrderTimes, first: number, last: number, horizonHours: number): Record<BacktestMeasure, number[]> {
  const weeks = last - first + 1;
  const shipped = new Array<number>(weeks).fill(0);
  const cycles = Array.from({ length: weeks }, (): number[] => []);
  const due = new Array<number>(weeks).fill(0);
  const kept = new Array<number>(weeks).fill(0);
  const weekOf = (hours: number): number => Math.floor(hours / WEEK_HOURS) - first;
  for (let order = 0; order < times.placed.length; order++) {
    const placed = times.placed[order] as number;
    const handover = times.shipped[order] as number;
    const shippedWeek = weekOf(handover);
    if (shippedWeek >= 0 && shippedWeek < weeks) shipped[shippedWeek] = (shipped[shippedWeek] as number) + 1;
    const week = weekOf(placed);
    if (!(week >= 0 && week < weeks)) continue;
    if (!Number.isNaN(handover)) cycles[week]?.push(handover - placed);
    const promised = times.promised[order] as number;
    if (times.promiseCounts[order] === 1 && promised < horizonHours) {
      due[week] = (due[week] as number) + 1;
      if ((times.delivered[order] as number) <= promised) kept[week] = (kept[week] as number) + 1;
    }
  }
  const sorted = cycles.map((hours) => hours.sort((a, b) => a - b));
  return {
    ordersShipped: shipped,
    cycleTimeHours: sorted.map((hours) => (hours.length === 0 ? NaN : hours.reduce((sum, value) => sum + value, 0) / hours.length)),
    cycleTimeP95Hours: sorted.map((hours) => percentile(hours, 0.95)),
    onTimeRate: due.map((count, week) => (count === 0 ? NaN : (kept[week] as number) / count)),
  };
}
