import type { ColumnSource } from 'hyparquet-writer';
import { cellOf, ORDER_FIELDS, type OrderColumns, type OrderColumnStorage, type OrderFieldKind } from '../experiment/orderColumns.js';
import type { ReplicationResult } from '../experiment/runReplication.js';
import { writeParquetAtomic } from './writeParquet.js';

type ParquetType = 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'STRING';

/** The Parquet type of each kind of record field, and whether it may be null. */
const PARQUET_TYPES: Readonly<Record<OrderFieldKind, readonly [ParquetType, boolean]>> = {
  integer: ['INT32', false],
  number: ['DOUBLE', false],
  optionalNumber: ['DOUBLE', true],
  boolean: ['BOOLEAN', false],
  optionalBoolean: ['BOOLEAN', true],
  label: ['STRING', false],
  text: ['STRING', false],
};

/** The columns of `<scenario>.orders.parquet`: the CSV's, with their Parquet types (a nullable one is empty in the CSV when null). */
export const ORDERS_PARQUET_COLUMNS: ReadonlyArray<readonly [string, ParquetType, boolean]> = [
  ['replication', 'INT32', false],
  ...ORDER_FIELDS.map(([name, kind]) => [name, ...PARQUET_TYPES[kind]] as const),
];

function columnValues(kind: OrderFieldKind, column: OrderColumnStorage[OrderFieldKind], from: number, to: number): ColumnSource['data'] {
  // Whole numbers and never-null numbers go as they are stored; the rest row by row (null where the CSV is empty).
  if (kind === 'integer' || kind === 'number') return (column as Int32Array | Float64Array).subarray(from, to);
  return Array.from({ length: to - from }, (_, row) => cellOf(kind, column, from + row));
}

/**
 * Most rows in one row group. Columns with nulls are built as arrays of boxed values before
 * writing (about 24 bytes a cell): a year of a large DC (7 million orders) in one group took
 * several GB; groups of this size keep the writing under about 50 MB and suit DuckDB and Polars.
 */
export const ORDERS_ROW_GROUP_ROWS = 100_000;

/** Rows `from` to `to` (exclusive) of one replication's records as Parquet columns. */
function replicationColumns(replication: number, columns: OrderColumns, from: number, to: number): ColumnSource[] {
  const fields = columns.fields as Readonly<Record<string, OrderColumnStorage[OrderFieldKind]>>;
  return [
    { name: 'replication', data: new Int32Array(to - from).fill(replication), type: 'INT32', nullable: false },
    ...ORDER_FIELDS.map(([name, kind]): ColumnSource => {
      const [type, nullable] = PARQUET_TYPES[kind];
      return { name, data: columnValues(kind, fields[name] as OrderColumnStorage[OrderFieldKind], from, to), type, nullable };
    }),
  ];
}

/**
 * Writes `path`: every replication's per-order records, the rows of `<scenario>.orders.csv`,
 * in row groups of at most `rowsPerGroup` rows, each within one replication.
 */
export function writeOrdersParquet(path: string, replications: readonly ReplicationResult[], rowsPerGroup = ORDERS_ROW_GROUP_ROWS): void {
  if (!Number.isInteger(rowsPerGroup) || rowsPerGroup < 1)
    throw new RangeError(`writeOrdersParquet: rowsPerGroup must be a whole number >= 1, got ${rowsPerGroup}`);
  const schema = ORDERS_PARQUET_COLUMNS.map(([name, type, nullable]): ColumnSource => ({ name, data: [], type, nullable }));
  function* groups(): Generator<ColumnSource[]> {
    for (const result of replications) {
      const columns = result.orders;
      if (columns === undefined) continue;
      for (let from = 0; from < columns.count; from += rowsPerGroup)
        yield replicationColumns(result.replication, columns, from, Math.min(columns.count, from + rowsPerGroup));
    }
  }
  writeParquetAtomic(path, schema, groups());
}
