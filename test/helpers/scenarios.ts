import { loadHistories, readMergedScenario, validateLoaded } from '../../engine/io/readScenario.js';
import { mergeScenario } from '../../engine/scenario/mergeScenario.js';
import type { Scenario } from '../../engine/scenario/schema/scenario.js';

/** A bundled scenario file with some fields overridden (merged like `extends`), validated. */
export function scenarioWith(file: string, overrides: Record<string, unknown> = {}): Scenario {
  const merged = mergeScenario(loadHistories(readMergedScenario(file)), overrides) as Record<string, unknown>;
  return validateLoaded(merged, file);
}
