import type { Order } from '../domain/Order.js';
import { ORDER_CELLS } from './orderCells.js';
import { ORDER_FIELDS, type OrderColumns, type OrderFieldKind } from './orderColumns.js';

/**
 * Rows per block. The columns grow a block at a time rather than by doubling: a doubled
 * column holds up to twice its rows, and `finish` copies it once more, so a run's records
 * took up to three times their size at the end (about 61 MB for a baseline's 21 MB).
 */
const BLOCK_BITS = 13;
const BLOCK_ROWS = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK_ROWS - 1;

type NumberArray = Int32Array | Float64Array | Uint8Array;
type NumberArrayOf = new (length: number) => NumberArray;

/** Copies the first `count` rows of `blocks` into `whole` (of length `count`). */
function joinBlocks(
  blocks: ReadonlyArray<NumberArray | Uint16Array | Uint32Array>,
  whole: NumberArray | Uint16Array | Uint32Array,
  count: number,
): void {
  blocks.forEach((block, index) => {
    const start = index << BLOCK_BITS;
    whole.set(start + BLOCK_ROWS <= count ? block : block.subarray(0, count - start), start);
  });
}

/** A column of numbers in blocks of BLOCK_ROWS, added as rows are. The array of blocks is never replaced: the column's writer holds it. */
class NumberBlocks {
  readonly blocks: NumberArray[] = [];

  constructor(private readonly type: NumberArrayOf) {}

  addBlock(): void {
    this.blocks.push(new this.type(BLOCK_ROWS));
  }

  /** The first `count` rows in one array of exactly that length; the blocks are let go (the column takes no more writes). */
  joined(count: number): NumberArray {
    const whole = new this.type(count);
    joinBlocks(this.blocks, whole, count);
    this.blocks.length = 0;
    return whole;
  }
}

/** A label column: codes into the distinct labels seen so far, in blocks; 16-bit codes until more than 65,536 labels. */
class LabelBlocks {
  private blocks: Array<Uint16Array | Uint32Array> = [];
  private wide = false;
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  addBlock(): void {
    this.blocks.push(this.wide ? new Uint32Array(BLOCK_ROWS) : new Uint16Array(BLOCK_ROWS));
  }

  set(row: number, label: string): void {
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(label);
      this.index.set(label, code);
      if (code > 0xffff && !this.wide) {
        this.wide = true;
        this.blocks = this.blocks.map((block) => new Uint32Array(block));
      }
    }
    (this.blocks[row >>> BLOCK_BITS] as Uint16Array | Uint32Array)[row & IN_BLOCK] = code;
  }

  /** The codes of the first `count` rows in one array of exactly that length; the blocks are let go (the column takes no more writes). */
  joined(count: number): Uint16Array | Uint32Array {
    const whole = this.wide ? new Uint32Array(count) : new Uint16Array(count);
    joinBlocks(this.blocks, whole, count);
    this.blocks = [];
    return whole;
  }
}

type Growing = NumberBlocks | LabelBlocks | string[];

function emptyColumn(kind: OrderFieldKind): Growing {
  switch (kind) {
    case 'integer':
      return new NumberBlocks(Int32Array);
    case 'number':
    case 'optionalNumber':
      return new NumberBlocks(Float64Array);
    case 'boolean':
    case 'optionalBoolean':
      return new NumberBlocks(Uint8Array);
    case 'label':
      return new LabelBlocks();
    case 'text':
      return [];
  }
}

/** Writes one field of an order into its column. */
type CellWriter = (row: number, order: Order) => void;

/** Writes a number cell into a block of one array type (one literal per type, called below, keeps each store site to one kind of array). */
function int32Writer(blocks: readonly NumberArray[], cell: (order: Order) => string | number): CellWriter {
  return (row, order) => {
    (blocks[row >>> BLOCK_BITS] as Int32Array)[row & IN_BLOCK] = cell(order) as number;
  };
}
function float64Writer(blocks: readonly NumberArray[], cell: (order: Order) => string | number): CellWriter {
  return (row, order) => {
    (blocks[row >>> BLOCK_BITS] as Float64Array)[row & IN_BLOCK] = cell(order) as number;
  };
}
function uint8Writer(blocks: readonly NumberArray[], cell: (order: Order) => string | number): CellWriter {
  return (row, order) => {
    (blocks[row >>> BLOCK_BITS] as Uint8Array)[row & IN_BLOCK] = cell(order) as number;
  };
}

function cellWriter(kind: OrderFieldKind, column: Growing, cell: (order: Order) => string | number): CellWriter {
  switch (kind) {
    case 'integer':
      return int32Writer((column as NumberBlocks).blocks, cell);
    case 'number':
    case 'optionalNumber':
      return float64Writer((column as NumberBlocks).blocks, cell);
    case 'boolean':
    case 'optionalBoolean':
      return uint8Writer((column as NumberBlocks).blocks, cell);
    case 'label':
      return (row, order) => (column as LabelBlocks).set(row, cell(order) as string);
    case 'text':
      return (row, order) => {
        (column as string[])[row] = cell(order) as string;
      };
  }
}

/**
 * Per-order records written into typed columns that grow a block of rows at a time, so that a
 * run keeps about 170 bytes per order rather than every `Order` object to the end. Rows may be
 * written in any order and rewritten; `finish` joins each column into one array of the rows,
 * letting its blocks go as it does, and ends the builder.
 */
export class OrderColumnsBuilder {
  private count = 0;
  private finished = false;
  private readonly columns: Growing[] = ORDER_FIELDS.map(([, kind]) => emptyColumn(kind));
  // Text columns stay dense arrays, one entry per row (a hole would turn them into a slow dictionary).
  private readonly texts = this.columns.filter((column): column is string[] => Array.isArray(column));
  private readonly blocked = this.columns.filter((column): column is NumberBlocks | LabelBlocks => !Array.isArray(column));
  private readonly writers = ORDER_FIELDS.map(([name, kind], index) => cellWriter(kind, this.columns[index] as Growing, ORDER_CELLS[name]));

  /** Reserves the next row (empty until written) and returns its index. */
  addRow(): number {
    if (this.finished) throw new Error('OrderColumnsBuilder: a row added after finish');
    if ((this.count & IN_BLOCK) === 0) for (const column of this.blocked) column.addBlock();
    for (const text of this.texts) text.push('');
    return this.count++;
  }

  /** Writes (or rewrites) row `row` from the order as it stands (ORDER_CELLS define the fields). */
  writeOrder(row: number, order: Order): void {
    if (this.finished) throw new Error('OrderColumnsBuilder: a row written after finish');
    const { writers } = this;
    for (let index = 0; index < writers.length; index++) (writers[index] as CellWriter)(row, order);
  }

  /** The columns, each joined into one array of exactly the rows added. */
  finish(): OrderColumns {
    if (this.finished) throw new Error('OrderColumnsBuilder: finished twice');
    this.finished = true;
    const { count } = this;
    const fields: Record<string, unknown> = {};
    ORDER_FIELDS.forEach(([name], index) => {
      const column = this.columns[index] as Growing;
      if (column instanceof LabelBlocks) fields[name] = { codes: column.joined(count), values: [...column.values] };
      else if (column instanceof NumberBlocks) fields[name] = column.joined(count);
      else fields[name] = column.slice(0, count);
    });
    return { count, fields: fields as unknown as OrderColumns['fields'] };
  }
}
