import type { OrderRecord } from './orderRecord.js';

/**
 * How one field of the per-order record is stored: whole numbers in an Int32Array, numbers in
 * a Float64Array (NaN for null), booleans in a Uint8Array (2 for null), labels (few distinct
 * values: channels, states, carriers) as codes into a small table, free text as strings.
 */
export type OrderFieldKind = 'integer' | 'number' | 'optionalNumber' | 'boolean' | 'optionalBoolean' | 'label' | 'text';

/** Every field of the per-order record in its CSV order (the order of `OrderRecord`'s keys). */
export const ORDER_FIELDS = [
  ['id', 'integer'],
  ['origin', 'label'],
  ['channel', 'label'],
  ['service', 'label'],
  ['tier', 'label'],
  ['lines', 'integer'],
  ['units', 'integer'],
  ['value', 'number'],
  ['state', 'label'],
  ['placedHours', 'number'],
  ['dueHours', 'number'],
  ['verifiedHours', 'optionalNumber'],
  ['allocatedHours', 'optionalNumber'],
  ['releasedHours', 'optionalNumber'],
  ['pickStartHours', 'optionalNumber'],
  ['pickedHours', 'optionalNumber'],
  ['packStartHours', 'optionalNumber'],
  ['packedHours', 'optionalNumber'],
  ['shippedHours', 'optionalNumber'],
  ['deliveredHours', 'optionalNumber'],
  ['zone', 'integer'],
  ['carrier', 'label'],
  ['shippingCost', 'number'],
  ['failedAttempts', 'integer'],
  ['delayNotified', 'boolean'],
  ['onTime', 'optionalBoolean'],
  ['accurate', 'boolean'],
  ['damaged', 'boolean'],
  ['contacted', 'boolean'],
  ['returnReason', 'label'],
  ['satisfaction', 'optionalNumber'],
  ['historyOrder', 'text'],
] as const satisfies ReadonlyArray<readonly [keyof OrderRecord, OrderFieldKind]>;

/** A label column: each row's code into `values` (the distinct labels in order of first use). */
export interface LabelColumn {
  readonly codes: Uint16Array | Uint32Array;
  readonly values: readonly string[];
}

/** The storage of each kind of field. */
export interface OrderColumnStorage {
  readonly integer: Int32Array;
  readonly number: Float64Array;
  readonly optionalNumber: Float64Array;
  readonly boolean: Uint8Array;
  readonly optionalBoolean: Uint8Array;
  readonly label: LabelColumn;
  readonly text: readonly string[];
}

type FieldEntry = (typeof ORDER_FIELDS)[number];

/** The kind of field `name`. */
export type KindOf<Name extends keyof OrderRecord> = Extract<FieldEntry, readonly [Name, OrderFieldKind]>[1];

/**
 * The per-order records of one replication as columns, one row per placed order in id order.
 * Plain data (typed arrays, strings, numbers): its typed arrays' buffers move between worker
 * threads and cross the queue codec as block copies, and it takes about 170 bytes an order
 * instead of a kept `Order` object. The typed arrays of a long run's records (524,288 orders or
 * more) are views of resizable buffers, and those of a run that placed about the orders expected
 * may be views of a longer buffer (see ReservedColumn.finish): every typed array is exactly its
 * rows long, but not always its buffer (read it through `byteOffset` and `byteLength`).
 */
export interface OrderColumns {
  readonly count: number;
  readonly fields: { readonly [Name in keyof OrderRecord]: OrderColumnStorage[KindOf<Name>] };
}

/** Value of a boolean column cell: 0 false, 1 true, 2 null. */
export const NULL_BOOLEAN = 2;

type Cell = string | number | boolean | null;

/** A stored cell as the record has it: null for NaN and NULL_BOOLEAN, booleans as booleans. */
export function recordCell(kind: OrderFieldKind, cell: string | number): Cell {
  switch (kind) {
    case 'integer':
    case 'number':
    case 'label':
    case 'text':
      return cell;
    case 'optionalNumber':
      return Number.isNaN(cell) ? null : cell;
    case 'boolean':
      return cell === 1;
    case 'optionalBoolean':
      return cell === NULL_BOOLEAN ? null : cell === 1;
  }
}

/** The value of row `row` of a column of kind `kind` (as the record has it). */
export function cellOf(kind: OrderFieldKind, column: OrderColumnStorage[OrderFieldKind], row: number): Cell {
  if (kind === 'label') {
    const { codes, values } = column as LabelColumn;
    return values[codes[row] as number] as string;
  }
  return recordCell(kind, (column as Float64Array | Int32Array | Uint8Array | readonly string[])[row] as string | number);
}

/** The record of row `row`, equal to the one the order gave (the same keys in the same order). */
export function orderRecordAt(columns: OrderColumns, row: number): OrderRecord {
  const record: Record<string, Cell> = {};
  const fields = columns.fields as Readonly<Record<string, OrderColumnStorage[OrderFieldKind]>>;
  for (const [name, kind] of ORDER_FIELDS) record[name] = cellOf(kind, fields[name] as OrderColumnStorage[OrderFieldKind], row);
  return record as unknown as OrderRecord;
}

/** Every record of the columns, in row (id) order, built one at a time. */
export function* orderRecordsOf(columns: OrderColumns): Generator<OrderRecord> {
  for (let row = 0; row < columns.count; row++) yield orderRecordAt(columns, row);
}
