import type { HistoryColumns } from '../scenario/historyColumns.js';

const byCode = (p: string, q: string): number => (p < q ? -1 : p > q ? 1 : 0);

/** Codes used by the histories' lines, with their line counts, most lines first (ties by code). */
function rankedCodes(histories: readonly HistoryColumns[], include: (code: string) => boolean): string[] {
  const lines = new Map<string, number>();
  for (const history of histories) {
    const counts = new Uint32Array(history.skuCodes.length);
    for (const sku of history.lineSku) counts[sku] = (counts[sku] as number) + 1;
    history.skuCodes.forEach((code, index) => {
      if ((counts[index] as number) > 0 && include(code)) lines.set(code, (lines.get(code) ?? 0) + (counts[index] as number));
    });
  }
  return [...lines.keys()].sort((p, q) => (lines.get(q) as number) - (lines.get(p) as number) || byCode(p, q));
}

/**
 * Maps the SKU codes of replayed histories onto catalog SKUs. Returns, for each history, the
 * catalog SKU of each entry of its code table (-1 for a code none of its lines use).
 *
 * Without a SKU master (`masterCodes` undefined) by popularity: the code with the most lines
 * over every channel's history becomes the catalog's most popular SKU, and so on (ties by
 * code), so slotting and prices follow the history's own popularity.
 *
 * With a SKU master, by code: a code the master lists is that SKU. A code it does not list
 * (allowed only with `catalog.unknownSkus: "by-popularity"`, refused when the scenario is read
 * otherwise) is mapped by popularity: the unknown code with the most lines onto the catalog's
 * most popular SKU, and so on, starting over at the most popular when there are more unknown
 * codes than SKUs.
 */
export function mapHistorySkus(
  histories: readonly HistoryColumns[],
  skusByPopularity: Int32Array,
  masterCodes?: readonly string[],
): Int32Array[] {
  if (masterCodes === undefined) {
    const codes = rankedCodes(histories, () => true);
    if (codes.length > skusByPopularity.length) {
      throw new RangeError(`mapHistorySkus: ${codes.length} SKU codes in the histories, ${skusByPopularity.length} in the catalog`);
    }
    const skuOf = new Map(codes.map((code, rank) => [code, skusByPopularity[rank] as number]));
    return histories.map((history) => Int32Array.from(history.skuCodes, (code) => skuOf.get(code) ?? -1));
  }
  const skuOf = new Map(masterCodes.map((code, sku) => [code, sku]));
  const unknown = rankedCodes(histories, (code) => !skuOf.has(code));
  unknown.forEach((code, rank) => skuOf.set(code, skusByPopularity[rank % skusByPopularity.length] as number));
  return histories.map((history) => Int32Array.from(history.skuCodes, (code) => skuOf.get(code) ?? -1));
}

/**
 * Each catalog SKU's code as a replayed history names it, when the catalog is synthetic: the
 * code mapped onto the SKU by popularity, or "" for a SKU no history line names.
 */
export function historyCodesOfSkus(histories: readonly HistoryColumns[], skuMaps: readonly Int32Array[], size: number): string[] {
  const codes = new Array<string>(size).fill('');
  histories.forEach((history, index) => {
    const skuOf = skuMaps[index] as Int32Array;
    history.skuCodes.forEach((code, entry) => {
      const sku = skuOf[entry] as number;
      if (sku >= 0) codes[sku] = code;
    });
  });
  return codes;
}
