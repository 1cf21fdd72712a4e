import { DefaultSerializer, deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SkuTally } from '../kpi/collectors/skus.js';
import type { OrderColumns } from './orderColumns.js';
import type { ReplicationResult } from './runReplication.js';

/** The per-SKU tallies as one Float64Array per field (field names in the tallies' own key order). */
interface SkuColumns {
  readonly fields: readonly string[];
  readonly columns: readonly Float64Array[];
}

/** A result, or one whose per-order columns travel beside its bytes (see ThreadResult). */
type Encodable = Omit<ReplicationResult, 'orders'> & { readonly orders?: OrderColumns | undefined };

type Packed = Omit<Encodable, 'skus'> & { readonly skuColumns: SkuColumns };

function toColumns(skus: readonly SkuTally[]): SkuColumns {
  const fields = skus.length === 0 ? [] : Object.keys(skus[0] as SkuTally);
  const columns = fields.map(() => new Float64Array(skus.length));
  skus.forEach((tally, sku) => {
    const values = tally as unknown as Record<string, number>;
    fields.forEach((field, index) => void ((columns[index] as Float64Array)[sku] = values[field] as number));
  });
  return { fields, columns };
}

function fromColumns({ fields, columns }: SkuColumns): SkuTally[] {
  const count = columns[0]?.length ?? 0;
  const skus = new Array<SkuTally>(count);
  for (let sku = 0; sku < count; sku++) {
    // Properties added in one fixed order give every tally the same shape (fast to build and read).
    const tally: Record<string, number> = {};
    for (let index = 0; index < fields.length; index++) tally[fields[index] as string] = (columns[index] as Float64Array)[sku] as number;
    skus[sku] = tally as unknown as SkuTally;
  }
  return skus;
}

// The first byte says how the rest is stored.
const PLAIN = 0;
const DEFLATED = 1;

/**
 * A replication result as compact bytes, for every transport: threads of the local pool and
 * the queue. V8 serialisation keeps typed arrays and every double exact; the per-SKU tallies
 * travel as columns (typed arrays serialise as a block copy, thousands of small objects do
 * not). With `deflate` (the queue, whose bytes go through Redis) the fastest deflate shrinks
 * them: the baseline's one-day result is 317 KB as plain V8 data. Between threads of one
 * process the bytes are copied or moved, never compressed: compressing them cost more than
 * copying (1.9 s of inflate alone on `npm start`'s main thread).
 */
export function encodeResult(result: Encodable, deflate = true): Uint8Array {
  const { skus, ...rest } = result;
  const packed: Packed = { ...rest, skuColumns: toColumns(skus) };
  if (deflate) {
    const body = deflateRawSync(serialize(packed), { level: 1 });
    const bytes = new Uint8Array(body.length + 1);
    bytes[0] = DEFLATED;
    bytes.set(body, 1);
    return bytes;
  }
  // The format byte, then what `serialize` writes, straight into the serializer's own buffer
  // rather than copied into a second array after the byte: a large DC's year with per-order
  // records is over a gigabyte of them, and a fresh copy of that size costs its page faults too.
  const serializer = new DefaultSerializer();
  serializer.writeRawBytes(Uint8Array.of(PLAIN));
  serializer.writeHeader();
  serializer.writeValue(packed);
  const buffer = serializer.releaseBuffer();
  // A plain array over the same memory: a Buffer's `slice` would be a view, where an array's is a copy.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

/** The result back from its bytes, equal to the one encoded (the same JSON, key order included). */
export function decodeResult(bytes: Uint8Array): ReplicationResult {
  const body = bytes.subarray(1);
  if (bytes[0] !== PLAIN && bytes[0] !== DEFLATED) throw new RangeError(`decodeResult: unknown result format ${bytes[0]}`);
  const { skuColumns, ...rest } = deserialize(bytes[0] === DEFLATED ? inflateRawSync(body) : body) as Packed;
  const result: Record<string, unknown> = {};
  // Keep the original key order: `skus` sits between `breakdown` and `warehouse`.
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'warehouse') result.skus = fromColumns(skuColumns);
    result[key] = value;
  }
  return result as unknown as ReplicationResult;
}

/**
 * A result on its way to another thread of this process: the encoded bytes of all but its
 * per-order columns, and those columns as they are. The columns' buffers move with the bytes
 * (`orderBuffers`) rather than being serialised: a large DC's year of records is over a gigabyte,
 * and serialising it made a second copy of that size in the thread (a third with the result's
 * own), then a fourth on arrival unless it moved.
 */
export interface ThreadResult {
  readonly bytes: Uint8Array;
  readonly orders?: OrderColumns;
}

/** `result` as a ThreadResult (the bytes plain: threads of one process never compress). */
export function encodeForThread(result: ReplicationResult): ThreadResult {
  if (result.orders === undefined) return { bytes: encodeResult(result, false) };
  // The key stays where it was, empty, so the decoded result keeps its key order.
  return { bytes: encodeResult({ ...result, orders: undefined }, false), orders: result.orders };
}

/** The result a ThreadResult carries, equal to the one encoded. */
export function decodeFromThread(answer: ThreadResult): ReplicationResult {
  const result = decodeResult(answer.bytes);
  if (answer.orders === undefined) return result;
  (result as { orders?: OrderColumns }).orders = answer.orders;
  return result;
}

/** The distinct buffers under the per-order columns' typed arrays: what moves to the receiving thread. */
export function orderBuffers(orders: OrderColumns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of Object.values(orders.fields) as ReadonlyArray<OrderColumns['fields'][keyof OrderColumns['fields']]>) {
    const values = 'codes' in column ? column.codes : column;
    if (ArrayBuffer.isView(values)) buffers.add(values.buffer as ArrayBuffer);
  }
  return [...buffers];
}
