import { ACTUAL_COLUMNS, type ActualColumn } from '../scenario/historyColumns.js';
import type { TimestampReader } from './timestampReader.js';

/** An order's actual times as one row gives them: wall-clock ms as the history's timestamps are read, NaN where the row leaves the cell empty. */
export type ActualTimes = Readonly<Record<ActualColumn, number>>;

/** The actual-time columns, as header names are compared (lower case). */
export const ACTUAL_HEADER_NAMES: ReadonlyMap<string, ActualColumn> = new Map(
  ACTUAL_COLUMNS.map(({ column }) => [column.toLowerCase(), column]),
);

/** A cell of an actual-time column that is not a timestamp: the column and why. */
export interface ActualCellProblem {
  readonly column: ActualColumn;
  readonly message: string;
}

/**
 * Reads the actual-time cells of one row (`cells` by column; only the file's columns) with the
 * reader of the `timestamp` column (same zone and format): the one place these columns are parsed.
 */
export function readActualTimes(cells: ReadonlyMap<ActualColumn, string>, reader: TimestampReader): ActualTimes | ActualCellProblem {
  const times: Record<ActualColumn, number> = { shippedAt: NaN, deliveredAt: NaN, promisedBy: NaN };
  for (const [column, text] of cells) {
    if (text === '') continue;
    const time = reader.read(text);
    if (Number.isNaN(time)) return { column, message: reader.problem(text) };
    times[column] = time;
  }
  return times;
}

/** True when readActualTimes found a bad cell. */
export function isActualCellProblem(value: ActualTimes | ActualCellProblem): value is ActualCellProblem {
  return 'message' in value;
}

/** What is wrong with an order's actual times against its placement (ms), or undefined: each is a column and a message. */
export function actualTimesProblem(placed: number, times: ActualTimes): ActualCellProblem | undefined {
  if (times.shippedAt < placed)
    return { column: 'shippedAt', message: 'the order shipped before it was placed (shippedAt is earlier than its timestamp)' };
  if (times.deliveredAt < placed)
    return { column: 'deliveredAt', message: 'the order was delivered before it was placed (deliveredAt is earlier than its timestamp)' };
  if (times.deliveredAt < times.shippedAt)
    return { column: 'deliveredAt', message: 'the order was delivered before it shipped (deliveredAt is earlier than shippedAt)' };
  if (times.promisedBy < placed)
    return { column: 'promisedBy', message: 'the promise is earlier than the order (promisedBy is earlier than its timestamp)' };
  return undefined;
}
