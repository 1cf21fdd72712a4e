/** Which way a KPI improves (used by comparisons). */
export type Direction = 'higher' | 'lower' | 'neither';

/** What a KPI counts or measures, deciding how it is formatted for people. */
export type KpiUnit = 'orders' | 'hours' | 'rate' | 'units' | 'events' | 'metres' | 'money' | 'score';

/** The dashboard's areas, each a page of its KPIs, in the order the navigation shows them. */
export const KPI_AREAS = [
  { id: 'service', title: 'Service' },
  { id: 'inventory', title: 'Inventory' },
  { id: 'warehouse', title: 'Warehouse' },
  { id: 'shipping', title: 'Shipping' },
  { id: 'returns', title: 'Returns and customers' },
  { id: 'costs', title: 'Costs' },
] as const;

/** An area's id (its dashboard route). */
export type KpiArea = (typeof KPI_AREAS)[number]['id'];

/** A KPI as SPEC.md defines it, with the words, unit and area people see it under. */
export interface KpiDefinition {
  /** The identifier used in JSON, CSV and `--set` paths (never shown to people as a label). */
  readonly name: string;
  /** Human words for the KPI (a card title, a table row). */
  readonly label: string;
  readonly unit: KpiUnit;
  readonly area: KpiArea;
  readonly definition: string;
  readonly direction: Direction;
}

/** Every KPI, named and defined exactly as in SPEC.md, in report order, with its label, unit and area. */
export const KPI_DEFINITIONS = [
  {
    name: 'ordersPlaced',
    label: 'Orders placed',
    unit: 'orders',
    area: 'service',
    definition: 'orders placed in the measured window',
    direction: 'neither',
  },
  {
    name: 'ordersShipped',
    label: 'Orders shipped',
    unit: 'orders',
    area: 'shipping',
    definition: 'of those, handed to a carrier before the horizon',
    direction: 'higher',
  },
  {
    name: 'cycleTimeHours',
    label: 'Cycle time, mean',
    unit: 'hours',
    area: 'service',
    definition: 'mean hours from placement to carrier handover',
    direction: 'lower',
  },
  {
    name: 'cycleTimeP50Hours',
    label: 'Cycle time, median',
    unit: 'hours',
    area: 'service',
    definition: 'median hours from placement to carrier handover',
    direction: 'lower',
  },
  {
    name: 'cycleTimeP95Hours',
    label: 'Cycle time, 95th percentile',
    unit: 'hours',
    area: 'service',
    definition: '95th percentile hours from placement to carrier handover',
    direction: 'lower',
  },
  {
    name: 'deliveryTimeHours',
    label: 'Delivery time, mean',
    unit: 'hours',
    area: 'shipping',
    definition: 'mean hours from placement to delivery',
    direction: 'lower',
  },
  {
    name: 'onTimeRate',
    label: 'On-time delivery',
    unit: 'rate',
    area: 'service',
    definition:
      'orders delivered by their promise / orders whose promise fell inside the run (one still undelivered past its promise at the horizon counts as late)',
    direction: 'higher',
  },
  {
    name: 'orderAccuracy',
    label: 'Order accuracy',
    unit: 'rate',
    area: 'warehouse',
    definition: 'delivered orders with exactly the right items / delivered orders',
    direction: 'higher',
  },
  {
    name: 'fillRate',
    label: 'Unit fill rate',
    unit: 'rate',
    area: 'inventory',
    definition: 'units filled from on-hand at allocation / units demanded',
    direction: 'higher',
  },
  {
    name: 'orderFillRate',
    label: 'Order fill rate',
    unit: 'rate',
    area: 'inventory',
    definition: 'orders all of whose lines were filled at allocation / orders',
    direction: 'higher',
  },
  {
    name: 'oversellRate',
    label: 'Oversold orders',
    unit: 'rate',
    area: 'inventory',
    definition:
      'orders with a line the channel showed in stock (its view syncDelay old) that on hand could not cover at allocation / orders reaching allocation',
    direction: 'lower',
  },
  {
    name: 'stockoutEvents',
    label: 'Stock-outs',
    unit: 'events',
    area: 'inventory',
    definition: "times a SKU's on-hand fell to zero",
    direction: 'lower',
  },
  {
    name: 'meanOnHandUnits',
    label: 'Units on hand, average',
    unit: 'units',
    area: 'inventory',
    definition: 'time-average units on hand, all SKUs',
    direction: 'neither',
  },
  {
    name: 'meanBackorderUnits',
    label: 'Units backordered, average',
    unit: 'units',
    area: 'inventory',
    definition: 'time-average units backordered, all SKUs',
    direction: 'lower',
  },
  {
    name: 'lostSalesUnits',
    label: 'Lost sales',
    unit: 'units',
    area: 'inventory',
    definition: 'units lost (lost-sale mode)',
    direction: 'lower',
  },
  {
    name: 'pickWaitHours',
    label: 'Wait before picking',
    unit: 'hours',
    area: 'warehouse',
    definition: 'mean hours an order waits from release to the start of its pick',
    direction: 'lower',
  },
  {
    name: 'pickerUtilization',
    label: 'Pickers busy',
    unit: 'rate',
    area: 'warehouse',
    definition: 'picker busy time / time on shift',
    direction: 'neither',
  },
  {
    name: 'packerUtilization',
    label: 'Packers busy',
    unit: 'rate',
    area: 'warehouse',
    definition: 'packer busy time / time on shift',
    direction: 'neither',
  },
  {
    name: 'travelMetersPerLine',
    label: 'Picker walk per line',
    unit: 'metres',
    area: 'warehouse',
    definition: 'picker travel distance / lines picked',
    direction: 'lower',
  },
  {
    name: 'shippingCostPerOrder',
    label: 'Shipping cost per order',
    unit: 'money',
    area: 'costs',
    definition: 'carrier charges / orders shipped',
    direction: 'lower',
  },
  {
    name: 'costPerOrder',
    label: 'Cost per order',
    unit: 'money',
    area: 'costs',
    definition: 'all costs (labour, shipping, holding, penalties) / orders shipped',
    direction: 'lower',
  },
  {
    name: 'returnRate',
    label: 'Return rate',
    unit: 'rate',
    area: 'returns',
    definition: 'orders returned / delivered orders whose return window closed inside the run (so it does not depend on the horizon)',
    direction: 'lower',
  },
  {
    name: 'satisfaction',
    label: 'Customer satisfaction',
    unit: 'score',
    area: 'returns',
    definition: 'mean customer score, 1 to 5',
    direction: 'higher',
  },
] as const satisfies readonly KpiDefinition[];

/** A KPI name. */
export type KpiName = (typeof KPI_DEFINITIONS)[number]['name'];

/** Every KPI name, in report order. */
export const KPI_NAMES: readonly KpiName[] = KPI_DEFINITIONS.map((kpi) => kpi.name);

/** One replication's value of every KPI (NaN where undefined, e.g. no delivered order). */
export type KpiValues = Record<KpiName, number>;

/** A KPI's definition by name. */
export function kpiDefinition(name: KpiName): (typeof KPI_DEFINITIONS)[number] {
  return KPI_DEFINITIONS.find((kpi) => kpi.name === name) as (typeof KPI_DEFINITIONS)[number];
}
