import { loadHistories, readMergedScenario, validateLoaded } from '../../engine/io/readScenario.js';
import { mergeScenario } from '../../engine/scenario/mergeScenario.js';
import type { Scenario } from '../../engine/scenario/schema/scenario.js';

/** A bundled scenario file with some fields overridden (merged like `extends`), validated; order-history files are not read (see replayScenarioWith). */
export function scenarioWith(file: string, overrides: Record<string, unknown> = {}): Scenario {
  const merged = mergeScenario(readMergedScenario(file), overrides) as Record<string, unknown>;
  return validateLoaded(merged, file);
}

/** The same as scenarioWith, with its order-history files read. */
export async function replayScenarioWith(file: string, overrides: Record<string, unknown> = {}): Promise<Scenario> {
  const merged = mergeScenario(readMergedScenario(file), overrides) as Record<string, unknown>;
  return validateLoaded(await loadHistories(merged, validateLoaded(merged, file)), file);
}
