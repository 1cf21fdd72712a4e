import { isHistoryColumns } from './historyColumns.js';
import type { Scenario } from './schema/scenario.js';
import type { InputProblem } from './ScenarioError.js';
import type { SkuMasterColumns } from './skuMasterColumns.js';
import { skuLocationProblem } from './skuMasterLayout.js';

/**
 * What a loaded SKU master must agree with in the rest of the scenario (checked again after
 * every override, e.g. a what-if that shortens the aisles): one SKU per row, every location
 * inside the layout (named by file and line), and, unless unknown codes are mapped, every
 * SKU code of an inline order history listed by the master (a CSV history is checked by line as it is read).
 */
export function skuMasterProblems(scenario: Scenario, master: SkuMasterColumns): InputProblem[] {
  const problems: InputProblem[] = [];
  if (scenario.catalog.skus !== master.codes.length)
    problems.push({ path: ['catalog', 'skus'], message: `expected ${master.codes.length} (the SKUs of ${master.source}) or unset` });
  const outside = skuLocationProblem(master, scenario.warehouse.layout);
  if (outside !== undefined)
    problems.push({ path: ['warehouse', 'layout'], message: `${master.source}:${outside.line}: ${outside.column}: ${outside.message}` });
  if (scenario.catalog.unknownSkus === 'error') {
    const known = new Set(master.codes);
    scenario.channels.forEach((channel, index) => {
      const history = channel.orderHistory;
      if (!isHistoryColumns(history)) return;
      const used = new Uint8Array(history.skuCodes.length);
      for (const sku of history.lineSku) used[sku] = 1;
      const unknown = history.skuCodes.find((code, sku) => used[sku] === 1 && !known.has(code));
      if (unknown !== undefined)
        problems.push({
          path: ['channels', index, 'orderHistory'],
          message: `unknown SKU code "${unknown}" (${history.source}): the SKU master ${master.source} does not list it (or set catalog.unknownSkus to "by-popularity")`,
        });
    });
  }
  return problems;
}
