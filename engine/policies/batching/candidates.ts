import type { Scenario } from '../../scenario/schema/scenario.js';

/** Options of the search-based batching policies: how many waiting orders (oldest first) they consider per cart. */
export interface CandidateOptions {
  readonly candidates: number;
}

/** The scenario's `warehouse.batching.candidates`. */
export const candidatesIn = (scenario: Scenario): CandidateOptions => ({ candidates: scenario.warehouse.batching.candidates });
