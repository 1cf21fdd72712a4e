import type { KpiName } from '../../kpi/definitions.js';

/**
 * How a change of a KPI is put into words: `rate` in percentage points, `utilization` as who is
 * more or less busy (in points), `money` and `level` relative to the baseline.
 */
export type ChangeKind = 'rate' | 'utilization' | 'money' | 'level';

/** A KPI in plain words: its label, its unit, how its changes are phrased, and who is busy (utilizations). */
export interface KpiWording {
  readonly label: string;
  readonly kind: ChangeKind;
  /** The unit values are shown in ("h", "%"); empty for money (the scenario's currency) and plain counts of orders. */
  readonly unit: string;
  /** Who a utilization is about ("pickers"), used as "pickers are 3 points busier". */
  readonly who?: string;
}

// TEMPORARY: stream "shell" adds `label` and `unit` to KPI_DEFINITIONS (engine/kpi/definitions.ts);
// once merged, take labels and units from there and keep only `kind` and `who` here.
/** Every KPI's wording for summary sentences and the report. */
export const KPI_WORDING: Readonly<Record<KpiName, KpiWording>> = {
  ordersPlaced: { label: 'orders placed', unit: 'orders', kind: 'level' },
  ordersShipped: { label: 'orders shipped', unit: 'orders', kind: 'level' },
  cycleTimeHours: { label: 'cycle time', unit: 'h', kind: 'level' },
  cycleTimeP50Hours: { label: 'median cycle time', unit: 'h', kind: 'level' },
  cycleTimeP95Hours: { label: '95th percentile cycle time', unit: 'h', kind: 'level' },
  deliveryTimeHours: { label: 'delivery time', unit: 'h', kind: 'level' },
  onTimeRate: { label: 'on-time rate', unit: '%', kind: 'rate' },
  orderAccuracy: { label: 'order accuracy', unit: '%', kind: 'rate' },
  fillRate: { label: 'unit fill rate', unit: '%', kind: 'rate' },
  orderFillRate: { label: 'order fill rate', unit: '%', kind: 'rate' },
  oversellRate: { label: 'oversell rate', unit: '%', kind: 'rate' },
  stockoutEvents: { label: 'stock-outs', unit: 'events', kind: 'level' },
  meanOnHandUnits: { label: 'stock on hand', unit: 'units', kind: 'level' },
  meanBackorderUnits: { label: 'backordered units', unit: 'units', kind: 'level' },
  lostSalesUnits: { label: 'lost sales', unit: 'units', kind: 'level' },
  pickWaitHours: { label: 'wait before picking', unit: 'h', kind: 'level' },
  pickerUtilization: { label: 'picker utilization', unit: '%', kind: 'utilization', who: 'pickers' },
  packerUtilization: { label: 'packer utilization', unit: '%', kind: 'utilization', who: 'packers' },
  travelMetersPerLine: { label: 'picker travel per line', unit: 'm', kind: 'level' },
  shippingCostPerOrder: { label: 'shipping cost per order', unit: '', kind: 'money' },
  costPerOrder: { label: 'cost per order', unit: '', kind: 'money' },
  returnRate: { label: 'return rate', unit: '%', kind: 'rate' },
  satisfaction: { label: 'customer satisfaction', unit: 'score 1-5', kind: 'level' },
};
