import { HOUR } from '../kernel/time.js';

/** The most units one order line may hold, in one CSV row or inline line, or summed over several of the same SKU. */
export const MAX_LINE_UNITS = 1_000_000;

/** One order of an inline history, as a scenario file may list it. */
export interface InlineHistoryOrder {
  readonly hour: number;
  readonly id: string;
  readonly lines: ReadonlyArray<{ readonly sku: string; readonly units: number }>;
  readonly service?: string | undefined;
  /** What really happened (hours from the replay start), when known: for back-tests. */
  readonly shippedHour?: number | undefined;
  readonly deliveredHour?: number | undefined;
  readonly promisedHour?: number | undefined;
}

/** The optional history columns that record what really happened to each order, and the per-order column each fills. */
export const ACTUAL_COLUMNS = [
  { column: 'shippedAt', key: 'shippedHours', inline: 'shippedHour' },
  { column: 'deliveredAt', key: 'deliveredHours', inline: 'deliveredHour' },
  { column: 'promisedBy', key: 'promisedHours', inline: 'promisedHour' },
] as const;

/** An actual-time column of the history file: shippedAt, deliveredAt or promisedBy. */
export type ActualColumn = (typeof ACTUAL_COLUMNS)[number]['column'];

/** The per-order column of HistoryColumns an actual-time column fills. */
export type ActualKey = (typeof ACTUAL_COLUMNS)[number]['key'];

/**
 * A channel's order history held as columns rather than one object per order: the orders in
 * time order, their lines in flat typed arrays, strings in tables. Plain data only (typed arrays,
 * strings, numbers), so it crosses to worker threads by structured clone and hashes by bytes.
 */
export interface HistoryColumns {
  /** Tells loaded columns apart from a file path or an inline list. */
  readonly format: 'fulfill-history-columns';
  /** Where the orders came from: the CSV file as shown to the user, or "inline". */
  readonly source: string;
  /**
   * Replay time 0 as an ISO date-time: the Monday 00:00 (local in `replay.timeZone`) on or
   * before the earliest timestamp of the scenario's history files, "Z" in UTC and the zone's
   * offset otherwise; "" when inline. `hours` are local wall-clock hours from it.
   */
  readonly start: string;
  /** CSV rows (order lines as written, before repeated SKUs merge) read for this channel; for inline orders, their lines. */
  readonly linesRead: number;
  /** Hours from replay time 0 of each order, ascending. */
  readonly hours: Float64Array;
  /** Order i's lines are lineStart[i] up to lineStart[i + 1] (length: orders + 1). */
  readonly lineStart: Uint32Array;
  /** Each line's SKU as an index into skuCodes. */
  readonly lineSku: Uint32Array;
  /** Each line's units (>= 1). */
  readonly lineUnits: Uint32Array;
  /** The SKU codes the lines refer to (may be shared by the channels of one file). */
  readonly skuCodes: readonly string[];
  /** Each order's service: 1 + an index into services, or 0 when drawn from the channel's serviceMix. */
  readonly orderService: Uint16Array;
  /** The service names orderService refers to. */
  readonly services: readonly string[];
  /** Every order id, concatenated; order i's id ends at idEnd[i] and starts where order i - 1's ends. */
  readonly orderIds: string;
  readonly idEnd: Uint32Array;
  /**
   * What really happened to each order, when the file has the column: hours from replay time 0
   * (as `hours`) of its carrier handover, its delivery and its promise; NaN where a row left it
   * empty. Absent when the file has no such column.
   */
  readonly shippedHours?: Float64Array;
  readonly deliveredHours?: Float64Array;
  readonly promisedHours?: Float64Array;
}

/** True when `value` is loaded history columns (rather than a path or an inline list). */
export function isHistoryColumns(value: unknown): value is HistoryColumns {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'fulfill-history-columns';
}

/** The number of orders in a history. */
export function historyOrders(history: HistoryColumns): number {
  return history.hours.length;
}

/** Order `index`'s id. */
export function historyOrderId(history: HistoryColumns, index: number): string {
  return history.orderIds.slice(index === 0 ? 0 : history.idEnd[index - 1], history.idEnd[index]);
}

/** The SKU codes that at least one line of the history uses (a table may be shared with other channels). */
export function usedSkuCodes(history: HistoryColumns): string[] {
  const used = new Uint8Array(history.skuCodes.length);
  for (const sku of history.lineSku) used[sku] = 1;
  return history.skuCodes.filter((_, index) => used[index] === 1);
}

