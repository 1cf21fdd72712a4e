import { RESERVED_NAMES } from '../scenario/reservedNames.js';
import type { HistoryColumns } from '../scenario/historyColumns.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { headerInWords } from './headerInWords.js';
import { invisibleCharacterProblem } from './invisibleCharacter.js';
import { HistoryBuilder, MAX_LINE_UNITS } from './historyBuilder.js';
import { timestampReader } from './timestampReader.js';
import { ACTUAL_HEADER_NAMES, isActualCellProblem, readActualTimes } from './actualTimes.js';
import type { ActualColumn } from '../scenario/historyColumns.js';
import { streamCsvRecords } from './streamCsvRecords.js';

const COLUMNS = ['timestamp', 'order', 'channel', 'sku', 'quantity', 'service'] as const;
type Column = (typeof COLUMNS)[number];

/** What the scenario expects of one history file. */
export interface HistoryFileRequest {
  /** The file's absolute path. */
  readonly file: string;
  /** The file as shown in messages. */
  readonly display: string;
  /** The channels whose `orderHistory` is this file. */
  readonly channels: readonly string[];
  /** Every channel of the scenario (to tell "not replaying this file" from "unknown"). */
  readonly scenarioChannels: readonly string[];
  /** The scenario's shipping services. */
  readonly services: readonly string[];
  /** With a SKU master whose codes histories must use: the codes and the master as shown in messages. */
  readonly knownSkus?:
    | {
        readonly codes: ReadonlySet<string>;
        /** The file listing them, as the message names it. */
        readonly source: string;
        /** What else the user may do, after the message (default: the scenario's catalog.unknownSkus). */
        readonly otherwise?: string;
      }
    | undefined;
  /** IANA time zone of timestamps without an offset (`replay.timeZone`); default "UTC". */
  readonly timeZone?: string | undefined;
  /** "iso" (default) or a pattern such as "dd/MM/yyyy HH:mm" (`replay.timestampFormat`). */
  readonly timestampFormat?: string | undefined;
  /** Read every channel the file names (`channels` and `scenarioChannels` then unused), as `fulfill calibrate` does. */
  readonly everyChannel?: boolean;
  /** Accept every service name (`services` then unused): there is no scenario to check them against. */
  readonly anyService?: boolean;
}

/** The most channels and services read from one file with `everyChannel` / `anyService` (the tables are bounded). */
export const MAX_NAMED = 1000;

const list = (names: readonly string[]): string => names.join(', ');

/**
 * Reads an order-history CSV once, streaming, for every channel that replays it: a header
 * naming the columns timestamp, order, channel, sku, quantity, service (any order and case;
 * other columns ignored except the optional shippedAt, deliveredAt and promisedBy), then one
 * row per order line. Every row is checked (a timestamp in the request's format, a channel
 * replaying this file, a scenario service or empty, whole quantity 1..1,000,000, actual times
 * not before the order); the first bad one stops the read with the file, line and value.
 * Returns each channel's orders as columns, hours of local wall-clock time in the request's
 * time zone counted from the Monday 00:00 on or before the file's earliest timestamp (the
 * scenario reader then moves every file to one shared time 0).
 */
