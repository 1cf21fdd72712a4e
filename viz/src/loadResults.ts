import type { ScenarioResult } from '../../engine/index.js';

/** The results the dashboard server holds, and the result files in its folder it could not read. */
export interface LoadedResults {
  readonly results: ScenarioResult[];
  /** How many result files could not be read, and the names of the first ones. */
  readonly unreadableCount: number;
  readonly unreadable: string[];
}

/** Fetches every scenario result the dashboard server holds, baseline first. */
export async function loadResults(): Promise<LoadedResults> {
  const response = await fetch('api/results');
  if (!response.ok) throw new Error(`could not load results: HTTP ${response.status}`);
  // The server names skipped files (broken or half-written JSON) in this header, URI-encoded.
  const header = response.headers.get('x-fulfill-unreadable-results') ?? '';
  const unreadable = header === '' ? [] : header.split(',').map((name) => decodeURIComponent(name));
  const unreadableCount = Number(response.headers.get('x-fulfill-unreadable-results-count') ?? unreadable.length) || unreadable.length;
  return { results: (await response.json()) as ScenarioResult[], unreadableCount, unreadable };
}
