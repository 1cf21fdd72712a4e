import { z } from 'zod';
import { compileTimestampPattern } from '../timestampPattern.js';
import { isKnownTimeZone } from '../timeZoneName.js';
import { runLength } from './common.js';

/** How order histories are read and replayed (every channel's `orderHistory` of the scenario). */
export const replay = z
  .strictObject({
    timeZone: z
      .string()
      .refine(isKnownTimeZone, { message: 'expected an IANA time zone name such as "Europe/London", "America/New_York" or "UTC"' })
      .default('UTC')
      .describe(
        'IANA time zone of the history timestamps without an offset; the simulation clock runs on its local time (daylight saving included)',
      ),
    timestampFormat: z
      .string()
      .superRefine((format, context) => {
        if (format === 'iso') return;
        const pattern = compileTimestampPattern(format);
        if (typeof pattern === 'string') context.addIssue({ code: 'custom', message: `expected "iso" or a timestamp pattern: ${pattern}` });
      })
      .default('iso')
      .describe('"iso" (ISO 8601) or a pattern of the history timestamps such as "dd/MM/yyyy HH:mm" (tokens in the README)'),
    drain: runLength
      .default('7d')
      .describe("with no horizon set, the run lasts from the history's time 0 to its last order plus this much"),
    synthetic: z
      .boolean()
      .default(true)
      .describe('false: add nothing the history does not hold (no exchange orders, holds or processing errors; see the README)'),
  })
  .prefault({})
  .describe('how order histories are read and replayed');
