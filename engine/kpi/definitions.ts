/** Which way a KPI improves (used by comparisons). */
export type Direction = 'higher' | 'lower' | 'neither';

/** A KPI as SPEC.md defines it. */
export interface KpiDefinition {
  readonly name: string;
  readonly definition: string;
  readonly direction: Direction;
}

/** Every KPI, named and defined exactly as in SPEC.md, in report order. */
export const KPI_DEFINITIONS = [
  { name: 'ordersPlaced', definition: 'orders placed in the measured window', direction: 'neither' },
  { name: 'ordersShipped', definition: 'of those, handed to a carrier before the horizon', direction: 'higher' },
  { name: 'cycleTimeHours', definition: 'mean hours from placement to carrier handover', direction: 'lower' },
  { name: 'cycleTimeP50Hours', definition: 'median hours from placement to carrier handover', direction: 'lower' },
  { name: 'cycleTimeP95Hours', definition: '95th percentile hours from placement to carrier handover', direction: 'lower' },
  { name: 'deliveryTimeHours', definition: 'mean hours from placement to delivery', direction: 'lower' },
  {
    name: 'onTimeRate',
    definition:
      'orders delivered by their promise / orders whose promise fell inside the run (one still undelivered past its promise at the horizon counts as late)',
    direction: 'higher',
  },
  { name: 'orderAccuracy', definition: 'delivered orders with exactly the right items / delivered orders', direction: 'higher' },
  { name: 'fillRate', definition: 'units filled from on-hand at allocation / units demanded', direction: 'higher' },
  { name: 'orderFillRate', definition: 'orders all of whose lines were filled at allocation / orders', direction: 'higher' },
  {
    name: 'oversellRate',
    definition:
      'orders with a line the channel showed in stock (its view syncDelay old) that on hand could not cover at allocation / orders reaching allocation',
    direction: 'lower',
  },
  { name: 'stockoutEvents', definition: "times a SKU's on-hand fell to zero", direction: 'lower' },
  { name: 'meanOnHandUnits', definition: 'time-average units on hand, all SKUs', direction: 'neither' },
  { name: 'meanBackorderUnits', definition: 'time-average units backordered, all SKUs', direction: 'lower' },
  { name: 'lostSalesUnits', definition: 'units lost (lost-sale mode)', direction: 'lower' },
  { name: 'pickWaitHours', definition: 'mean hours an order waits from release to the start of its pick', direction: 'lower' },
  { name: 'pickerUtilization', definition: 'picker busy time / time on shift', direction: 'neither' },
  { name: 'packerUtilization', definition: 'packer busy time / time on shift', direction: 'neither' },
  { name: 'travelMetersPerLine', definition: 'picker travel distance / lines picked', direction: 'lower' },
  { name: 'shippingCostPerOrder', definition: 'carrier charges / orders shipped', direction: 'lower' },
  { name: 'costPerOrder', definition: 'all costs (labour, shipping, holding, penalties) / orders shipped', direction: 'lower' },
  {
    name: 'returnRate',
    definition: 'orders returned / delivered orders whose return window closed inside the run (so it does not depend on the horizon)',
    direction: 'lower',
  },
  { name: 'satisfaction', definition: 'mean customer score, 1 to 5', direction: 'higher' },
] as const satisfies readonly KpiDefinition[];

/** A KPI name. */
export type KpiName = (typeof KPI_DEFINITIONS)[number]['name'];

/** Every KPI name, in report order. */
export const KPI_NAMES: readonly KpiName[] = KPI_DEFINITIONS.map((kpi) => kpi.name);

/** One replication's value of every KPI (NaN where undefined, e.g. no delivered order). */
export type KpiValues = Record<KpiName, number>;
