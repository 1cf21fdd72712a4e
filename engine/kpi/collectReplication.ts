import type { Model } from '../model/buildModel.js';
import { seconds } from '../scenario/duration.js';
import { costCollector } from './collectors/cost.js';
import { flowCollector } from './collectors/flow.js';
import { inventoryCollector } from './collectors/inventory.js';
import { seriesCollector, type DailySeries } from './collectors/series.js';
import { serviceCollector } from './collectors/service.js';
import { warehouseCollector } from './collectors/warehouse.js';
import type { CollectorContext } from './collectors/Window.js';
import { KPI_NAMES, type KpiValues } from './definitions.js';

/** What one replication measured. */
export interface ReplicationMeasures {
  readonly kpis: KpiValues;
  readonly series: DailySeries;
}

/** Subscribes every KPI observer to a model before it runs; call the result after the run. */
export function collectReplication(model: Model): () => ReplicationMeasures {
  const { scenario, events, simulation, horizon, catalog } = model.context;
  const context: CollectorContext = { events, simulation, warmup: seconds(scenario.warmup), horizon, unitPrice: catalog.unitPrice };
  const finishers = [
    flowCollector(context),
    serviceCollector(context),
    inventoryCollector(context),
    warehouseCollector(context),
    costCollector(scenario.costs, scenario.returns.handlingCost, scenario.communication.contactCost)(context),
  ];
  const finishSeries = seriesCollector(context);
  return () => {
    const values: Partial<KpiValues> = Object.assign({}, ...finishers.map((finish) => finish()));
    const missing = KPI_NAMES.filter((name) => values[name] === undefined);
    if (missing.length > 0) throw new TypeError(`collectReplication: no collector for ${missing.join(', ')}`);
    return { kpis: values as KpiValues, series: finishSeries() };
  };
}
