import { DAY } from '../kernel/time.js';
import { recordDay } from '../experiment/dayLog/recordDay.js';
import type { LoadedScenario } from '../io/readScenario.js';
import { resolveRun } from '../scenario/resolved/runSlice.js';
import { UsageError } from './CliIo.js';
import type { ResultsOutput } from './resultsOutput.js';

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
 * Records day `day` of replication 0 of each scenario (a re-run in this thread, stopped at the
 * day's end) and writes it next to the results as `<scenario>.day-<N>.json`, one compact JSON
 * document written atomically. Returns the bytes written per scenario.
 */
export function writeDayLogs(output: ResultsOutput, scenarios: readonly LoadedScenario[], day: number, seed: number | undefined): number[] {
  return scenarios.map((loaded) => {
    const text = `${JSON.stringify(recordDay(loaded.scenario, loaded.name, day, seed))}\n`;
    output.file(dayLogFileName(loaded.name, day), text);
    return Buffer.byteLength(text);
  });
}
