import { parseDuration } from '../../../engine/index.js';
import type { ScenarioJson } from './Lever.js';

const DAY_SECONDS = 86_400;

/** Whole days of a scenario duration field ("21d", "3w"), or undefined when unset or not a duration. */
export function daysOf(scenario: ScenarioJson, key: 'horizon' | 'warmup'): number | undefined {
  const text = scenario[key];
  const seconds = typeof text === 'string' ? parseDuration(text) : undefined;
  return seconds === undefined ? undefined : Math.round((seconds / DAY_SECONDS) * 100) / 100;
}

/** Sets a scenario duration field to `days` days; a box left empty or not a number leaves it alone. */
export function setDays(scenario: ScenarioJson, key: 'horizon' | 'warmup', days: number): void {
  if (Number.isFinite(days) && days >= 0) scenario[key] = `${days}d`;
}
