import type { HistoryColumns } from '../scenario/historyColumns.js';

/**
 * Maps the SKU codes of replayed histories onto catalog SKUs by popularity: the code with the
 * most lines over every channel's history becomes the catalog's most popular SKU, and so on
 * (ties by code), so slotting and prices follow the history's own popularity. Returns, for each
 * history, the catalog SKU of each entry of its code table (-1 for a code none of its lines use).
 */
export function mapHistorySkus(histories: readonly HistoryColumns[], skusByPopularity: Int32Array): Int32Array[] {
  const lines = new Map<string, number>();
  for (const history of histories) {
    const counts = new Uint32Array(history.skuCodes.length);
    for (const sku of history.lineSku) counts[sku] = (counts[sku] as number) + 1;
    history.skuCodes.forEach((code, index) => {
      if ((counts[index] as number) > 0) lines.set(code, (lines.get(code) ?? 0) + (counts[index] as number));
    });
  }
  const codes = [...lines.keys()].sort((p, q) => (lines.get(q) as number) - (lines.get(p) as number) || (p < q ? -1 : p > q ? 1 : 0));
  if (codes.length > skusByPopularity.length) {
    throw new RangeError(`mapHistorySkus: ${codes.length} SKU codes in the histories, ${skusByPopularity.length} in the catalog`);
  }
  const skuOf = new Map(codes.map((code, rank) => [code, skusByPopularity[rank] as number]));
  return histories.map((history) => Int32Array.from(history.skuCodes, (code) => skuOf.get(code) ?? -1));
}
