import { ACTUAL_COLUMNS, MAX_LINE_UNITS, type ActualColumn, type HistoryColumns } from '../scenario/historyColumns.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { actualTimesProblem, type ActualCellProblem, type ActualTimes } from './actualTimes.js';
import { GrowingColumn } from './growingColumn.js';
import { mondayBefore, originLabel } from './replayOrigin.js';

const HOUR_MS = 3_600_000;

export { MAX_LINE_UNITS } from '../scenario/historyColumns.js';

/** One validated CSV row of a history file. */
export interface HistoryRow {
  /** A channel that replays the file. */
  readonly channel: string;
  /** The file's line the row starts on (a quoted field may span lines). */
  readonly line: number;
  /** The row's timestamp: wall-clock ms of the scenario's time zone (TimestampReader). */
  readonly time: number;
  readonly order: string;
  readonly sku: string;
  readonly units: number;
  /** The service, or "" when it is drawn from the channel's serviceMix. */
  readonly service: string;
}

/** What the channels of one file share: its name, replay time 0 (wall-clock ms and label) and the code tables. */
interface FileTables {
  readonly source: string;
  readonly origin: number;
  readonly start: string;
  readonly skuCodes: readonly string[];
  readonly services: readonly string[];
}

/** One channel's rows as read: orders by first appearance, rows as compact columns. */
class ChannelRows {
  /** Its orders' ids, by order index (first appearance). */
  readonly ids: string[] = [];
  /** The last row's order id and index: rows of one order usually follow each other, and this skips a hash lookup. */
  lastOrder = '';
  lastIndex = -1;
  readonly orderTime = new GrowingColumn((size) => new Float64Array(size));
  readonly orderService = new GrowingColumn((size) => new Uint16Array(size));
  readonly rowOrder = new GrowingColumn((size) => new Uint32Array(size));
  readonly rowSku = new GrowingColumn((size) => new Uint32Array(size));
  readonly rowUnits = new GrowingColumn((size) => new Uint32Array(size));
  /** Each row's line in the file, to name the row where merged lines pass their bound. */
  readonly rowLine = new GrowingColumn((size) => new Uint32Array(size));
  /** Per order, each actual-time column the file has (ms; NaN until a row gives it). */
  readonly actual = new Map<ActualColumn, GrowingColumn<Float64Array>>();
}

/**
 * Collects the validated rows of one history file for each channel replaying it (SKU codes and
 * services in tables shared by those channels), then builds each channel's HistoryColumns:
 * rows of one order id grouped (its first row's timestamp and service count), repeated SKUs of
 * an order merged, orders in time order (ties in order of first appearance).
 */
export class HistoryBuilder {
  private readonly skuIndex = new Map<string, number>();
  private readonly serviceIndex = new Map<string, number>();
  private readonly channels = new Map<string, ChannelRows>();
  /**
   * Every order id of the file, whatever its channel, to its number in order of first appearance:
   * one look-up tells a new order from a known one and from one of another channel, however many
   * channels the file has (calibrate reads up to MAX_NAMED).
   */
  private readonly orderNumber = new Map<string, number>();
  /** By order number: its channel's rows and its index among them. */
  private readonly orderChannel: ChannelRows[] = [];
  private readonly orderIndex = new GrowingColumn((size) => new Uint32Array(size));
  private earliest = Infinity;
  /** The file's actual-time columns: every channel, also one added later, keeps them. */
  private actualColumns: readonly ActualColumn[] = [];

  constructor(channels: readonly string[]) {
    for (const channel of channels) this.channels.set(channel, new ChannelRows());
  }

  /** The file has these actual-time columns (shippedAt, deliveredAt, promisedBy): each order keeps one value of each. */
  expectActuals(columns: readonly ActualColumn[]): void {
    this.actualColumns = columns;
    for (const rows of this.channels.values()) this.keepActuals(rows);
  }

  private keepActuals(rows: ChannelRows): void {
    for (const column of this.actualColumns) rows.actual.set(column, new GrowingColumn((size) => new Float64Array(size)));
  }

