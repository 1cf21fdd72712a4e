import { z } from 'zod';
import { JOURNEY_STEPS } from '../../kpi/collectors/journey.js';
import { KPI_NAMES } from '../../kpi/definitions.js';
import { currencyCode, targetBand } from '../../scenario/schema/reporting.js';

/** Most replications a report accepts per scenario (bounds the embedded data). */
export const MAX_REPORT_REPLICATIONS = 10_000;
/** Most days of a daily series, and bins of a histogram, a report accepts. */
export const MAX_REPORT_POINTS = 100_000;

const value = z.number().nullable();
const summary = z.object({
  mean: value,
  sd: value,
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  values: z.array(value).max(MAX_REPORT_REPLICATIONS),
});
const points = z.array(z.number()).max(MAX_REPORT_POINTS);
const histogram = z.object({ binWidth: z.number().positive(), counts: points });

/**
 * The part of a scenario's result document (`fulfill run --out`) a report shows: the summary,
 * the comparison and the charts. Parsing keeps only these fields, so the report stays small
 * (no per-SKU tables) and its page can trust what it draws.
 */
export const reportResultSchema = z.object({
  scenario: z.string().min(1).max(200),
  description: z.string().max(10_000).default(''),
  seed: z.number().int(),
  replications: z.number().int().min(0).max(MAX_REPORT_REPLICATIONS),
  horizonDays: z.number().nonnegative(),
  warmupDays: z.number().nonnegative(),
  kpis: z.object(Object.fromEntries(KPI_NAMES.map((kpi) => [kpi, summary]))),
  // As the scenario set them: money is shown in its currency, KPIs against its targets.
  currency: currencyCode.optional(),
  targets: z.partialRecord(z.enum(KPI_NAMES), targetBand).optional(),
  series: z.object({
    day: points,
    ordersPlaced: points,
    ordersShipped: points,
    backlogOrders: points,
    onHandUnits: points,
    backorderUnits: points,
    stockoutEvents: points,
  }),
  breakdown: z.object({
    journeyHours: z.object(Object.fromEntries(JOURNEY_STEPS.map((step) => [step, summary]))),
    histograms: z.object({ cycleTimeHours: histogram, deliveryTimeHours: histogram }),
  }),
});

/** What a report keeps of one scenario's result. */
export type ReportResult = z.infer<typeof reportResultSchema>;
