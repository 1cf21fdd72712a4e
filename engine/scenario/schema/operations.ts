import { z } from 'zod';
import { policyReference } from './policyReference.js';
import { duration, fraction, shift } from './common.js';
import { durationDistribution } from './distribution.js';
import { aislePositions } from './aislePositions.js';

const clerkShift = shift.extend({
  clerks: z.number().int().min(0).optional().describe('clerks on this shift (default: processing.manual.clerks)'),
});

const warehouseShift = shift.extend({
  pickers: z.number().int().min(0).optional().describe('pickers on this shift (default: warehouse.pickers)'),
  packers: z.number().int().min(0).optional().describe('packers on this shift (default: warehouse.packers)'),
});

/** Processing: verification and order entry, fraud/address holds. */
export const processing = z.strictObject({
  automated: z
    .strictObject({
      time: durationDistribution.default({ dist: 'constant', value: '30s' }).describe('time to verify an order automatically'),
      errorRate: fraction.default(0.0005).describe('share of orders entered wrongly (wrong item later)'),
    })
    .prefault({}),
  manual: z
    .strictObject({
      time: durationDistribution
        .default({ dist: 'triangular', min: '8m', mode: '12m', max: '16m' })
        .describe('clerk time to key and verify one order'),
      errorRate: fraction.default(0.02).describe('share of orders keyed wrongly (wrong item later)'),
      clerks: z.number().int().min(0).default(6).describe('clerks per shift'),
      shifts: z
        .array(clerkShift)
        .min(1)
        .default([{ start: '08:00', end: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }])
        .describe('clerk shifts'),
    })
    .prefault({}),
  hold: z
    .strictObject({
      share: fraction.default(0.16).describe('share of orders held for payment/address/fraud review'),
      time: durationDistribution.default({ dist: 'triangular', min: '1h', mode: '2h', max: '4h' }).describe('time from hold to decision'),
      acceptRate: fraction.default(0.82).describe('share of held orders released; the rest are cancelled'),
    })
    .prefault({}),
  prioritization: policyReference()
    .default('fifo')
    .describe('queue order for clerks, pickers and packers (and the key of priority allocation)'),
  priorityWeights: z
    .strictObject({
      dueHours: z.number().default(1).describe('per hour until the promise'),
      value: z.number().default(0).describe('per unit of order value (subtracted: valuable first)'),
      tierRank: z.number().default(0).describe('per step of customer tier rank'),
      promiseHours: z.number().default(0).describe('per hour from placement to the promise (short promises first)'),
      ageHours: z.number().default(0).describe('per hour since placement (subtracted: older first)'),
    })
    .prefault({})
    .describe('weights of the weighted prioritization score (lower first)'),
});

