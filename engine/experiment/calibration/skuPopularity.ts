import { fitZipf, zipfShares, type ZipfFit } from '../../stats/zipfFit.js';
import type { HistoryColumns } from '../../scenario/historyColumns.js';

/** The largest total variation distance at which the Zipf law is written rather than the SKUs' own weights. */
export const ZIPF_MAX_DISTANCE = 0.1;

/** Demand of one SKU over the calibration (all channels). */
export interface SkuDemand {
  readonly code: string;
  readonly lines: number;
  readonly units: number;
}

/** The catalog popularity a calibration writes, and the figures behind it. */
export interface PopularityFit {
  /** Every SKU's demand: in catalog order with a catalog, else by lines descending (ties by code). */
  readonly skus: readonly SkuDemand[];
  readonly zipf: ZipfFit;
  /** The law written: Zipf over the ranks, or the SKUs' line counts as weights. */
  readonly written: 'zipf' | 'empirical';
  /** Why: the catalog names the SKUs, or the Zipf distance against ZIPF_MAX_DISTANCE. */
  readonly reason: string;
  /** The shares the simulator will draw SKUs by (one per catalog SKU). */
  readonly shares: Float64Array;
}

/** Lines and units per SKU code over every channel's history (the code tables may differ per file). */
function demandByCode(histories: Iterable<HistoryColumns>): Map<string, { lines: number; units: number }> {
  const demand = new Map<string, { lines: number; units: number }>();
  for (const history of histories) {
    const lines = new Float64Array(history.skuCodes.length);
    const units = new Float64Array(history.skuCodes.length);
    history.lineSku.forEach((sku, line) => {
      lines[sku] = (lines[sku] as number) + 1;
      units[sku] = (units[sku] as number) + (history.lineUnits[line] as number);
    });
    history.skuCodes.forEach((code, sku) => {
      if (lines[sku] === 0) return;
      const entry = demand.get(code) ?? { lines: 0, units: 0 };
      entry.lines += lines[sku] as number;
      entry.units += units[sku] as number;
      demand.set(code, entry);
    });
  }
  return demand;
}

/**
 * Fits SKU popularity (lines per SKU: the simulator draws one SKU per line) over all channels,
 * since the scenario has one catalog. Without a catalog the SKUs are ranked by lines and a Zipf
 * exponent is fitted; it is written when it misplaces at most ZIPF_MAX_DISTANCE of the lines,
 * else each rank's own line count is. With a catalog (its SKU codes in file order) the weights
 * are always per SKU, in catalog order, so demand stays with the SKU it belongs to; a history
 * SKU missing from the catalog is returned as `unknown`.
 */
export function fitPopularity(
  histories: readonly HistoryColumns[],
  catalog: readonly string[] | undefined,
): { fit: PopularityFit; unknown?: undefined } | { fit?: undefined; unknown: string } {
  const demand = demandByCode(histories);
  let skus: SkuDemand[];
  if (catalog === undefined) {
    skus = [...demand].map(([code, { lines, units }]) => ({ code, lines, units }));
    skus.sort((p, q) => q.lines - p.lines || (p.code < q.code ? -1 : p.code > q.code ? 1 : 0));
  } else {
    const listed = new Set(catalog);
    for (const code of demand.keys()) if (!listed.has(code)) return { unknown: code };
    skus = catalog.map((code) => ({ code, lines: demand.get(code)?.lines ?? 0, units: demand.get(code)?.units ?? 0 }));
  }
  const zipf = fitZipf(skus.map(({ lines }) => lines).sort((p, q) => q - p));
  const total = skus.reduce((sum, { lines }) => sum + lines, 0);
  if (catalog === undefined && zipf.distance <= ZIPF_MAX_DISTANCE) {
    const reason = `it misplaces at most ${percent(ZIPF_MAX_DISTANCE)} of the lines`;
    return { fit: { skus, zipf, written: 'zipf', reason, shares: zipfShares(zipf.exponent, skus.length) } };
  }
  const reason =
    catalog !== undefined
      ? 'the catalog names the SKUs: each keeps its own demand'
      : `Zipf misplaces more than ${percent(ZIPF_MAX_DISTANCE)} of the lines`;
  return { fit: { skus, zipf, written: 'empirical', reason, shares: Float64Array.from(skus, ({ lines }) => lines / total) } };
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
