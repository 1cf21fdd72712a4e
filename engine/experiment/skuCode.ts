import type { Catalog } from '../model/Catalog.js';

/**
 * The code a written history gives catalog SKU `sku`: the catalog's own code when it has one (a
 * SKU master's, or the replayed history's code mapped onto it), else `SKU-<id>`. The one place
 * SKU ids become codes on export.
 */
export function skuCode(catalog: Catalog, sku: number): string {
  const code = catalog.codes?.[sku];
  return code === undefined || code === '' ? `SKU-${sku}` : code;
}
