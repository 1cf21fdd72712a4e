import type { ComparisonResult } from './compareScenarios.js';
import type { OptimizeResult } from './optimizeBySimulation.js';
import type { PolicyLeaderboard } from './policyLeaderboard.js';
import type { ScenarioResult } from './runScenario.js';
import type { SweepDocument } from './runSweep.js';

/** What an experiment folder (or file) holds: a `sweep`, an `optimize` or a `compare` folder, or a policy leaderboard. */
export type ExperimentKind = 'sweep' | 'optimize' | 'compare' | 'leaderboard';

/** One experiment the dashboard server found, as `/api/experiments` lists it. */
export interface ExperimentSummary {
  /** Its place in the served folder: `.` for the folder itself, `name` or `name/file.json` below it. */
  readonly name: string;
  readonly kind: ExperimentKind;
  /** When its main file was last written (ISO 8601, UTC). */
  readonly writtenAt: string;
  /** What its manifest says (`unknown` when it has none: a leaderboard, or a folder without manifest.json). */
  readonly status: 'running' | 'complete' | 'partial' | 'failed' | 'unknown';
  /** The command line that wrote it, from its manifest (null without one). */
  readonly command: string | null;
}

/** `comparison.json` as `fulfill compare --out` writes it: the scenarios by name. */
export type ComparisonFile = Omit<ComparisonResult, 'scenarios'> & { readonly scenarios: readonly string[] };

/** One experiment as `/api/experiments?name=` serves it: its summary and its documents. */
export type ExperimentDocument =
  | { readonly summary: ExperimentSummary & { readonly kind: 'sweep' }; readonly sweep: SweepDocument }
  | { readonly summary: ExperimentSummary & { readonly kind: 'optimize' }; readonly optimize: OptimizeResult }
  | {
      readonly summary: ExperimentSummary & { readonly kind: 'compare' };
      readonly comparison: ComparisonFile;
      /** The compared scenarios' result documents, the base first. */
      readonly results: readonly ScenarioResult[];
    }
  | { readonly summary: ExperimentSummary & { readonly kind: 'leaderboard' }; readonly leaderboard: PolicyLeaderboard };