/** The number of orders placed before `time` (engine time, hour × HOUR as placement computes it; a binary search). */
export function ordersBefore(history: HistoryColumns, time: number): number {
  let low = 0;
  let high = history.hours.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((history.hours[middle] as number) * HOUR < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Checks the structure of history columns in one pass over the arrays (they may come from a
 * queue job or a worker): types, lengths, ascending hours, indices in range. Returns the first
 * problem, or undefined.
 */
export function historyColumnsProblem(history: HistoryColumns): string | undefined {
  const { hours, lineStart, lineSku, lineUnits, orderService, idEnd } = history;
  if (!(
    hours instanceof Float64Array &&
    lineStart instanceof Uint32Array &&
    lineSku instanceof Uint32Array &&
    lineUnits instanceof Uint32Array &&
    orderService instanceof Uint16Array &&
    idEnd instanceof Uint32Array
  )) {
    return 'expected typed-array columns';
  }
  if (
    !Array.isArray(history.skuCodes) ||
    !Array.isArray(history.services) ||
    typeof history.orderIds !== 'string' ||
    typeof history.source !== 'string' ||
    typeof history.start !== 'string'
  )
    return 'expected string tables';
  if (!Number.isSafeInteger(history.linesRead) || history.linesRead < 0) return 'expected linesRead to be a whole number';
  const orders = hours.length;
  if (lineStart.length !== orders + 1 || orderService.length !== orders || idEnd.length !== orders)
    return 'expected one entry per order in every order column';
  if (lineStart[0] !== 0 || lineStart[orders] !== lineSku.length || lineUnits.length !== lineSku.length)
    return 'expected line offsets covering every line';
  for (let order = 0; order < orders; order++) {
    const hour = hours[order] as number;
    if (!(hour >= 0) || !Number.isFinite(hour) || (order > 0 && hour < (hours[order - 1] as number)))
      return `expected ascending hours >= 0 (order ${order})`;
    if ((lineStart[order + 1] as number) <= (lineStart[order] as number)) return `expected at least one line in order ${order}`;
    if ((orderService[order] as number) > history.services.length) return `expected a known service in order ${order}`;
    if ((idEnd[order] as number) < (order === 0 ? 0 : (idEnd[order - 1] as number)) || (idEnd[order] as number) > history.orderIds.length)
      return `expected order id offsets in range (order ${order})`;
  }
  for (let line = 0; line < lineSku.length; line++) {
    if ((lineSku[line] as number) >= history.skuCodes.length || (lineUnits[line] as number) < 1)
      return `expected a known SKU and units >= 1 on line ${line}`;
  }
  return actualColumnsProblem(history);
}

/** Checks the optional actual-time columns: one finite value or NaN per order, a handover not before placement. */
function actualColumnsProblem(history: HistoryColumns): string | undefined {
  const orders = history.hours.length;
  for (const { key } of ACTUAL_COLUMNS) {
    const column: unknown = history[key];
    if (column === undefined) continue;
    if (!(column instanceof Float64Array) || column.length !== orders) return `expected ${key} to hold one number per order`;
    for (let order = 0; order < orders; order++) {
      const value = column[order] as number;
      if (value === Infinity || value === -Infinity) return `expected a finite ${key} or none (order ${order})`;
      if (key === 'shippedHours' && value < (history.hours[order] as number))
        return `expected ${key} not before the order's placement (order ${order})`;
    }
  }
  return undefined;
}

/** Columns of an inline list of orders (lines kept as given; orders sorted by hour, ties in list order). */
export function historyFromOrders(list: readonly InlineHistoryOrder[]): HistoryColumns {
  const sorted = list.map((order, index) => ({ order, index })).sort((p, q) => p.order.hour - q.order.hour || p.index - q.index);
  const skuIndex = new Map<string, number>();
  const serviceIndex = new Map<string, number>();
  const lines = sorted.reduce((sum, { order }) => sum + order.lines.length, 0);
  const columns = {
    hours: new Float64Array(sorted.length),
    lineStart: new Uint32Array(sorted.length + 1),
    lineSku: new Uint32Array(lines),
    lineUnits: new Uint32Array(lines),
    orderService: new Uint16Array(sorted.length),
    idEnd: new Uint32Array(sorted.length),
  };
  // An actual-time column is kept when at least one order gives it.
  const actuals = ACTUAL_COLUMNS.filter(({ inline }) => list.some((order) => order[inline] !== undefined)).map(({ key, inline }) => ({
    key,
    inline,
    values: new Float64Array(sorted.length),
  }));
  let line = 0;
  let ids = '';
  sorted.forEach(({ order }, index) => {
    columns.hours[index] = order.hour;
    for (const { inline, values } of actuals) values[index] = order[inline] ?? NaN;
    for (const { sku, units } of order.lines) {
      if (!skuIndex.has(sku)) skuIndex.set(sku, skuIndex.size);
      columns.lineSku[line] = skuIndex.get(sku) as number;
      columns.lineUnits[line++] = units;
    }
    columns.lineStart[index + 1] = line;
    if (order.service !== undefined && !serviceIndex.has(order.service)) serviceIndex.set(order.service, serviceIndex.size);
    columns.orderService[index] = order.service === undefined ? 0 : 1 + (serviceIndex.get(order.service) as number);
    ids += order.id;
    columns.idEnd[index] = ids.length;
  });
  return {
    format: 'fulfill-history-columns',
    source: 'inline',
    start: '',
    linesRead: lines,
    ...columns,
    skuCodes: [...skuIndex.keys()],
    services: [...serviceIndex.keys()],
    orderIds: ids,
    ...Object.fromEntries(actuals.map(({ key, values }) => [key, values])),
  };
}
