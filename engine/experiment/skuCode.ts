import type { Catalog } from '../model/Catalog.js';

/**
 * The code a written history gives catalog SKU `sku`: the catalog's own code when it has codes
 * (a SKU master file), else `SKU-<id>`. The one place SKU ids become codes on export.
 */
export function skuCode(catalog: Catalog, sku: number): string {
  // Catalogs read from a SKU master carry `codes`; synthetic ones do not.
  const { codes } = catalog as Catalog & { readonly codes?: readonly string[] };
  return codes?.[sku] ?? `SKU-${sku}`;
}
