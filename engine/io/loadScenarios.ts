import { replayWarnings } from '../experiment/replaySummary.js';
import { readScenario, validateLoaded, type LoadedScenario } from './readScenario.js';

/** Where loadScenarios prints warnings (the CLI's io). */
export interface WarningOutput {
  stderr(text: string): void;
}

/**
 * Reads every scenario and applies `horizon` (a `--horizon` override), so every input error
 * surfaces before any run; prints each warning to `output`'s stderr.
 */
export async function loadScenarios(
  files: readonly string[],
  horizon: string | undefined,
  output: WarningOutput,
): Promise<LoadedScenario[]> {
  const scenarios: LoadedScenario[] = [];
  for (const file of files) {
    let loaded = await readScenario(file);
    if (horizon !== undefined) {
      const raw = { ...loaded.raw, horizon };
      const scenario = validateLoaded(raw, `${loaded.file} (with --horizon ${horizon})`);
      loaded = { ...loaded, raw, scenario, warnings: replayWarnings(scenario) };
    }
    for (const warning of loaded.warnings) output.stderr(`warning: ${warning}\n`);
    scenarios.push(loaded);
  }
  return scenarios;
}
