import { ScenarioError } from '../scenario/ScenarioError.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { hasLocations, type SkuMasterColumns } from '../scenario/skuMasterColumns.js';
import { layoutFromLocations, skuLocationProblem } from '../scenario/skuMasterLayout.js';
import { skuMasterPolicies } from '../scenario/skuMasterPolicies.js';
import { displayPath } from './displayPath.js';
import { readSkuMaster } from './readSkuMaster.js';

type Json = Record<string, unknown>;
const section = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});

/** The settings a SKU master decides when the scenario is silent: catalog.skus, the layout's aisles, aisleLength and levels, and slotting. */
const DERIVED = { catalog: ['skus'], layout: ['aisles', 'aisleLength', 'levels'], warehouse: ['slotting'] } as const;

/** The largest `warehouse.layout.aisles` and `aisleLength` the schema accepts. */
const MAX_AISLES = 500;
const MAX_AISLE_LENGTH = 10_000;

const without = (value: unknown, keys: readonly string[]): Json =>
  Object.fromEntries(Object.entries(section(value)).filter(([key]) => !keys.includes(key)));

/**
 * A base scenario as a scenario naming a SKU master (`own`) inherits it: without the settings
 * the master decides (a base describes a synthetic DC; the file describes this one). Settings
 * given in the scenario naming the file, or in one extending it, stay and are checked against
 * the file.
 */
export function inheritedBesideSkuMaster(base: Json, own: Json): Json {
  if (typeof section(own.catalog).file !== 'string' || typeof section(base.catalog).file === 'string') return base;
  const inherited: Json = { ...base };
  if (base.catalog !== undefined) inherited.catalog = without(base.catalog, DERIVED.catalog);
  if (base.warehouse !== undefined) {
    const warehouse = without(base.warehouse, DERIVED.warehouse);
    const layout = section(base.warehouse).layout;
    inherited.warehouse = layout === undefined ? warehouse : { ...warehouse, layout: without(layout, DERIVED.layout) };
  }
  return inherited;
}

/**
 * Reads the scenario's SKU master (`catalog.file`, validated with the path still in place) and
 * returns `raw` with the path replaced by the columns and with what the file decides filled in
 * where the scenario is silent: `catalog.skus` (the rows), `warehouse.layout.aisles`,
 * `aisleLength` and `levels` (from the locations), `warehouse.slotting` ("file" when located),
 * and `inventory.skuPolicies` (rows with replenishment parameters). A value the scenario sets
 * that the file contradicts is an error: at the scenario's JSON path, or at the file line of a
 * location outside the layout. `raw` is not modified.
 */
export async function loadSkuMaster(raw: Json, scenario: Scenario, file: string): Promise<{ raw: Json; master?: SkuMasterColumns }> {
  const path = scenario.catalog.file;
  if (typeof path !== 'string') return { raw };
  const master = await readSkuMaster(path, displayPath(path));
  const size = master.codes.length;
  const catalog = section(raw.catalog);
  if (catalog.skus !== undefined && catalog.skus !== size)
    throw new ScenarioError(file, [{ path: ['catalog', 'skus'], message: `expected ${size} (the SKUs of ${master.source}) or unset` }]);
  const warehouse = section(raw.warehouse);
  const layout = { ...section(warehouse.layout) };
  const derived = layoutFromLocations(master, scenario.warehouse.layout.slotPitch);
  if (derived !== undefined) {
    // Derived sizes are capped at the schema's bounds, so a location past them is named by its line.
    // Named by what set them: the scenario's own field, or the most a layout may have.
    const bounds = {
      aisles: layout.aisles === undefined ? 'the most aisles a layout may have' : 'warehouse.layout.aisles',
      aisleLength: layout.aisleLength === undefined ? 'the longest aisle a layout may have' : 'warehouse.layout.aisleLength',
    };
    layout.aisles ??= Math.min(derived.aisles, MAX_AISLES);
    layout.aisleLength ??= Math.min(derived.aisleLength, MAX_AISLE_LENGTH);
    if (derived.levels !== undefined) layout.levels ??= derived.levels;
    const problem = skuLocationProblem(master, { ...scenario.warehouse.layout, ...layout }, bounds);
    if (problem !== undefined)
      throw new ScenarioError(`${master.source}:${problem.line}`, [{ path: [problem.column], message: problem.message }]);
  }
  const inventory = section(raw.inventory);
  const policies = skuMasterPolicies(master);
  const ownPolicies = section(inventory.skuPolicies);
  const both = Object.keys(policies).find((sku) => Object.hasOwn(ownPolicies, sku));
  if (both !== undefined)
    throw new ScenarioError(file, [
      {
        path: ['inventory', 'skuPolicies', both],
        message: `SKU ${both} ("${master.codes[Number(both)]}") already has replenishment parameters in ${master.source}:${master.line[Number(both)]}; give them in one place`,
      },
    ]);
  return {
    master,
    raw: {
      ...raw,
      catalog: { ...catalog, file: master, skus: size },
      warehouse: {
        ...warehouse,
        layout,
        ...(warehouse.slotting === undefined && hasLocations(master) ? { slotting: 'file' } : {}),
      },
      ...(Object.keys(policies).length > 0 ? { inventory: { ...inventory, skuPolicies: { ...ownPolicies, ...policies } } } : {}),
    },
  };
}
