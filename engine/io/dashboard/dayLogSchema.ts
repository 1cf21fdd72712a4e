import { z } from 'zod';

const times = z.array(z.number().finite());
const stepSeries = z.object({ time: times, value: times }).refine((series) => series.time.length === series.value.length, {
  message: 'time and value must have the same length',
});
const staff = z.object({ busy: stepSeries, onShift: stepSeries });

/**
 * The shape of a day log (`DayLog`) as the dashboard server checks it before serving: a file
 * that is not one (hand-edited, another tool's, truncated) is refused rather than drawn wrong.
 */
export const dayLogSchema = z.object({
  format: z.literal('fulfill-day-log'),
  version: z.literal(1),
  scenario: z.string(),
  replication: z.literal(0),
  seed: z.number(),
  day: z.number().int().min(0),
  weekday: z.number().int().min(0).max(6),
  floor: z.object({
    aisleX: times.min(1),
    aisleLength: z.number().positive(),
    aisleSpacing: z.number().min(0),
    blocks: z.number().int().min(1),
    depotX: z.number().finite(),
    zones: z.array(z.object({ firstAisle: z.number().int().min(0), aisles: z.number().int().min(1), depotX: z.number().finite() })).min(1),
  }),
  channels: z.array(z.string()),
  arrivals: z.object({ time: times, channel: z.array(z.number().int()) }),
  queues: z.object({ pick: stepSeries, pack: stepSeries }),
  staff: z.object({ pickers: staff, packers: staff }),
  tours: z.array(
    z.object({
      zone: z.number().int().min(0),
      picker: z.number().int().min(0),
      orders: z.number().int().min(0),
      start: z.number().finite(),
      end: z.number().finite(),
      waypoints: times.refine((points) => points.length % 3 === 0 && points.length >= 3, { message: 'waypoints come in threes (t, x, y)' }),
      picks: times.refine((points) => points.length % 2 === 0, { message: 'picks come in pairs (x, y)' }),
    }),
  ),
  pickups: z.array(z.object({ time: z.number().finite(), carrier: z.string(), parcels: z.number().int().min(0) })),
});
