import type { HistoryOrder } from '../scenario/schema/orderHistory.js';

/**
 * Maps the SKU codes of replayed histories onto catalog SKUs by popularity: the code with the
 * most lines over every channel's history becomes the catalog's most popular SKU, and so on
 * (ties by code), so slotting and prices follow the history's own popularity.
 */
export function mapHistorySkus(histories: ReadonlyArray<readonly HistoryOrder[]>, skusByPopularity: Int32Array): Map<string, number> {
  const lines = new Map<string, number>();
  for (const history of histories) for (const order of history) for (const line of order.lines) lines.set(line.sku, (lines.get(line.sku) ?? 0) + 1);
  const codes = [...lines.keys()].sort((p, q) => (lines.get(q) as number) - (lines.get(p) as number) || (p < q ? -1 : p > q ? 1 : 0));
  if (codes.length > skusByPopularity.length) {
    throw new RangeError(`mapHistorySkus: ${codes.length} SKU codes in the histories, ${skusByPopularity.length} in the catalog`);
  }
  return new Map(codes.map((code, rank) => [code, skusByPopularity[rank] as number]));
}
