import type { PairedDifference } from './pairedDifference.js';

/** The `format` of the file `npm run bench:policies -- --out FILE` writes (files written before it have none). */
export const LEADERBOARD_FORMAT = 'fulfill-policy-leaderboard';

/** One metric of one policy: its mean with a 95% interval, and its paired difference against the family's reference. */
export interface LeaderboardMetric {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly vsReference: PairedDifference;
}

/** One policy on a family's board of one workload. */
export interface LeaderboardPolicy {
  readonly policy: string;
  readonly metrics: Readonly<Record<string, LeaderboardMetric>>;
  /** Decisions the policy took per replication, and the mean time of one, µs (null when it took none). */
  readonly decisions: { readonly callsPerReplication: number; readonly microsecondsPerCall: number | null };
}

/** A family's board on one workload: every contender, the reference among them. */
export interface LeaderboardFamily {
  readonly family: string;
  readonly reference: string;
  readonly policies: readonly LeaderboardPolicy[];
}

/**
 * The policy leaderboard as `npm run bench:policies` writes it: per workload and family,
 * every policy's metrics paired against the family's reference policy (common random numbers).
 */
export interface PolicyLeaderboard {
  readonly format?: typeof LEADERBOARD_FORMAT;
  readonly reps: number;
  readonly workers: number;
  readonly seedsPaired: boolean;
  /** Present when the board was interrupted: how many replications and policies finished. */
  readonly partial?: { readonly replications: number; readonly of: number; readonly policies: number; readonly ofPolicies: number };
  readonly metrics: ReadonlyArray<{ readonly name: string; readonly direction: 'higher' | 'lower' }>;
  readonly workloads: ReadonlyArray<{
    readonly name: string;
    readonly description: string;
    readonly families: readonly LeaderboardFamily[];
  }>;
}
