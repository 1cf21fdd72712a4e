import type { KpiName } from '../../kpi/definitions.js';

/**
 * How a change of a KPI is put into words: `rate` in percentage points, `utilization` as who is
 * more or less busy (in points), `money` and `level` relative to the baseline.
 */
export type ChangeKind = 'rate' | 'utilization' | 'money' | 'level';

/**
 * A KPI as it reads inside a sentence ("cuts cycle time by 4.6%"), how its changes are phrased,
 * and who is busy (utilizations). Headings, units and definitions come from KPI_DEFINITIONS
 * (engine/kpi/definitions.ts); this is only the sentence form of its label.
 */
export interface KpiWording {
  /** The label in lower case as a sentence uses it. */
  readonly phrase: string;
  readonly kind: ChangeKind;
  /** Who a utilization is about ("pickers"), used as "pickers are 3 points busier". */
  readonly who?: string;
}

/** Every KPI's sentence wording for summary sentences and the report. */
export const KPI_WORDING: Readonly<Record<KpiName, KpiWording>> = {
  ordersPlaced: { phrase: 'orders placed', kind: 'level' },
  ordersShipped: { phrase: 'orders shipped', kind: 'level' },
  cycleTimeHours: { phrase: 'cycle time', kind: 'level' },
  cycleTimeP50Hours: { phrase: 'median cycle time', kind: 'level' },
  cycleTimeP95Hours: { phrase: '95th percentile cycle time', kind: 'level' },
  deliveryTimeHours: { phrase: 'delivery time', kind: 'level' },
  onTimeRate: { phrase: 'on-time rate', kind: 'rate' },
  orderAccuracy: { phrase: 'order accuracy', kind: 'rate' },
  fillRate: { phrase: 'unit fill rate', kind: 'rate' },
  orderFillRate: { phrase: 'order fill rate', kind: 'rate' },
  oversellRate: { phrase: 'oversell rate', kind: 'rate' },
  stockoutEvents: { phrase: 'stock-outs', kind: 'level' },
  meanOnHandUnits: { phrase: 'stock on hand', kind: 'level' },
  meanBackorderUnits: { phrase: 'backordered units', kind: 'level' },
  lostSalesUnits: { phrase: 'lost sales', kind: 'level' },
  pickWaitHours: { phrase: 'wait before picking', kind: 'level' },
  pickerUtilization: { phrase: 'picker utilization', kind: 'utilization', who: 'pickers' },
  packerUtilization: { phrase: 'packer utilization', kind: 'utilization', who: 'packers' },
  travelMetersPerLine: { phrase: 'picker travel per line', kind: 'level' },
  shippingCostPerOrder: { phrase: 'shipping cost per order', kind: 'money' },
  costPerOrder: { phrase: 'cost per order', kind: 'money' },
  returnRate: { phrase: 'return rate', kind: 'rate' },
  satisfaction: { phrase: 'customer satisfaction', kind: 'level' },
};
