import type { ScenarioResult } from '../../engine/experiment/runScenario.js';

/** Fetches every scenario result the dashboard server holds, baseline first. */
export async function loadResults(): Promise<ScenarioResult[]> {
  const response = await fetch('api/results');
  if (!response.ok) throw new Error(`could not load results: HTTP ${response.status}`);
  return (await response.json()) as ScenarioResult[];
}
