import { HOUR } from '../../kernel/time.js';
import { nextClockTime } from '../../model/calendar.js';
import type { HistoryColumns } from '../../scenario/historyColumns.js';
import type { PlacementSlice } from '../../scenario/resolved/placementSlice.js';
import { emptyOrderTimes, type OrderTimes } from './orderTimes.js';

const ALL_DAYS = [true, true, true, true, true, true, true];

/**
 * The actual times of the orders of `histories`: those placed before the horizon, with their
 * handover and delivery as the history records them (ignored at or after the horizon, where the
 * simulation cannot see them either). The promise is the history's promisedBy; without one, the
 * scenario's rule for the order's service (first promise cut-off at or after placement plus the
 * service's promise); an order with neither a promisedBy nor a service is left out of the on-time rate.
 */
export function actualTimes(histories: readonly HistoryColumns[], placement: PlacementSlice, horizonHours: number): OrderTimes {
  const placedBefore = histories.map((history) => history.hours.filter((hour) => hour < horizonHours).length);
  const times = emptyOrderTimes(placedBefore.reduce((sum, orders) => sum + orders, 0));
  const seen = (value: number | undefined): number => (value !== undefined && value < horizonHours ? value : NaN);
  let at = 0;
  histories.forEach((history, which) => {
    for (let order = 0; order < (placedBefore[which] as number); order++, at++) {
      const placed = history.hours[order] as number;
      times.placed[at] = placed;
      times.shipped[at] = seen(history.shippedHours?.[order]);
      times.delivered[at] = seen(history.deliveredHours?.[order]);
      const promisedBy = history.promisedHours?.[order] ?? NaN;
      const service = history.orderService[order] as number;
      const promise = service === 0 ? undefined : placement.promises.get(history.services[service - 1] as string);
      if (!Number.isNaN(promisedBy)) times.promised[at] = promisedBy;
      else if (promise !== undefined)
        times.promised[at] = (nextClockTime(placed * HOUR, placement.promiseCutoff, ALL_DAYS) + promise) / HOUR;
      else times.promiseCounts[at] = 0;
    }
  });
  return times;
}
