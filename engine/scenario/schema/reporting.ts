import { z } from 'zod';

/** ISO 4217 codes this JavaScript runtime can format (Intl), so a typo is refused rather than shown as "XYZ 4.10". */
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code this runtime can format. */
export const currencyCode = z.string().refine((code) => KNOWN_CURRENCIES.has(code), {
  message: 'expected an ISO 4217 currency code in capitals, such as "EUR", "USD" or "GBP"',
});

/** How results are presented to people; changes no simulated number. */
export const reporting = z
  .strictObject({
    currency: currencyCode
      .optional()
      .describe(
        'ISO 4217 code of the currency every cost in the scenario is in, e.g. "EUR"; unset: money is shown as a plain amount with no symbol',
      ),
  })
  .optional()
  .describe('presentation of the results (dashboard and report); no effect on the simulation');

/** A target band for one KPI: at or beyond `green` it is on target, beyond `amber` it is near, else off target. */
export const targetBand = z
  .strictObject({
    green: z.number().describe('on target at or beyond this value (beyond: above for a KPI where higher is better, below where lower is)'),
    amber: z.number().describe('near target between this value and green; off target past it'),
  })
  .describe('a red/amber/green band');

/**
 * Targets by KPI name. Which names exist and which side of a band is good come from the KPI
 * definitions, a higher layer: engine/kpi/targetProblems.ts checks them.
 */
export const targets = z
  .record(z.string(), targetBand)
  .optional()
  .describe(
    'target bands by KPI name (see KPIs), e.g. {"onTimeRate": {"green": 0.95, "amber": 0.9}}; rates as fractions, times in hours; the dashboard shows each KPI on, near or off target',
  );
