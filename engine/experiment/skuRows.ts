import type { SkuSummary } from './aggregateSkus.js';

/** Column titles of a per-SKU table. */
export const SKU_COLUMNS = [
  'SKU',
  'class',
  'units demanded',
  'fill rate',
  'stockouts',
  'mean on hand',
  'mean backorders',
  'units lost',
] as const;

/** One SKU's cells, formatted for a table (the SKU by its code when it has one, else its id; fill rate as %, the rest with one decimal). */
export function skuRow(sku: SkuSummary): string[] {
  return [
    sku.code ?? String(sku.sku),
    sku.abcClass,
    sku.demandedUnits.toFixed(1),
    sku.fillRate === null ? '-' : `${(sku.fillRate * 100).toFixed(2)}%`,
    sku.stockoutEvents.toFixed(1),
    sku.meanOnHandUnits.toFixed(1),
    sku.meanBackorderUnits.toFixed(1),
    sku.lostUnits.toFixed(1),
  ];
}
