import { historyColumnsProblem, type HistoryColumns } from '../scenario/historyColumns.js';

const TYPED = {
  hours: Float64Array,
  lineStart: Uint32Array,
  lineSku: Uint32Array,
  lineUnits: Uint32Array,
  orderService: Uint16Array,
  idEnd: Uint32Array,
} as const;
type TypedKey = keyof typeof TYPED;
const TYPED_KEYS = Object.keys(TYPED) as TypedKey[];

/** Marks a channel's `orderHistory` in a queued scenario as a blob: `fulfill-history:<hash>`. */
export const HISTORY_BLOB = 'fulfill-history:';

/** A history as text for Redis: its tables as JSON, each typed column as base64 of its bytes (little-endian, as every supported platform). */
export function encodeHistory(history: HistoryColumns): string {
  const columns = Object.fromEntries(
    TYPED_KEYS.map((key) => [key, Buffer.from(history[key].buffer, history[key].byteOffset, history[key].byteLength).toString('base64')]),
  );
  const { source, start, linesRead, skuCodes, services, orderIds } = history;
  return JSON.stringify({ format: history.format, source, start, linesRead, skuCodes, services, orderIds, ...columns });
}

/** The history encodeHistory wrote; throws when the text is not one (a forged or damaged job). */
export function decodeHistory(text: string): HistoryColumns {
  const json = JSON.parse(text) as Record<string, unknown>;
  const column = (key: TypedKey): Float64Array | Uint32Array | Uint16Array => {
    const base64 = json[key];
    if (typeof base64 !== 'string') throw new TypeError(`decodeHistory: column ${key} is missing`);
    const bytes = Buffer.from(base64, 'base64');
    const Type = TYPED[key];
    if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) throw new TypeError(`decodeHistory: column ${key} has a partial element`);
    // Copied into a fresh array: the Buffer's bytes need not be aligned for the element type.
    const array = new Type(bytes.byteLength / Type.BYTES_PER_ELEMENT);
    new Uint8Array(array.buffer).set(bytes);
    return array;
  };
  const history = { ...json, ...Object.fromEntries(TYPED_KEYS.map((key) => [key, column(key)])) } as unknown as HistoryColumns;
  if (history.format !== 'fulfill-history-columns') throw new TypeError('decodeHistory: not an order history');
  const problem = historyColumnsProblem(history);
  if (problem !== undefined) throw new TypeError(`decodeHistory: ${problem}`);
  return history;
}
