import { buildModel } from '../model/buildModel.js';
import { collectReplication, type ReplicationBreakdown } from '../kpi/collectReplication.js';
import type { DailySeries } from '../kpi/collectors/series.js';
import type { SkuTally } from '../kpi/collectors/skus.js';
import type { WarehouseDetail } from '../kpi/collectors/warehouseDetail.js';
import type { DecisionTiming, PolicyObserver } from '../policies/instrumentPolicy.js';
import type { PolicyFamilyName } from '../policies/PolicyOfFamily.js';
import type { RoutingLayout } from '../domain/RoutingLayout.js';
import type { KpiValues } from '../kpi/definitions.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { orderRecorder } from './orderRecords.js';
import { estimateReplication } from './workEstimate.js';
import type { OrderColumns } from './orderColumns.js';

/** Options of one replication. */
export interface ReplicationOptions {
  /** Base seed; default the scenario's. */
  readonly seed?: number;
  /** Keep one record per order (for the per-order CSV). */
  readonly recordOrders?: boolean;
  /** Watches (traces, times) every policy decision; decisions and results are unchanged. */
  readonly observer?: PolicyObserver;
}

/** The result of one replication: KPIs, daily series and run statistics. */
export interface ReplicationResult {
  readonly replication: number;
  readonly kpis: KpiValues;
  readonly series: DailySeries;
  readonly breakdown: ReplicationBreakdown;
  /** Per-SKU tallies (index = SKU id). */
  readonly skus: SkuTally[];
  /** Picker time by hour of day and a sample batch of pick locations. */
  readonly warehouse: WarehouseDetail;
  /** The floor the picks were made on. */
  readonly layout: RoutingLayout;
  /** Unit price of each SKU in this replication's catalog. */
  readonly unitPrice: Float64Array;
  /** The user's code of each SKU (a SKU master's, or a replayed history's; "" for a SKU without one); absent for a synthetic catalog. */
  readonly skuCodes?: readonly string[];
  /** A SKU master's zone of each SKU; absent without a zone column. */
  readonly skuZones?: readonly string[];
  readonly eventsProcessed: number;
  readonly ordersSimulated: number;
  /** The per-order records (one row per placed order, by id), when asked for. */
  readonly orders?: OrderColumns;
  /** Calls and wall-clock time per policy family, when the run was timed (benchmarks only: not reproducible). */
  readonly policyTiming?: Partial<Record<PolicyFamilyName, DecisionTiming>>;
}

/** Runs replication `replication` of a validated scenario: a pure function of (scenario, seed, index). */
export function runReplication(scenario: Scenario, replication: number, options: ReplicationOptions = {}): ReplicationResult {
  const model = buildModel(scenario, replication, { seed: options.seed, observer: options.observer });
  const finish = collectReplication(model);
  let ordersSimulated = 0;
  model.context.events.on('orderPlaced', () => ordersSimulated++);
  const records = options.recordOrders === true ? orderRecorder(model, estimateReplication(scenario, true).orders) : undefined;
  model.run();
  const { kpis, series, breakdown, skus, warehouse } = finish();
  const base = {
    replication,
    kpis,
    series,
    breakdown,
    skus,
    warehouse,
    layout: model.layout.routing,
    unitPrice: model.context.catalog.unitPrice,
    eventsProcessed: model.context.simulation.eventsProcessed,
    ordersSimulated,
  };
  const { codes, zones } = model.context.catalog;
  // Only when the catalog has them, so that a synthetic catalog's results keep their exact bytes.
  const labelled = { ...base, ...(codes === undefined ? {} : { skuCodes: codes }), ...(zones === undefined ? {} : { skuZones: zones }) };
  const timing = options.observer?.timing;
  const timed = timing === undefined ? labelled : { ...labelled, policyTiming: timing };
  return records === undefined ? timed : { ...timed, orders: records() };
}