  /** Adds a channel met in the file (when every channel of the file is read). */
  addChannel(channel: string): void {
    if (this.channels.has(channel)) return;
    const rows = new ChannelRows();
    this.keepActuals(rows);
    this.channels.set(channel, rows);
  }

  /** The name of the channel whose rows `rows` are. */
  private nameOf(rows: ChannelRows): string {
    for (const [name, each] of this.channels) if (each === rows) return name;
    return '';
  }

  /** The number of channels read. */
  get channelCount(): number {
    return this.channels.size;
  }

  /** True when `channel` replays this file. */
  replays(channel: string): boolean {
    return this.channels.has(channel);
  }

  /** The number of rows added. */
  get rows(): number {
    let rows = 0;
    for (const channel of this.channels.values()) rows += channel.rowOrder.length;
    return rows;
  }

  /**
   * Adds one validated row of a channel that replays this file. An order belongs to one channel:
   * when another channel's rows already hold its id, the row is not added and that channel is
   * returned (undefined otherwise).
   */
  add({ channel, line, time, order, sku, units, service }: HistoryRow): string | undefined {
    const rows = this.channels.get(channel) as ChannelRows;
    let index = rows.lastIndex >= 0 && order === rows.lastOrder ? rows.lastIndex : undefined;
    const known = index === undefined ? this.orderNumber.get(order) : undefined;
    if (known !== undefined) {
      const owner = this.orderChannel[known] as ChannelRows;
      if (owner !== rows) return this.nameOf(owner);
      index = this.orderIndex.at(known);
    }
    if (index === undefined) {
      index = rows.ids.length;
      rows.ids.push(order);
      this.orderNumber.set(order, this.orderChannel.length);
      this.orderChannel.push(rows);
      this.orderIndex.push(index);
      rows.orderTime.push(time);
      let serviceNumber = 0;
      if (service !== '') {
        if (!this.serviceIndex.has(service)) this.serviceIndex.set(service, this.serviceIndex.size);
        serviceNumber = 1 + (this.serviceIndex.get(service) as number);
      }
      rows.orderService.push(serviceNumber);
      for (const column of rows.actual.values()) column.push(NaN);
      if (time < this.earliest) this.earliest = time;
    }
    rows.lastOrder = order;
    rows.lastIndex = index;
    let skuNumber = this.skuIndex.get(sku);
    if (skuNumber === undefined) {
      skuNumber = this.skuIndex.size;
      this.skuIndex.set(sku, skuNumber);
    }
    rows.rowOrder.push(index);
    rows.rowSku.push(skuNumber);
    rows.rowUnits.push(units);
    rows.rowLine.push(line);
    return undefined;
  }

  /**
   * Adds the actual times of the row just added to its order: every row of an order gives the
   * same value or leaves the cell empty. Returns the first problem (a disagreement, or a time
   * before the order's placement), or undefined.
   */
  addActual(channel: string, times: ActualTimes): ActualCellProblem | undefined {
    const rows = this.channels.get(channel) as ChannelRows;
    const order = rows.lastIndex;
    const merged: Record<ActualColumn, number> = { shippedAt: NaN, deliveredAt: NaN, promisedBy: NaN };
    for (const [name, column] of rows.actual) {
      const known = column.at(order);
      const given = times[name];
      if (!Number.isNaN(given) && !Number.isNaN(known) && given !== known)
        return {
          column: name,
          message: `order "${rows.lastOrder}" has ${name} ${new Date(known).toISOString().slice(0, 19)} on an earlier row: every row of an order must give the same ${name} or leave it empty`,
        };
      if (!Number.isNaN(given)) column.set(order, given);
      merged[name] = Number.isNaN(given) ? known : given;
    }
    return actualTimesProblem(rows.orderTime.at(order), merged);
  }

  /** Each channel's columns; `source` names the file in them and in errors; time 0 is labelled in `timeZone`. */
  build(source: string, timeZone = 'UTC'): Map<string, HistoryColumns> {
    const origin = mondayBefore(this.earliest);
    const tables: FileTables = {
      source,
      origin,
      start: originLabel(origin, timeZone),
      skuCodes: [...this.skuIndex.keys()],
      services: [...this.serviceIndex.keys()],
    };
    const built = new Map<string, HistoryColumns>();
    for (const [channel, rows] of this.channels) built.set(channel, this.buildChannel(rows, tables));
    return built;
  }

