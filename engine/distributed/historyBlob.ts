import { ACTUAL_COLUMNS, historyColumnsProblem, type ActualKey, type HistoryColumns } from '../scenario/historyColumns.js';
import { jsonSyntaxProblem } from '../scenario/jsonSyntax.js';

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
/** The optional per-order actual-time columns (Float64Array), carried only when the history has them. */
const ACTUAL_KEYS: readonly ActualKey[] = ACTUAL_COLUMNS.map(({ key }) => key);

const base64Of = (array: Float64Array | Uint32Array | Uint16Array): string =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

/** A typed array of `Type` holding the bytes of `base64`; throws on a missing column or a partial element. */
function typedColumn<T extends Float64Array | Uint32Array | Uint16Array>(
  key: string,
  base64: unknown,
  Type: { new (length: number): T; readonly BYTES_PER_ELEMENT: number },
): T {
  if (typeof base64 !== 'string') throw new TypeError(`decodeHistory: column ${key} is missing`);
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) throw new TypeError(`decodeHistory: column ${key} has a partial element`);
  // Copied into a fresh array: the Buffer's bytes need not be aligned for the element type.
  const array = new Type(bytes.byteLength / Type.BYTES_PER_ELEMENT);
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

/** Marks a channel's `orderHistory` in a queued scenario as a blob: `fulfill-history:<hash>`. */
export const HISTORY_BLOB = 'fulfill-history:';

/** A history as text for Redis: its tables as JSON, each typed column as base64 of its bytes (little-endian, as every supported platform). */
export function encodeHistory(history: HistoryColumns): string {
  const columns = Object.fromEntries(TYPED_KEYS.map((key) => [key, base64Of(history[key])]));
  const actual = Object.fromEntries(
    ACTUAL_KEYS.flatMap((key) => {
      const column = history[key];
      return column === undefined ? [] : [[key, base64Of(column)]];
    }),
  );
  const { source, start, linesRead, skuCodes, services, orderIds } = history;
  return JSON.stringify({ format: history.format, source, start, linesRead, skuCodes, services, orderIds, ...columns, ...actual });
}

/** The history encodeHistory wrote; throws when the text is not one (a forged or damaged job). */
export function decodeHistory(text: string): HistoryColumns {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not the parser's message, which quotes the text (anyone who can write to Redis wrote it).
    throw new TypeError(`decodeHistory: not JSON (${jsonSyntaxProblem(text)})`);
  }
  const columns = TYPED_KEYS.map((key) => [key, typedColumn<Float64Array | Uint32Array | Uint16Array>(key, json[key], TYPED[key])]);
  const actual = ACTUAL_KEYS.filter((key) => json[key] !== undefined).map((key) => [key, typedColumn(key, json[key], Float64Array)]);
  const history = { ...json, ...Object.fromEntries([...columns, ...actual]) } as unknown as HistoryColumns;
  if (history.format !== 'fulfill-history-columns') throw new TypeError('decodeHistory: not an order history');
  const problem = historyColumnsProblem(history);
  if (problem !== undefined) throw new TypeError(`decodeHistory: ${problem}`);
  return history;
}
