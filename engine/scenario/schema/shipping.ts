import { z } from 'zod';
import { policyReference } from './policyReference.js';
import { clockTime, duration, fraction, money, weekdays } from './common.js';
import { durationDistribution } from './distribution.js';
import { freight } from './freight.js';
import { rateCard } from './rateCard.js';

const carrierService = z
  .strictObject({
    rateMultiplier: z.number().positive().default(1).describe('multiplies the carrier rate card for this service'),
    transitTime: durationDistribution.describe('transit time from pick-up to first delivery attempt, zone 2'),
    transitPerZone: duration.default('0s').describe('added transit time per zone above 2'),
    transitByZone: z
      .array(durationDistribution)
      .length(7)
      .optional()
      .describe('transit time per destination zone, zones 2 to 8 in order; replaces transitTime and transitPerZone'),
    rateCard,
    perKgOverRateCard: money
      .optional()
      .describe(
        "charge per kg of billable weight above the rate card's last weight break (required with a rate card; refused without one)",
      ),
  })
  // Without a rate card the carrier's own rates price every weight, so the charge would be ignored without a word.
  .refine((service) => service.perKgOverRateCard === undefined || service.rateCard !== undefined, {
    path: ['perKgOverRateCard'],
    message:
      "expected a rateCard beside it: it prices the weight above the rate card's last break (without a rate card, the carrier's rates apply)",
  });

/** A carrier: pick-up schedule, capacity, rate card and services. */
export const carrier = z.strictObject({
  name: z.string().min(1).describe('carrier name, unique'),
  cutoff: clockTime.default('15:00').describe("parcels labelled by this time make the same day's pick-up (at or before pickup)"),
  pickup: clockTime.default('17:00').describe('time of the daily pick-up (handover)'),
  days: weekdays.describe('days with a pick-up'),
  dailyCapacity: z.number().int().min(0).default(100_000).describe('parcels per pick-up; a full pick-up rolls parcels to the next'),
  rates: z
    .strictObject({
      base: money.default(6).describe('charge per parcel (money)'),
      perKg: money.default(0.8).describe('charge per kg of billable weight'),
      perZone: money.default(0.6).describe('charge per zone above zone 2'),
      residentialSurcharge: money.default(3.1).describe('charge per residential delivery (per parcel)'),
      fuelPercent: z.number().min(0).max(1000).default(0).describe('fuel surcharge, percent of the transport charge'),
      dimDivisor: z
        .number()
        .positive()
        .optional()
        .describe(
          'dimensional-weight divisor (cm³ per kg, e.g. 5000): billable weight = max(actual, volume / divisor) rounded up to a whole kg; unset: actual weight',
        ),
      oversize: z
        .strictObject({
          longestSideCm: z.number().positive().optional().describe('a parcel whose longest side passes this (cm) pays the fee'),
          billableKg: z.number().positive().optional().describe('a parcel whose billable weight passes this (kg) pays the fee'),
          fee: money.describe('oversize fee per parcel'),
        })
        .optional()
        .describe('oversize surcharge'),
    })
    .prefault({}),
  services: z.record(z.string(), carrierService).describe('services offered, by service name'),
});

/** Shipping: services and their promises, zones, carriers, labelling and selection. */
export const shipping = z.strictObject({
  services: z
    .record(
      z.string(),
      z.strictObject({ promise: duration.describe('delivery promise, counted from the first promise cut-off at or after placement') }),
    )
    .default({ ground: { promise: '5d' } })
    .describe('shipping services offered to customers'),
  promiseCutoff: clockTime
    .default('15:00')
    .describe('customer-facing cut-off: a delivery promise counts from the first such time at or after placement'),
  zoneWeights: z
    .array(z.number().min(0))
    .length(7)
    .default([0.15, 0.2, 0.2, 0.15, 0.12, 0.1, 0.08])
    .describe('relative share of destinations in zones 2 to 8'),
  carriers: z
    .array(carrier)
    .min(1)
    .prefault([{ name: 'carrier', services: { ground: { transitTime: { dist: 'triangular', min: '1d', mode: '2d', max: '4d' } } } }])
    .describe('carriers'),
  selection: policyReference().default('cheapest-on-time').describe('carrier-selection policy'),
  onTimeQuantile: fraction.default(0.9).describe('transit-time quantile that must meet the promise for a carrier to count as on time'),
  freight,
  labelling: z.enum(['automated', 'manual']).default('automated').describe('label generation mode'),
  labelTime: z
    .strictObject({
      automated: duration.default('5s').describe('label time when automated'),
      manual: duration.default('60s').describe('label time when manual'),
    })
    .prefault({}),
});