  private buildChannel(rows: ChannelRows, { source, origin, start, skuCodes, services }: FileTables): HistoryColumns {
    const orders = rows.ids.length;
    const rowCount = rows.rowOrder.length;
    // Rows grouped by order, in file order within an order (a counting sort).
    const firstRow = new Uint32Array(orders + 1);
    for (let row = 0; row < rowCount; row++) {
      const order = rows.rowOrder.at(row);
      firstRow[order + 1] = (firstRow[order + 1] as number) + 1;
    }
    for (let order = 0; order < orders; order++) firstRow[order + 1] = (firstRow[order + 1] as number) + (firstRow[order] as number);
    const grouped = new Uint32Array(rowCount);
    const next = firstRow.slice(0, orders);
    for (let row = 0; row < rowCount; row++) {
      const order = rows.rowOrder.at(row);
      grouped[next[order] as number] = row;
      next[order] = (next[order] as number) + 1;
    }
    const sorted = new Uint32Array(orders).map((_, order) => order).sort((p, q) => rows.orderTime.at(p) - rows.orderTime.at(q) || p - q);
    const ids = rows.ids;
    const hours = new Float64Array(orders);
    const lineStart = new Uint32Array(orders + 1);
    const orderService = new Uint16Array(orders);
    const idEnd = new Uint32Array(orders);
    const lineSku = new GrowingColumn((size) => new Uint32Array(size));
    const lineUnits = new GrowingColumn((size) => new Uint32Array(size));
    const idParts: string[] = [];
    let idLength = 0;
    sorted.forEach((order, position) => {
      hours[position] = (rows.orderTime.at(order) - origin) / HOUR_MS;
      orderService[position] = rows.orderService.at(order);
      const id = ids[order] as string;
      idParts.push(id);
      idLength += id.length;
      idEnd[position] = idLength;
      const first = lineSku.length;
      const big = (firstRow[order + 1] as number) - (firstRow[order] as number) > 32;
      const lineOf = big ? new Map<number, number>() : undefined;
      for (let at = firstRow[order] as number; at < (firstRow[order + 1] as number); at++) {
        const row = grouped[at] as number;
        const sku = rows.rowSku.at(row);
        let line = lineOf?.get(sku) ?? -1;
        if (lineOf === undefined)
          for (let candidate = first; candidate < lineSku.length && line < 0; candidate++)
            if (lineSku.at(candidate) === sku) line = candidate;
        if (line < 0) {
          lineOf?.set(sku, lineSku.length);
          lineSku.push(sku);
          lineUnits.push(rows.rowUnits.at(row));
        } else {
          const units = lineUnits.at(line) + rows.rowUnits.at(row);
          if (units > MAX_LINE_UNITS) {
            throw new ScenarioError(`${source}:${rows.rowLine.at(row)}`, [
              {
                path: ['quantity'],
                message: `order "${id}": SKU "${skuCodes[sku] as string}" totals ${units.toLocaleString('en-US')} units with its earlier rows; expected at most ${MAX_LINE_UNITS.toLocaleString('en-US')} per order line`,
              },
            ]);
          }
          lineUnits.set(line, units);
        }
      }
      lineStart[position + 1] = lineSku.length;
    });
    const actual = ACTUAL_COLUMNS.flatMap(({ column, key }) => {
      const times = rows.actual.get(column);
      if (times === undefined) return [];
      const hoursOf = Float64Array.from(sorted, (order) => (times.at(order) - origin) / HOUR_MS);
      return [[key, hoursOf] as const];
    });
    return {
      format: 'fulfill-history-columns',
      source,
      start,
      linesRead: rowCount,
      hours,
      lineStart,
      lineSku: lineSku.values(),
      lineUnits: lineUnits.values(),
      skuCodes,
      orderService,
      services,
      orderIds: idParts.join(''),
      idEnd,
      ...Object.fromEntries(actual),
    };
  }
}
