/** The destination zones a rate card prices, in column order. */
export const RATE_CARD_ZONES = [2, 3, 4, 5, 6, 7, 8] as const;

/** The most weight breaks a rate card holds. */
export const MAX_RATE_CARD_ROWS = 10_000;

/**
 * A carrier service's rate card as loaded from its CSV (engine/io/readRateCard.ts): plain data,
 * so it crosses to worker threads and the scenario's hash covers it.
 */
export interface RateCardTable {
  /** Tells a loaded table apart from a file path. */
  readonly format: 'fulfill-rate-card';
  /** The CSV file as shown to the user. */
  readonly source: string;
  /** Upper weight break of each row (kg), strictly ascending. */
  readonly weightKg: readonly number[];
  /** Each row's price per zone, zones 2 to 8 in order. */
  readonly prices: ReadonlyArray<readonly number[]>;
}

/** True when `value` is a loaded rate card (rather than a path). */
export function isRateCardTable(value: unknown): value is RateCardTable {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'fulfill-rate-card';
}
