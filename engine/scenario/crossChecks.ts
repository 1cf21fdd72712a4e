import { seconds } from './duration.js';
import type { Scenario } from './schema/scenario.js';
import type { InputProblem } from './ScenarioError.js';
import { aisleCountMismatch } from './schema/aislePositions.js';
import { historyOrderId, isHistoryColumns, usedSkuCodes } from './historyColumns.js';
import { shippingProblems } from './shippingChecks.js';
import { hasLocations, isSkuMasterColumns } from './skuMasterColumns.js';
import { skuMasterProblems } from './skuMasterChecks.js';

function duplicates(names: readonly string[]): Set<string> {
  return new Set(names.filter((name, index) => names.indexOf(name) !== index));
}

/** The most slots a generated layout may have (the large DC has 51,200). */
export const MAX_LAYOUT_SLOTS = 2_000_000;

/** Checks that span several fields (names that refer to each other, sizes that must fit). */
export function crossCheckScenario(scenario: Scenario): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (path: Array<string | number>, message: string): void => void problems.push({ path, message });

  if (seconds(scenario.warmup) >= seconds(scenario.horizon))
    add(['warmup'], `expected a warm-up shorter than the horizon (${scenario.horizon})`);

  const services = Object.keys(scenario.shipping.services);
  const tiers = Object.keys(scenario.customers.tiers);
  const channelNames = scenario.channels.map((channel) => channel.name);
  const repeatedChannels = duplicates(channelNames);
  scenario.channels.forEach((channel, index) => {
    if (repeatedChannels.has(channel.name)) add(['channels', index, 'name'], `expected a unique channel name, "${channel.name}" repeats`);
    for (const service of Object.keys(channel.serviceMix)) {
      if (!services.includes(service))
        add(['channels', index, 'serviceMix', service], `unknown service (expected one of: ${services.join(', ')})`);
    }
    for (const tier of Object.keys(channel.tierMix)) {
      if (!tiers.includes(tier)) add(['channels', index, 'tierMix', tier], `unknown customer tier (expected one of: ${tiers.join(', ')})`);
    }
    const history = channel.orderHistory;
    if (isHistoryColumns(history)) {
      history.services.forEach((service, number) => {
        if (services.includes(service)) return;
        const order = history.orderService.indexOf(number + 1);
        if (order >= 0)
          add(
            ['channels', index, 'orderHistory'],
            `order "${historyOrderId(history, order)}" has the unknown service "${service}" (expected one of: ${services.join(', ')})`,
          );
      });
    }
    if (channel.hourlyProfile.every((value) => value === 0))
      add(['channels', index, 'hourlyProfile'], 'expected at least one positive hour');
    if (channel.weekdayProfile.every((value) => value === 0))
      add(['channels', index, 'weekdayProfile'], 'expected at least one positive day');
  });

  const repeatedCarriers = duplicates(scenario.shipping.carriers.map((carrier) => carrier.name));
  scenario.shipping.carriers.forEach((carrier, index) => {
    if (repeatedCarriers.has(carrier.name))
      add(['shipping', 'carriers', index, 'name'], `expected a unique carrier name, "${carrier.name}" repeats`);
    for (const service of Object.keys(carrier.services)) {
      if (!services.includes(service))
        add(['shipping', 'carriers', index, 'services', service], `unknown service (expected one of: ${services.join(', ')})`);
    }
  });
  for (const service of services) {
    if (!scenario.shipping.carriers.some((carrier) => Object.hasOwn(carrier.services, service))) {
      add(['shipping', 'services', service], 'expected at least one carrier offering this service');
    }
  }

  const { catalog } = scenario;
  // A SKU master still named by its path is read later: what depends on its SKUs waits until then.
  const masterPending = typeof catalog.file === 'string';
  const master = isSkuMasterColumns(catalog.file) ? catalog.file : undefined;
  if (master === undefined) {
    const historySkus = new Set<string>();
    for (const channel of scenario.channels)
      if (isHistoryColumns(channel.orderHistory)) for (const code of usedSkuCodes(channel.orderHistory)) historySkus.add(code);
    if (!masterPending && historySkus.size > catalog.skus)
      add(['catalog', 'skus'], `expected at least as many SKUs as the order histories hold (${historySkus.size})`);
  } else {
    problems.push(...skuMasterProblems(scenario, master));
  }
  if (!masterPending && catalog.popularity.dist === 'empirical' && catalog.popularity.weights.length !== catalog.skus) {
    add(['catalog', 'popularity', 'weights'], `expected one weight per SKU (${catalog.skus}), got ${catalog.popularity.weights.length}`);
  }
  for (const sku of Object.keys(scenario.inventory.skuPolicies ?? {})) {
    if (!masterPending && Number(sku) >= scenario.catalog.skus)
      add(['inventory', 'skuPolicies', sku], `expected a SKU id below catalog.skus (${scenario.catalog.skus})`);
  }
  if (scenario.warehouse.slotting === 'file' && !masterPending && (master === undefined || !hasLocations(master)))
    add(['warehouse', 'slotting'], 'expected a SKU master with locations (catalog.file with an aisle column) for "file"');
  const { inventory } = scenario;
  type PolicyConfig = typeof inventory.policy | undefined;
  const policies: Array<[Array<string | number>, PolicyConfig]> = [
    [['inventory', 'policy'], inventory.policy],
    ...Object.entries(inventory.classPolicies ?? {}).map(([name, policy]): [Array<string | number>, PolicyConfig] => [
      ['inventory', 'classPolicies', name],
      policy,
    ]),
    ...Object.entries(inventory.skuPolicies ?? {}).map(([sku, policy]): [Array<string | number>, PolicyConfig] => [
      ['inventory', 'skuPolicies', sku],
      policy,
    ]),
  ];
  for (const [path, policy] of policies) {
    if (policy === undefined) continue;
    if (
      (policy.type === 'sS' || policy.type === 'sS-periodic') &&
      typeof policy.reorderPoint === 'number' &&
      typeof policy.orderUpTo === 'number' &&
      policy.orderUpTo <= policy.reorderPoint
    ) {
      add([...path, 'orderUpTo'], `expected an order-up-to level above the reorder point (${policy.reorderPoint})`);
    }
    if ('reviewPeriod' in policy && !(seconds(policy.reviewPeriod) > 0))
      add([...path, 'reviewPeriod'], 'expected a review period above zero');
  }
  if (scenario.shipping.zoneWeights.every((weight) => weight === 0))
    add(['shipping', 'zoneWeights'], 'expected at least one positive zone weight');
  const { layout } = scenario.warehouse;
  const slots = layout.aisles * 2 * Math.floor(layout.aisleLength / layout.slotPitch) * layout.levels;
  // A located SKU master brings its own slots; one still to be read is checked once read.
  const ownSlots = masterPending || (master !== undefined && hasLocations(master));
  // Each slot is an entry the layout holds in memory: a grid within each field's bounds could still ask for billions.
  if (!ownSlots && slots > MAX_LAYOUT_SLOTS)
    add(
      ['warehouse', 'layout'],
      `expected at most ${MAX_LAYOUT_SLOTS.toLocaleString('en-US')} slots (aisles x 2 sides x aisleLength / slotPitch x levels), the layout has ${slots.toLocaleString('en-US')}`,
    );
  if (!ownSlots && slots < catalog.skus)
    add(['warehouse', 'layout'], `expected room for ${catalog.skus} SKUs, the layout has ${slots} slots`);
  // A SKU master still to be read may set the aisle count: aisleX and zones are checked against it once read.
  const aisleCount = masterPending ? undefined : aisleCountMismatch(layout.aisleX, layout.aisles);
  if (aisleCount !== undefined) add(['warehouse', 'layout', 'aisleX'], aisleCount);
  const { warehouse } = scenario;
  if (!masterPending && warehouse.zones > layout.aisles)
    add(['warehouse', 'zones'], `expected at most one zone per aisle (${layout.aisles})`);
  if (warehouse.zones > 1 && warehouse.pickTime !== undefined)
    add(['warehouse', 'zones'], 'expected 1 when warehouse.pickTime replaces the detailed pick model');
  const tooFewPickers = (pickers: number): boolean => pickers > 0 && pickers < warehouse.zones;
  const perZone = `expected at least one picker per zone (${warehouse.zones})`;
  if (warehouse.shifts.some((shift) => shift.pickers === undefined) && tooFewPickers(warehouse.pickers))
    add(['warehouse', 'pickers'], perZone);
  warehouse.shifts.forEach((shift, index) => {
    if (shift.pickers !== undefined && tooFewPickers(shift.pickers)) add(['warehouse', 'shifts', index, 'pickers'], perZone);
  });

  const shiftLists: Array<[Array<string | number>, ReadonlyArray<{ start: string; end: string }>]> = [
    [['warehouse', 'shifts'], scenario.warehouse.shifts],
    [['processing', 'manual', 'shifts'], scenario.processing.manual.shifts],
  ];
  for (const [path, shifts] of shiftLists) {
    shifts.forEach((shift, index) => {
      if (shift.start === shift.end) add([...path, index, 'end'], 'expected an end different from the start');
    });
  }
  problems.push(...shippingProblems(scenario.shipping));
  return problems;
}
