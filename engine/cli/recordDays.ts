import { DAY } from '../kernel/time.js';
import type { LoadedScenario } from '../io/readScenario.js';
import { resolveRun } from '../scenario/resolved/runSlice.js';
import { UsageError } from './CliIo.js';
import type { ResultsOutput } from './resultsOutput.js';
import type { Reruns } from './reruns.js';

/** The file a day log is written to, next to the scenario's results. */
export function dayLogFileName(scenario: string, day: number): string {
  return `${scenario}.day-${day}.json`;
}

/** Refuses `--record-day N` when day N (0-based) lies outside a scenario's horizon. */
export function checkRecordDay(day: number, scenarios: readonly LoadedScenario[]): void {
  for (const loaded of scenarios) {
    const days = Math.ceil(resolveRun(loaded.scenario).horizon / DAY);
    if (day >= days)
      throw new UsageError(
        `--record-day: day ${day} is outside ${loaded.name}'s horizon of ${loaded.scenario.horizon} (days are counted from 0: 0 to ${days - 1})`,
      );
  }
}

/**
 * Records day `day` of replication 0 of each scenario (a re-run stopped at the day's end, see
 * Reruns) and writes it next to the results as `<scenario>.day-<N>.json`, one compact JSON
 * document written atomically. Returns the bytes written per scenario.
 */
export async function writeDayLogs(
  output: ResultsOutput,
  scenarios: readonly LoadedScenario[],
  day: number,
  seed: number | undefined,
  reruns: Reruns,
): Promise<number[]> {
  const bytes: number[] = [];
  for (const loaded of scenarios) {
    const text = await reruns.recordDay(loaded, day, seed);
    output.file(dayLogFileName(loaded.name, day), text);
    bytes.push(Buffer.byteLength(text));
  }
  return bytes;
}
