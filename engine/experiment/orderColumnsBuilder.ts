import type { Order } from '../domain/Order.js';
import { ORDER_CELLS } from './orderCells.js';
import { ORDER_FIELDS, type OrderColumns, type OrderFieldKind } from './orderColumns.js';
import { FIRST_RESERVED_ROWS, ReservedColumn, STEP_ROWS } from './reservedColumn.js';

type NumberArray = Int32Array | Float64Array | Uint8Array;

/** A label column: codes into the distinct labels seen so far; 16-bit codes until more than 65,536 labels. */
class LabelColumnBuilder {
  private codes: ReservedColumn<Uint16Array | Uint32Array>;
  private wide = false;
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  /** The label last written and its code: most rows repeat the row before (delivered, customer, no return reason). */
  private last: string | undefined;
  private lastCode = 0;

  constructor(reservedRows: number) {
    this.codes = new ReservedColumn<Uint16Array>(Uint16Array, reservedRows);
  }

  ensure(rows: number): void {
    this.codes.ensure(rows);
  }

  set(row: number, label: string): void {
    if (label === this.last) {
      this.codes.values[row] = this.lastCode;
      return;
    }
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(label);
      this.index.set(label, code);
      if (code > 0xffff && !this.wide) {
        this.wide = true;
        this.codes = this.codes.widen(Uint32Array);
      }
    }
    this.last = label;
    this.lastCode = code;
    this.codes.values[row] = code;
  }

  /** The codes of the first `count` rows (see ReservedColumn.finish). */
  finish(count: number): Uint16Array | Uint32Array {
    return this.codes.finish(count);
  }
}

type Growing = ReservedColumn<NumberArray> | LabelColumnBuilder | string[];

function emptyColumn(kind: OrderFieldKind, reservedRows: number): Growing {
  switch (kind) {
    case 'integer':
      return new ReservedColumn<NumberArray>(Int32Array, reservedRows);
    case 'number':
    case 'optionalNumber':
      return new ReservedColumn<NumberArray>(Float64Array, reservedRows);
    case 'boolean':
    case 'optionalBoolean':
      return new ReservedColumn<NumberArray>(Uint8Array, reservedRows);
    case 'label':
      return new LabelColumnBuilder(reservedRows);
    case 'text':
      return [];
  }
}

/** Writes one field of an order into its column. */
type CellWriter = (row: number, order: Order) => void;

/**
 * Writes a number cell into a column of one array type (one literal per type, called below,
 * keeps each store site to one kind of array). The column's `values` is read at each write:
 * a column that outgrows its reservation moves to a new one.
 */
function int32Writer(column: ReservedColumn<NumberArray>, cell: (order: Order) => string | number): CellWriter {
  return (row, order) => {
    (column.values as Int32Array)[row] = cell(order) as number;
  };
}
function float64Writer(column: ReservedColumn<NumberArray>, cell: (order: Order) => string | number): CellWriter {
  return (row, order) => {
    (column.values as Float64Array)[row] = cell(order) as number;
  };
}
function uint8Writer(column: ReservedColumn<NumberArray>, cell: (order: Order) => string | number): CellWriter {
  return (row, order) => {
    (column.values as Uint8Array)[row] = cell(order) as number;
  };
}

function cellWriter(kind: OrderFieldKind, column: Growing, cell: (order: Order) => string | number): CellWriter {
  switch (kind) {
    case 'integer':
      return int32Writer(column as ReservedColumn<NumberArray>, cell);
    case 'number':
    case 'optionalNumber':
      return float64Writer(column as ReservedColumn<NumberArray>, cell);
    case 'boolean':
    case 'optionalBoolean':
      return uint8Writer(column as ReservedColumn<NumberArray>, cell);
    case 'label':
      return (row, order) => (column as LabelColumnBuilder).set(row, cell(order) as string);
    case 'text':
      return (row, order) => {
        (column as string[])[row] = cell(order) as string;
      };
  }
}

/**
 * Per-order records written into typed columns that grow in place (ReservedColumn), so that a
 * run keeps about 170 bytes per order rather than every `Order` object to the end, and holds
 * them once: `finish` hands a long run's columns over in their own memory (see ReservedColumn).
 * Rows may be written in any order and rewritten; `finish` ends the builder.
 */
export class OrderColumnsBuilder {
  private count = 0;
  /** Rows every reserved column has room for. */
  private committed = 0;
  private finished = false;
  private readonly columns: Growing[];
  // Text columns stay dense arrays, one entry per row (a hole would turn them into a slow dictionary).
  private readonly texts: string[][];
  private readonly reserved: Array<ReservedColumn<NumberArray> | LabelColumnBuilder>;
  private readonly writers: CellWriter[];

  /** `reservedRows`: the rows each column reserves once past its plain arrays (see ReservedColumn; tests make it small). */
  constructor(reservedRows = FIRST_RESERVED_ROWS) {
    this.columns = ORDER_FIELDS.map(([, kind]) => emptyColumn(kind, reservedRows));
    this.texts = this.columns.filter((column): column is string[] => Array.isArray(column));
    this.reserved = this.columns.filter((column): column is ReservedColumn<NumberArray> | LabelColumnBuilder => !Array.isArray(column));
    this.writers = ORDER_FIELDS.map(([name, kind], index) => cellWriter(kind, this.columns[index] as Growing, ORDER_CELLS[name]));
  }

  /** Reserves the next row (empty until written) and returns its index. */
  addRow(): number {
    if (this.finished) throw new Error('OrderColumnsBuilder: a row added after finish');
    if (this.count === this.committed) {
      this.committed += STEP_ROWS;
      for (const column of this.reserved) column.ensure(this.committed);
    }
    for (const text of this.texts) text.push('');
    return this.count++;
  }

  /** Writes (or rewrites) row `row` from the order as it stands (ORDER_CELLS define the fields). */
  writeOrder(row: number, order: Order): void {
    if (this.finished) throw new Error('OrderColumnsBuilder: a row written after finish');
    const { writers } = this;
    for (let index = 0; index < writers.length; index++) (writers[index] as CellWriter)(row, order);
  }

  /** The columns, each an array of exactly the rows added: a long run's in the column's own memory, a short run's copied. */
  finish(): OrderColumns {
    if (this.finished) throw new Error('OrderColumnsBuilder: finished twice');
    this.finished = true;
    const { count } = this;
    const fields: Record<string, unknown> = {};
    ORDER_FIELDS.forEach(([name], index) => {
      const column = this.columns[index] as Growing;
      if (column instanceof LabelColumnBuilder) fields[name] = { codes: column.finish(count), values: [...column.values] };
      else if (column instanceof ReservedColumn) fields[name] = column.finish(count);
      else fields[name] = column; // exactly `count` entries: one pushed per row
    });
    return { count, fields: fields as unknown as OrderColumns['fields'] };
  }
}
