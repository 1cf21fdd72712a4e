import { JOURNEY_STEPS } from '../../engine/kpi/collectors/journey.js';
import { KPI_NAMES } from '../../engine/kpi/definitions.js';

const summary = { mean: 1, sd: 0, ci95: [1, 1], values: [1, 1] };

/** A scenario result document with every field the report and the dashboard read (and one they do not: `inventory`). */
export function resultDocument(scenario: string): Record<string, unknown> {
  const series = [1, 2, 3];
  return {
    scenario,
    description: 'a scenario',
    seed: 7,
    replications: 2,
    horizonDays: 3,
    warmupDays: 1,
    kpis: Object.fromEntries(KPI_NAMES.map((kpi) => [kpi, summary])),
    series: {
      day: [0, 1, 2],
      ordersPlaced: series,
      ordersShipped: series,
      backlogOrders: series,
      onHandUnits: series,
      backorderUnits: series,
      stockoutEvents: series,
    },
    breakdown: {
      journeyHours: Object.fromEntries(JOURNEY_STEPS.map((step) => [step, summary])),
      histograms: { cycleTimeHours: { binWidth: 2, counts: [1, 2] }, deliveryTimeHours: { binWidth: 6, counts: [3] } },
    },
    inventory: { skus: ['not embedded'] },
  };
}
