import { z } from 'zod';
import { MAX_RATE_CARD_ROWS, RATE_CARD_ZONES } from '../rateCardTable.js';
import { MAX_AMOUNT, money } from './common.js';

/** A rate card as the scenario reader loads it from its CSV (see engine/io/readRateCard.ts). */
const loadedRateCard = z
  .strictObject({
    format: z.literal('fulfill-rate-card'),
    source: z.string(),
    weightKg: z.array(z.number().positive().max(MAX_AMOUNT)).min(1).max(MAX_RATE_CARD_ROWS),
    prices: z.array(z.array(money).length(RATE_CARD_ZONES.length)).min(1).max(MAX_RATE_CARD_ROWS),
  })
  // What the CSV reader checks line by line, for a table given inline.
  .superRefine((card, ctx) => {
    if (card.prices.length !== card.weightKg.length)
      ctx.addIssue({ code: 'custom', path: ['prices'], message: `expected one row of prices per weight break (${card.weightKg.length})` });
    card.weightKg.forEach((weight, index) => {
      const previous = card.weightKg[index - 1];
      if (previous !== undefined && !(weight > previous))
        ctx.addIssue({
          code: 'custom',
          path: ['weightKg', index],
          message: `expected weight breaks in ascending order, ${weight} follows ${previous}`,
        });
    });
  });

/** A carrier service's zone × weight-break price table: a CSV file, read into a table by the scenario reader. */
export const rateCard = z
  .union([z.string().min(1, 'expected a file name, not an empty text'), loadedRateCard])
  .optional()
  .describe(
    'zone × weight-break price table, a CSV file (path relative to the scenario file naming it; columns weightKg, 2 … 8, see Rate cards in the README); replaces base, perKg, perZone and rateMultiplier for this service',
  );
