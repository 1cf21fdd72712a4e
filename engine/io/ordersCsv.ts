import type { ReplicationResult } from '../experiment/runReplication.js';
import { NULL_BOOLEAN, ORDER_FIELDS, type LabelColumn, type OrderColumnStorage, type OrderFieldKind } from '../experiment/orderColumns.js';
import { CsvBytes, NUMBER_BYTES } from './csvBytes.js';
import { csvField } from './csvField.js';

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

/** Writes row `row` of one column as its CSV cell: the bytes of `csvField(cellOf(...))`. */
type CellBytes = (out: CsvBytes, row: number) => void;

function cellBytes(kind: OrderFieldKind, column: OrderColumnStorage[OrderFieldKind]): CellBytes {
  switch (kind) {
    case 'integer':
    case 'number': {
      const values = column as Float64Array | Int32Array;
      return (out, row) => out.number(values[row] as number);
    }
    case 'optionalNumber': {
      const values = column as Float64Array;
      return (out, row) => {
        const value = values[row] as number;
        if (!Number.isNaN(value)) out.number(value);
      };
    }
    case 'boolean':
    case 'optionalBoolean': {
      const values = column as Uint8Array;
      return (out, row) => {
        const value = values[row] as number;
        if (value !== NULL_BOOLEAN || kind === 'boolean') out.bytes(value === 1 ? TRUE : FALSE);
      };
    }
    case 'label': {
      const { codes, values } = column as LabelColumn;
      const encoded = values.map((value) => Buffer.from(csvField(value)));
      return (out, row) => out.bytes(encoded[codes[row] as number] as Uint8Array);
    }
    case 'text': {
      const values = column as readonly string[];
      return (out, row) => {
        const value = values[row] as string;
        if (value !== '') out.text(csvField(value));
      };
    }
  }
}

/** The most bytes row `row` can take: every number at its longest, the longest label, the text escaped. */
function rowBound(kinds: readonly OrderFieldKind[], columns: readonly OrderColumnStorage[OrderFieldKind][]): (row: number) => number {
  let fixed = NUMBER_BYTES + 1; // the replication
  const texts: (readonly string[])[] = [];
  kinds.forEach((kind, index) => {
    const column = columns[index] as OrderColumnStorage[OrderFieldKind];
    if (kind === 'label')
      fixed += 1 + (column as LabelColumn).values.reduce((most, value) => Math.max(most, Buffer.byteLength(csvField(value))), 0);
    else if (kind === 'text') texts.push(column as readonly string[]);
    else fixed += 1 + NUMBER_BYTES;
  });
  // A UTF-16 unit is at most 3 UTF-8 bytes, doubled if it is a quote, plus the two quotes.
  return (row) => texts.reduce((bytes, text) => bytes + 1 + 6 * (text[row] as string).length + 2, fixed + 1);
}

/**
 * The per-order CSV in pieces of about `chunkBytes` (a megabyte): a header, then one row per
 * order of every replication, each cell as `csvField` writes the record's value. The pieces
 * share one buffer: each is valid until the next is asked for (write or copy it first).
 */
export function* ordersCsvChunks(replications: readonly ReplicationResult[], chunkBytes = 1 << 20): Generator<Uint8Array | string> {
  const recorded = replications.some((result) => (result.orders?.count ?? 0) > 0);
  yield `${(recorded ? ['replication', ...ORDER_FIELDS.map(([name]) => name)] : ['replication', 'id']).join(',')}\n`;
  const out = new CsvBytes(chunkBytes, true);
  const kinds = ORDER_FIELDS.map(([, kind]) => kind);
  for (const result of replications) {
    const orders = result.orders;
    if (orders === undefined) continue;
    const fields = orders.fields as Readonly<Record<string, OrderColumnStorage[OrderFieldKind]>>;
    const columns = ORDER_FIELDS.map(([name]) => fields[name] as OrderColumnStorage[OrderFieldKind]);
    const writers = ORDER_FIELDS.map(([, kind], index) => cellBytes(kind, columns[index] as OrderColumnStorage[OrderFieldKind]));
    const bound = rowBound(kinds, columns);
    for (let row = 0; row < orders.count; row++) {
      const full = out.reserve(bound(row));
      if (full !== undefined) yield full;
      out.number(result.replication);
      for (const write of writers) {
        out.byte(COMMA);
        write(out, row);
      }
      out.byte(NEWLINE);
    }
  }
  const last = out.take();
  if (last !== undefined) yield last;
}