export async function readOrderHistory(request: HistoryFileRequest): Promise<Map<string, HistoryColumns>> {
  const { display } = request;
  const builder = new HistoryBuilder(request.channels);
  const services = new Set(request.services);
  const timestamps = timestampReader(request);
  let column: Record<Column, number> | undefined;
  // The optional actual-time columns the header has, by field index.
  let actualAt: ReadonlyArray<readonly [ActualColumn, number]> = [];
  let fields = 0;
  let line = 1;
  let lastTimestamp = '';
  let lastTime = NaN;

  const fail = (at: number, name: string | undefined, message: string): never => {
    throw new ScenarioError(`${display}:${at}`, [{ path: name === undefined ? [] : [name], message }]);
  };
  const readHeader = (record: string[]): void => {
    const names = record.map((name) => name.trim().toLowerCase());
    const repeated = COLUMNS.find((name) => names.indexOf(name) !== names.lastIndexOf(name));
    if (repeated !== undefined) fail(line, undefined, `the column "${repeated}" appears twice in the header`);
    const missing = COLUMNS.filter((name) => !names.includes(name));
    if (missing.length > 0)
      fail(
        line,
        undefined,
        `expected the columns ${list(COLUMNS)} in the header; missing ${list(missing)} (${headerInWords(record, [...COLUMNS, ...ACTUAL_HEADER_NAMES.values()])})`,
      );
    column = Object.fromEntries(COLUMNS.map((name) => [name, names.indexOf(name)])) as Record<Column, number>;
    const actual = names.flatMap((name, index) => {
      const known = ACTUAL_HEADER_NAMES.get(name);
      return known === undefined ? [] : [[known, index] as const];
    });
    const twice = actual.find(([name], index) => actual.findIndex(([other]) => other === name) !== index);
    if (twice !== undefined) fail(line, undefined, `the column "${twice[0]}" appears twice in the header`);
    actualAt = actual;
    builder.expectActuals(actual.map(([name]) => name));
    fields = record.length;
  };
  const readRow = (record: string[], at: Record<Column, number>): void => {
    if (record.length !== fields) fail(line, undefined, `expected ${fields} fields as in the header, got ${record.length}`);
    const value = (name: Column): string => (record[at[name]] as string).trim();
    // An id, code or name that identifies something: an invisible character in it would make a look-alike.
    const identity = (name: Column, what: string): string => {
      const text = value(name);
      const invisible = invisibleCharacterProblem(what, text);
      if (invisible !== undefined) fail(line, name, invisible);
      return text;
    };
    const timestamp = value('timestamp');
    if (timestamp !== lastTimestamp) {
      lastTimestamp = timestamp;
      lastTime = timestamps.read(timestamp);
    }
    if (Number.isNaN(lastTime)) fail(line, 'timestamp', timestamps.problem(timestamp));
    const order = identity('order', 'an order id');
    if (order === '') fail(line, 'order', 'expected an order id');
    const channel = value('channel');
    if (request.everyChannel === true && !builder.replays(channel)) {
      if (channel === '') fail(line, 'channel', 'expected a channel name');
      // It becomes a key of the scenario written from this file, where it could not stand.
      if (RESERVED_NAMES.has(channel))
        fail(line, 'channel', `"${channel}" is a reserved name and cannot name a channel; rename it in the file`);
      // Checked once, when first met (any other must be a scenario's channel, checked there).
      const invisible = invisibleCharacterProblem('a channel name', channel);
      if (invisible !== undefined) fail(line, 'channel', invisible);
      if (builder.channelCount >= MAX_NAMED) fail(line, 'channel', `expected at most ${MAX_NAMED} channels, got "${channel}" as one more`);
      builder.addChannel(channel);
    }
    if (!builder.replays(channel)) {
      const other = request.scenarioChannels.includes(channel)
        ? ` (channel "${channel}" does not replay this file: give it "orderHistory" too, or remove its rows)`
        : '';
      fail(line, 'channel', `expected a channel replaying this file (${list(request.channels)}), got "${channel}"${other}`);
    }
    const sku = identity('sku', 'a SKU code');
    if (sku === '') fail(line, 'sku', 'expected a SKU code');
    if (request.knownSkus !== undefined && !request.knownSkus.codes.has(sku))
      fail(
        line,
        'sku',
        `unknown SKU code "${sku}": the SKU master ${request.knownSkus.source} does not list it (${request.knownSkus.otherwise ?? 'or set catalog.unknownSkus to "by-popularity"'})`,
      );
    const quantity = value('quantity');
    if (!/^\d+$/.test(quantity) || Number(quantity) < 1) fail(line, 'quantity', `expected a whole number of units >= 1, got "${quantity}"`);
    if (Number(quantity) > MAX_LINE_UNITS)
      fail(line, 'quantity', `expected at most ${MAX_LINE_UNITS.toLocaleString('en-US')} units, got "${quantity}"`);
    const service = value('service');
    if (request.anyService === true && service !== '' && !services.has(service)) {
      if (services.size >= MAX_NAMED) fail(line, 'service', `expected at most ${MAX_NAMED} services, got "${service}" as one more`);
      if (RESERVED_NAMES.has(service))
        fail(line, 'service', `"${service}" is a reserved name and cannot name a service; rename it in the file`);
      const invisible = invisibleCharacterProblem('a service name', service);
      if (invisible !== undefined) fail(line, 'service', invisible);
      services.add(service);
    }
    if (service !== '' && !services.has(service)) {
      fail(
        line,
        'service',
        `expected a service of the scenario (${list(request.services)}) or empty to draw it from the channel's serviceMix, got "${service}"`,
      );
    }
    const elsewhere = builder.add({ channel, line, time: lastTime, order, sku, units: Number(quantity), service });
    if (elsewhere !== undefined)
      fail(
        line,
        'channel',
        `order ${JSON.stringify(order)} is on channel "${elsewhere}" on an earlier row and on "${channel}" here; an order belongs to one channel (give each channel's orders their own ids)`,
      );
    if (actualAt.length > 0) {
      const times = readActualTimes(new Map(actualAt.map(([name, index]) => [name, (record[index] as string).trim()])), timestamps);
      const problem = isActualCellProblem(times) ? times : builder.addActual(channel, times);
      if (problem !== undefined) fail(line, problem.column, problem.message);
    }
  };

  const lines = await streamCsvRecords(request.file, display, 'order history', (record, at) => {
    line = at;
    if (column === undefined) readHeader(record);
    else readRow(record, column);
  });
  if (column === undefined)
    fail(1, undefined, `the file is empty: expected a header with the columns ${list(COLUMNS)}, then one row per order line`);
  if (builder.rows === 0) fail(lines, undefined, 'expected at least one order line after the header');
  return builder.build(display, timestamps.timeZone);
}
