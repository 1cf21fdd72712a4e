import { fileInFolder } from './fileInFolder.js';
import { CsvError } from 'csv-parse/sync';
import { explainOrder } from '../../experiment/explainOrder.js';
import type { OrderRecord } from '../../experiment/orderRecords.js';
import { NotOrderRecords, readOrderRecords } from '../readOrdersCsv.js';
import { readOrderRecordsParquet, TooManyOrders } from '../readOrdersParquet.js';

/** Largest per-order file the order inspector reads, bytes (a CSV of about 600,000 orders); either format is bounded by its orders too. */
export const MAX_ORDERS_FILE_BYTES = 128 * 1024 * 1024;

/** A scenario name as `run --out` writes it into a file name: no folder separators, NUL or leading dot. */
const SCENARIO_NAME = /^[^./\\\0][^/\\\0]{0,199}$/;

type OrdersFile = { readonly kind: 'csv' | 'parquet'; readonly file: string; readonly size: number };

/**
 * The scenario's per-order file: the CSV or the Parquet file, the newer when both are there (a
 * later run into the same folder in the other format leaves the older file behind); undefined
 * when neither is a file.
 */
function ordersFile(directory: string, scenario: string): OrdersFile | undefined {
  let found: (OrdersFile & { readonly mtimeMs: number }) | undefined;
  for (const kind of ['csv', 'parquet'] as const) {
    // Not there, or a link out of the folder: try the next kind.
    const candidate = fileInFolder(directory, `${scenario}.orders.${kind}`);
    if (candidate === undefined) continue;
    const { path: file, stats } = candidate;
    // A FIFO or a folder of that name would hang or fail the read.
    if (stats.isFile() && (found === undefined || stats.mtimeMs > found.mtimeMs))
      found = { kind, file, size: stats.size, mtimeMs: stats.mtimeMs };
  }
  return found;
}

/**
 * The order inspector's data from `<scenario>.orders.csv`, or `<scenario>.orders.parquet`
 * when the folder has no CSV (replication 0): one order with its explained timeline (`id=N`),
 * or the 20 latest orders placed (`list=latest`) or delivered late (`list=late`). Bad
 * parameters are 400, a missing file or order 404, a file that is not per-order records 422.
 */
export async function ordersAnswer(directory: string, query: URLSearchParams): Promise<readonly [number, unknown]> {
  const scenario = query.get('scenario') ?? '';
  if (!SCENARIO_NAME.test(scenario))
    return [400, { error: 'scenario must be the name of a result (no slash, backslash or leading dot; at most 200 characters)' }];
  const found = ordersFile(directory, scenario);
  if (found === undefined) return [404, { error: `no per-order records for "${scenario}"` }];
  if (found.size > MAX_ORDERS_FILE_BYTES)
    return [422, { error: `the per-order records of "${scenario}" are larger than ${MAX_ORDERS_FILE_BYTES / 1024 / 1024} MB` }];
  const notOrders = (why: string): readonly [number, unknown] => [
    422,
    {
      error: `${scenario}.orders.${found.kind} is not a per-order ${found.kind === 'csv' ? 'CSV' : 'Parquet file'} written by run --out (${why})`,
    },
  ];
  let records: OrderRecord[];
  try {
    records = found.kind === 'csv' ? readOrderRecords(found.file) : await readOrderRecordsParquet(found.file);
  } catch (error) {
    if (error instanceof CsvError || error instanceof NotOrderRecords) return notOrders(error.message);
    if (error instanceof TooManyOrders)
      return [
        422,
        {
          error: `${scenario}.orders.${found.kind} has ${error.message}: query it with DuckDB or pandas (see Parquet output in the README)`,
        },
      ];
    // The Parquet reader throws plain errors on a file it cannot decode.
    if (found.kind === 'parquet' && error instanceof Error) return notOrders(error.message);
    throw error;
  }
  if (records.some((record) => typeof record.id !== 'number' || typeof record.placedHours !== 'number'))
    return notOrders('a row without a numeric id or placedHours');
  const list = query.get('list');
  if (list === 'latest' || list === 'late') {
    const chosen = records
      .filter((record) => list === 'latest' || record.onTime === false)
      .slice(-20)
      .reverse();
    return [
      200,
      { orders: chosen.map(({ id, placedHours, state, onTime, historyOrder }) => ({ id, placedHours, state, onTime, historyOrder })) },
    ];
  }
  if (list !== null) return [400, { error: 'list must be "latest" or "late"' }];
  const idText = query.get('id') ?? '';
  if (!/^\d{1,15}$/.test(idText)) return [400, { error: 'id must be an order number' }];
  const id = Number(idText);
  const record = records.find((candidate) => candidate.id === id);
  if (record === undefined) return [404, { error: `no order ${id} in ${scenario}, replication 0` }];
  return [200, { record, explanation: explainOrder(record) }];
}
