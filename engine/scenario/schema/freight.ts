import { z } from 'zod';
import { clockTime, duration, money, weekdays } from './common.js';
import { durationDistribution } from './distribution.js';

/** Freight (LTL): heavy or large orders ship as pallets with their own carrier, rates and pick-ups. */
export const freight = z
  .strictObject({
    carrier: z.string().min(1).default('freight').describe('freight carrier name, shown as the carrier of freight orders'),
    overWeightKg: z.number().positive().optional().describe('orders heavier than this (kg) ship as freight'),
    overUnits: z.number().int().min(1).optional().describe('orders of more units than this ship as freight'),
    // Floors catch cubic metres or tonnes given by mistake (1.5 for 1,500 L would make 1,000 times the pallets).
    palletLitres: z
      .number()
      .min(10, 'expected at least 10 litres (litres, not cubic metres)')
      .default(1500)
      .describe('usable volume of one pallet (litres)'),
    palletMaxKg: z.number().min(10, 'expected at least 10 kg (kg, not tonnes)').default(800).describe('most weight on one pallet (kg)'),
    ratePerPallet: money.default(0).describe('charge per pallet'),
    ratePer100Kg: money.default(0).describe('charge per 100 kg of order weight'),
    minimumCharge: money.default(0).describe('least charge per freight shipment'),
    fuelPercent: z.number().min(0).max(1000).default(0).describe('fuel surcharge, percent of the freight charge'),
    palletBuildTime: duration.default('15m').describe('time to build and wrap one pallet, added at packing'),
    cutoff: clockTime.default('12:00').describe("freight packed by this time makes the same day's pick-up (at or before pickup)"),
    pickup: clockTime.default('16:00').describe('time of the freight pick-up'),
    days: weekdays.describe('days with a freight pick-up'),
    dailyCapacity: z.number().int().min(0).default(100_000).describe('shipments per pick-up; a full pick-up rolls shipments to the next'),
    transitTime: durationDistribution
      .default({ dist: 'triangular', min: '1d', mode: '2d', max: '4d' })
      .describe('transit time from pick-up to delivery, zone 2'),
    transitPerZone: duration.default('0s').describe('added transit time per zone above 2'),
  })
  .optional()
  .describe('freight (LTL): orders over a weight or unit threshold ship as pallets, skipping parcel carrier selection');