/** Picking and packing. */
export const warehouse = z.strictObject({
  layout: z
    .strictObject({
      aisles: z.number().int().min(1).max(500).default(15).describe('number of parallel aisles'),
      aisleLength: z.number().positive().max(10_000).default(30).describe('aisle length between front and back cross aisles (m)'),
      aisleSpacing: z.number().positive().max(1_000).default(3).describe('centre-to-centre distance between aisles (m)'),
      aisleX: aislePositions
        .optional()
        .describe(
          'aisles at uneven positions: the centre x of each aisle (m), strictly increasing, one per aisle (replaces aisleSpacing; front-left depot at the first, front-middle midway between the outermost)',
        ),
      slotPitch: z.number().min(0.01).max(1_000).default(1).describe('length of one storage slot along an aisle (m)'),
      levels: z.number().int().min(1).max(100).default(4).describe('shelf levels per slot position'),
      depot: z.enum(['front-left', 'front-middle']).default('front-left').describe('where tours start and end'),
      blocks: z
        .number()
        .int()
        .min(1)
        .max(3)
        .default(1)
        .describe('blocks along the aisles: 2 or 3 add evenly spaced middle cross aisles (only optimal routing turns into them)'),
    })
    .prefault({}),
  zones: z
    .number()
    .int()
    .min(1)
    .default(1)
    .describe(
      'pick zones: neighbouring aisles split into this many zones, each with its own pickers and depot; an order is picked in its zones in parallel',
    ),
  slotting: z
    .enum(['file', 'popularity', 'abc', 'random'])
    .default('popularity')
    .describe(
      'SKU-to-slot assignment: the SKU master\'s own locations ("file", the default when catalog.file gives locations), by popularity, by ABC zones (A: top 80% of lines, B: next 15%) with random places inside, or random; with a located SKU master the last three re-slot its SKUs over its own locations',
    ),
  pickers: z.number().int().min(0).default(6).describe('pickers per shift'),
  packers: z.number().int().min(0).default(7).describe('packers per shift'),
  shifts: z
    .array(warehouseShift)
    .min(1)
    .default([{ start: '00:00', end: '24:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }])
    .describe('warehouse shifts (pickers and packers); overlapping shifts add up'),
  routing: policyReference().default('s-shape').describe('picker routing policy'),
  batching: z
    .strictObject({
      policy: policyReference().default('single').describe('batching policy: how orders share pick tours'),
      cartCapacity: z.number().int().min(1).default(10).describe('orders per cart (tour)'),
      window: duration.default('30m').describe('time-window: wave length; orders released in a wave wait for it to close'),
      candidates: z.number().int().min(1).default(20).describe('seed and savings: waiting orders considered per cart, oldest first'),
    })
    .prefault({})
    .describe('how orders are grouped into pick tours; a batch is routed as one tour with one set-up'),
  walkingSpeed: z.number().positive().default(1).describe('picker walking speed (m/s)'),
  setupPerTour: duration.default('30s').describe('set-up time per pick tour'),
  timePerLine: duration.default('10s').describe('time to pick one line'),
  timePerExtraUnit: duration.default('3s').describe('extra time per unit beyond the first on a line'),
  pickTime: durationDistribution
    .optional()
    .describe('if set, the whole pick time of an order, replacing the detailed model (travel is then not simulated)'),
  pickErrorRate: fraction.default(0.003).describe('probability that a picked line is wrong'),
  scanVerification: z.boolean().default(true).describe('scan each pick to catch errors'),
  scanCatchRate: fraction.default(0.85).describe('share of pick errors that scanning catches'),
  scanTimePerLine: duration.default('2s').describe('extra time per line when scanning'),
  correctionTime: duration.default('60s').describe('time to fix a caught pick error'),
  packTime: durationDistribution.optional().describe('if set, the whole pack time of an order, replacing the detailed model'),
  packTimePerOrder: duration.default('120s').describe('pack time per order'),
  packTimePerExtraUnit: duration.default('15s').describe('pack time per unit beyond the first'),
  fragilePackTime: duration.default('60s').describe('extra pack time for an order with a fragile item'),
  cartonization: z
    .strictObject({
      // Floors catch cubic metres or tonnes given by mistake (0.04 for 40 L would make 1,000 times the cartons).
      cartonLitres: z
        .number()
        .min(0.1, 'expected at least 0.1 litres (litres, not cubic metres)')
        .describe('inner volume of one carton (litres)'),
      cartonMaxKg: z.number().min(0.1, 'expected at least 0.1 kg (kg, not tonnes)').describe('most weight one carton holds (kg)'),
      timePerCarton: duration.default('30s').describe('pack time per carton beyond the first'),
      timePerLine: duration.default('10s').describe('pack time per order line (not per unit)'),
      longestSideCm: z
        .number()
        .positive()
        .optional()
        .describe(
          "a carton's longest side (cm), for the oversize surcharge; unset: the edge of a cube of the parcel's volume (its share of the order's volume)",
        ),
    })
    .optional()
    .describe(
      'cartonization: cartons per order = max(ceil(volume / cartonLitres), ceil(weight / cartonMaxKg), 1); pack time = packTimePerOrder + timePerCarton × (cartons - 1) + timePerLine × lines (+ fragile); each carton ships as a parcel',
    ),
});
