/** Parses `--trace-orders 12,40,41` into order ids (undefined: every decision). */
export function parseTraceOrders(text: string | undefined): ReadonlySet<number> | undefined {
  if (text === undefined) return undefined;
  const ids = text.split(',').map((part) => part.trim());
  if (ids.some((id) => !/^\d+$/.test(id))) return undefined;
  return new Set(ids.map(Number));
}
