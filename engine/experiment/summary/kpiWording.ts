import type { KpiName } from '../../kpi/definitions.js';

/**
 * How a change of a KPI is put into words: `rate` in percentage points, `utilization` as who is
 * more or less busy (in points), `money` and `level` relative to the baseline.
 */
export type ChangeKind = 'rate' | 'utilization' | 'money' | 'level';

/** A KPI in plain words: its label, how its changes are phrased, and who is busy (utilizations). */
export interface KpiWording {
  readonly label: string;
  readonly kind: ChangeKind;
  /** Who a utilization is about ("pickers"), used as "pickers are 3 points busier". */
  readonly who?: string;
}

// TEMPORARY: stream "shell" adds `label` and `unit` to KPI_DEFINITIONS (engine/kpi/definitions.ts);
// once merged, take the labels from there and keep only `kind` and `who` here.
/** Every KPI's wording for summary sentences. */
export const KPI_WORDING: Readonly<Record<KpiName, KpiWording>> = {
  ordersPlaced: { label: 'orders placed', kind: 'level' },
  ordersShipped: { label: 'orders shipped', kind: 'level' },
  cycleTimeHours: { label: 'cycle time', kind: 'level' },
  cycleTimeP50Hours: { label: 'median cycle time', kind: 'level' },
  cycleTimeP95Hours: { label: '95th percentile cycle time', kind: 'level' },
  deliveryTimeHours: { label: 'delivery time', kind: 'level' },
  onTimeRate: { label: 'on-time rate', kind: 'rate' },
  orderAccuracy: { label: 'order accuracy', kind: 'rate' },
  fillRate: { label: 'unit fill rate', kind: 'rate' },
  orderFillRate: { label: 'order fill rate', kind: 'rate' },
  oversellRate: { label: 'oversell rate', kind: 'rate' },
  stockoutEvents: { label: 'stock-outs', kind: 'level' },
  meanOnHandUnits: { label: 'stock on hand', kind: 'level' },
  meanBackorderUnits: { label: 'backordered units', kind: 'level' },
  lostSalesUnits: { label: 'lost sales (units)', kind: 'level' },
  pickWaitHours: { label: 'wait before picking', kind: 'level' },
  pickerUtilization: { label: 'picker utilization', kind: 'utilization', who: 'pickers' },
  packerUtilization: { label: 'packer utilization', kind: 'utilization', who: 'packers' },
  travelMetersPerLine: { label: 'picker travel per line', kind: 'level' },
  shippingCostPerOrder: { label: 'shipping cost per order', kind: 'money' },
  costPerOrder: { label: 'cost per order', kind: 'money' },
  returnRate: { label: 'return rate', kind: 'rate' },
  satisfaction: { label: 'customer satisfaction', kind: 'level' },
};
