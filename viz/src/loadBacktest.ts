import type { BacktestResult } from '../../engine/index.js';

/** The back-test of the dashboard server's results folder, or undefined when the folder has none. */
export async function loadBacktest(): Promise<BacktestResult | undefined> {
  const response = await fetch('api/backtest');
  if (response.status === 204) return undefined;
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    throw new Error(`could not load the back-test: ${typeof body.error === 'string' ? body.error : `HTTP ${response.status}`}`);
  }
  return (await response.json()) as BacktestResult;
}
