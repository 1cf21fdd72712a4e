import type { Histogram } from '../kpi/collectors/histograms.js';
import { JOURNEY_STEPS, type JourneyStep } from '../kpi/collectors/journey.js';
import { summarize, type Summary } from '../stats/summary.js';
import type { ReplicationResult } from './runReplication.js';

/** Per-carrier results across replications. */
export interface CarrierSummary {
  readonly carrier: string;
  /** Measured orders handed to the carrier, per replication. */
  readonly parcels: Summary;
  /** Carrier charges / parcels. */
  readonly costPerParcel: Summary;
  /** Parcels delivered by the promise / parcels delivered. */
  readonly onTimeRate: Summary;
}

/** Per-customer-tier results across replications. */
export interface TierSummary {
  readonly tier: string;
  /** Measured orders placed, per replication. */
  readonly orders: Summary;
  /** Orders with a line backordered at allocation / orders. */
  readonly backorderedShare: Summary;
  /** Orders shipped without some units (cancelled under partial shipments) / orders. */
  readonly shippedShortShare: Summary;
  /** Orders delivered by the promise / orders delivered. */
  readonly onTimeRate: Summary;
  /** Orders delivered by the promise / orders whose promise fell before the horizon (late and undelivered count against it). */
  readonly promiseKeptRate: Summary;
}

/** Supplementary results across replications (not KPIs; see README, Results). */
export interface Breakdown {
  /** Mean hours measured orders spend in each step of the journey. */
  readonly journeyHours: Record<JourneyStep, Summary>;
  readonly carriers: CarrierSummary[];
  /** Cycle- and delivery-time histograms, counts summed over replications. */
  readonly histograms: { readonly cycleTimeHours: Histogram; readonly deliveryTimeHours: Histogram };
  /** Forecast-driven replenishment only: forecast error per SKU and review period (means null otherwise). */
  readonly forecastAccuracy: { readonly mae: Summary; readonly mape: Summary; readonly bias: Summary };
  readonly tiers: TierSummary[];
}

function pooled(histograms: readonly Histogram[]): Histogram {
  const first = histograms[0] as Histogram;
  return {
    binWidth: first.binWidth,
    counts: first.counts.map((_, bin) => histograms.reduce((sum, histogram) => sum + (histogram.counts[bin] as number), 0)),
  };
}

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : NaN);

/** Summarises the breakdowns of all replications. */
export function aggregateBreakdown(results: readonly ReplicationResult[]): Breakdown {
  const first = results[0] as ReplicationResult;
  return {
    journeyHours: Object.fromEntries(
      JOURNEY_STEPS.map((step) => [step, summarize(results.map((result) => result.breakdown.journeyHours[step]))]),
    ) as Record<JourneyStep, Summary>,
    carriers: Object.keys(first.breakdown.carriers).map((carrier) => {
      const tallies = results.map((result) => result.breakdown.carriers[carrier] ?? { parcels: 0, charges: 0, delivered: 0, onTime: 0 });
      return {
        carrier,
        parcels: summarize(tallies.map((tally) => tally.parcels)),
        costPerParcel: summarize(tallies.map((tally) => share(tally.charges, tally.parcels))),
        onTimeRate: summarize(tallies.map((tally) => share(tally.onTime, tally.delivered))),
      };
    }),
    histograms: {
      cycleTimeHours: pooled(results.map((result) => result.breakdown.histograms.cycleTimeHours)),
      deliveryTimeHours: pooled(results.map((result) => result.breakdown.histograms.deliveryTimeHours)),
    },
    forecastAccuracy: {
      mae: summarize(results.map((result) => result.breakdown.forecastAccuracy.mae)),
      mape: summarize(results.map((result) => result.breakdown.forecastAccuracy.mape)),
      bias: summarize(results.map((result) => result.breakdown.forecastAccuracy.bias)),
    },
    tiers: Object.keys(first.breakdown.tiers).map((tier) => {
      const tallies = results.map(
        (result) =>
          result.breakdown.tiers[tier] ?? { orders: 0, backordered: 0, shippedShort: 0, delivered: 0, onTime: 0, due: 0, promisesKept: 0 },
      );
      return {
        tier,
        orders: summarize(tallies.map((tally) => tally.orders)),
        backorderedShare: summarize(tallies.map((tally) => share(tally.backordered, tally.orders))),
        shippedShortShare: summarize(tallies.map((tally) => share(tally.shippedShort, tally.orders))),
        onTimeRate: summarize(tallies.map((tally) => share(tally.onTime, tally.delivered))),
        promiseKeptRate: summarize(tallies.map((tally) => share(tally.promisesKept, tally.due))),
      };
    }),
  };
}
