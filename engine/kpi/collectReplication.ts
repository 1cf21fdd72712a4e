import type { Model } from '../model/buildModel.js';
import { carrierCollector, type CarrierTally } from './collectors/carriers.js';
import { costCollector } from './collectors/cost.js';
import { flowCollector } from './collectors/flow.js';
import type { ForecastAccuracy } from '../forecast/forecastAccuracy.js';
import { forecastAccuracyCollector } from './collectors/forecastAccuracy.js';
import { histogramCollector, type Histogram } from './collectors/histograms.js';
import { inventoryCollector } from './collectors/inventory.js';
import { oversellCollector } from './collectors/oversells.js';
import { journeyCollector, type JourneyStep } from './collectors/journey.js';
import { skuCollector, type SkuTally } from './collectors/skus.js';
import { warehouseDetailCollector, type WarehouseDetail } from './collectors/warehouseDetail.js';
import { seriesCollector, type DailySeries } from './collectors/series.js';
import { serviceCollector } from './collectors/service.js';
import { tierCollector, type TierTally } from './collectors/tiers.js';
import { warehouseCollector } from './collectors/warehouse.js';
import type { CollectorContext } from './collectors/CollectorContext.js';
import { KPI_NAMES, type KpiValues } from './definitions.js';
import { returnWindowSeconds } from './returnWindow.js';

/** Supplementary results of one replication: where time goes, per-carrier tallies, distributions. */
export interface ReplicationBreakdown {
  readonly journeyHours: Record<JourneyStep, number>;
  readonly carriers: Record<string, CarrierTally>;
  readonly histograms: { readonly cycleTimeHours: Histogram; readonly deliveryTimeHours: Histogram };
  readonly forecastAccuracy: ForecastAccuracy;
  readonly tiers: Record<string, TierTally>;
}

/** What one replication measured. */
export interface ReplicationMeasures {
  readonly kpis: KpiValues;
  readonly series: DailySeries;
  readonly breakdown: ReplicationBreakdown;
  readonly skus: SkuTally[];
  readonly warehouse: WarehouseDetail;
}

/** Subscribes every KPI observer to a model before it runs; call the result after the run. */
export function collectReplication(model: Model): () => ReplicationMeasures {
  const { scenario } = model;
  const { events, simulation, horizon, catalog } = model.context;
  const context: CollectorContext = { events, simulation, warmup: scenario.run.warmup, horizon, unitPrice: catalog.unitPrice };
  const finishers = [
    flowCollector(context),
    serviceCollector(returnWindowSeconds(scenario.returns.decisionTime))(context),
    inventoryCollector(context),
    oversellCollector(context),
    warehouseCollector(context),
    costCollector(scenario.costs, scenario.costs.returnHandlingCost, scenario.costs.contactCost)(context),
  ];
  const finishSeries = seriesCollector(context);
  const finishJourney = journeyCollector(context);
  const finishCarriers = carrierCollector(
    context,
    scenario.shipping.carriers.map((carrier) => carrier.name),
  );
  const finishHistograms = histogramCollector(context);
  const finishForecasts = forecastAccuracyCollector(context);
  const finishTiers = tierCollector(context, [...scenario.placement.tierRank.keys()]);
  const finishSkus = skuCollector(context, catalog.size);
  const finishWarehouse = warehouseDetailCollector(context, model.layout);
  return () => {
    const values = finishers.reduce<Partial<KpiValues>>((all, finish) => Object.assign(all, finish()), {});
    const missing = KPI_NAMES.filter((name) => values[name] === undefined);
    if (missing.length > 0) throw new TypeError(`collectReplication: no collector for ${missing.join(', ')}`);
    return {
      kpis: values as KpiValues,
      series: finishSeries(),
      breakdown: {
        journeyHours: finishJourney(),
        carriers: finishCarriers(),
        histograms: finishHistograms(),
        forecastAccuracy: finishForecasts(),
        tiers: finishTiers(),
      },
      skus: finishSkus(),
      warehouse: finishWarehouse(),
    };
  };
}
