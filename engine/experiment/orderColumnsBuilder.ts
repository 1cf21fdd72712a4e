import type { Order } from '../domain/Order.js';
import { ORDER_CELLS } from './orderCells.js';
import { ORDER_FIELDS, type OrderColumns, type OrderFieldKind } from './orderColumns.js';

const FIRST_CAPACITY = 1024;

type NumberArray = Int32Array | Float64Array | Uint8Array;

/** A growing label column: codes into the distinct labels seen so far; 16-bit codes until more than 65,536 labels. */
class GrowingLabels {
  codes: Uint16Array | Uint32Array;
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
  }

  set(row: number, label: string): void {
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(label);
      this.index.set(label, code);
      if (code > 0xffff && this.codes instanceof Uint16Array) this.codes = Uint32Array.from(this.codes);
    }
    this.codes[row] = code;
  }

  grow(capacity: number): void {
    const codes = this.codes instanceof Uint16Array ? new Uint16Array(capacity) : new Uint32Array(capacity);
    codes.set(this.codes);
    this.codes = codes;
  }
}

type Growing = NumberArray | GrowingLabels | string[];

function emptyColumn(kind: OrderFieldKind, capacity: number): Growing {
  switch (kind) {
    case 'integer':
      return new Int32Array(capacity);
    case 'number':
    case 'optionalNumber':
      return new Float64Array(capacity);
    case 'boolean':
    case 'optionalBoolean':
      return new Uint8Array(capacity);
    case 'label':
      return new GrowingLabels(capacity);
    case 'text':
      return [];
  }
}

function grown(column: Growing, capacity: number): Growing {
  if (column instanceof GrowingLabels) {
    column.grow(capacity);
    return column;
  }
  if (Array.isArray(column)) return column;
  const wider = new (column.constructor as new (length: number) => NumberArray)(capacity);
  wider.set(column);
  return wider;
}

/** Writes one field of an order into its column (the builder's current column `index`: growing replaces it). */
type CellWriter = (columns: readonly Growing[], row: number, order: Order) => void;

// One function literal per kind, so that each store site sees one kind of column.
function cellWriter(kind: OrderFieldKind, index: number, cell: (order: Order) => string | number): CellWriter {
  switch (kind) {
    case 'integer':
      return (columns, row, order) => {
        (columns[index] as Int32Array)[row] = cell(order) as number;
      };
    case 'number':
    case 'optionalNumber':
      return (columns, row, order) => {
        (columns[index] as Float64Array)[row] = cell(order) as number;
      };
    case 'boolean':
    case 'optionalBoolean':
      return (columns, row, order) => {
        (columns[index] as Uint8Array)[row] = cell(order) as number;
      };
    case 'label':
      return (columns, row, order) => (columns[index] as GrowingLabels).set(row, cell(order) as string);
    case 'text':
      return (columns, row, order) => {
        (columns[index] as string[])[row] = cell(order) as string;
      };
  }
}

/**
 * Per-order records written into growing typed columns (capacity doubles), so that a run
 * keeps about 170 bytes per order rather than every `Order` object to the end. Rows may be
 * written in any order and rewritten; `finish` trims the columns to the row count.
 */
export class OrderColumnsBuilder {
  private capacity = FIRST_CAPACITY;
  private count = 0;
  private readonly columns: Growing[] = ORDER_FIELDS.map(([, kind]) => emptyColumn(kind, FIRST_CAPACITY));
  // Text columns stay dense arrays, one entry per row (a hole would turn them into a slow dictionary).
  private readonly texts = this.columns.filter((column): column is string[] => Array.isArray(column));
  private readonly writers = ORDER_FIELDS.map(([name, kind], index) => cellWriter(kind, index, ORDER_CELLS[name]));

  /** Reserves the next row (empty until written) and returns its index. */
  addRow(): number {
    if (this.count === this.capacity) {
      this.capacity *= 2;
      for (let index = 0; index < this.columns.length; index++) this.columns[index] = grown(this.columns[index] as Growing, this.capacity);
    }
    for (const text of this.texts) text.push('');
    return this.count++;
  }

  /** Writes (or rewrites) row `row` from the order as it stands (ORDER_CELLS define the fields). */
  writeOrder(row: number, order: Order): void {
    const { writers, columns } = this;
    for (let index = 0; index < writers.length; index++) (writers[index] as CellWriter)(columns, row, order);
  }

  /** The columns, trimmed to the rows added (copies: the builder's spare capacity is not kept or shipped). */
  finish(): OrderColumns {
    const { count } = this;
    const fields: Record<string, unknown> = {};
    ORDER_FIELDS.forEach(([name], index) => {
      const column = this.columns[index] as Growing;
      if (column instanceof GrowingLabels) fields[name] = { codes: column.codes.slice(0, count), values: [...column.values] };
      else fields[name] = column.slice(0, count);
    });
    return { count, fields: fields as unknown as OrderColumns['fields'] };
  }
}
