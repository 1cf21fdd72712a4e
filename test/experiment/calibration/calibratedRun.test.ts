import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderRecordsOf } from '../../../engine/experiment/orderColumns.js';
import { runReplication } from '../../../engine/experiment/runReplication.js';
import { readOrderHistory } from '../../../engine/io/readOrderHistory.js';
import { readScenario } from '../../../engine/io/readScenario.js';
import type { HistoryColumns } from '../../../engine/scenario/historyColumns.js';
import { welchInterval } from '../../../engine/stats/welch.js';
import { cli } from '../../helpers/cli.js';
import { KNOWN_DEMAND } from '../../helpers/knownDemand.js';
import { syntheticHistory } from '../../helpers/syntheticHistory.js';

const WEEKS = KNOWN_DEMAND.weeks;
const REPLICATIONS = 2;

let directory: string;
let histories: Map<string, HistoryColumns>;
/** Per channel: the simulated orders' placement hours and lines, over every replication. */
const simulated = new Map<string, { weekly: number[]; lines: number[] }>();

/** Orders per day of each whole week, from placement hours in [0, weeks·168). */
function weeklyRates(hours: Iterable<number>, weeks: number): number[] {
  const totals = new Array<number>(weeks).fill(0);
  for (const hour of hours) {
    const week = Math.floor(hour / 168);
    if (week >= 0 && week < weeks) totals[week] = (totals[week] as number) + 1;
  }
  return totals.map((total) => total / 7);
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'fulfill-calibrated-run-'));
  const history = join(directory, 'history.csv');
  writeFileSync(history, syntheticHistory(KNOWN_DEMAND).csv);
  const calibrated = join(directory, 'calibrated.json');
  const run = await cli('calibrate', history, '--out', calibrated);
  if (run.code !== 0) throw new Error(run.stderr);
  histories = await readOrderHistory({
    file: history,
    display: 'history.csv',
    channels: [],
    scenarioChannels: [],
    services: [],
    everyChannel: true,
    anyService: true,
  });
  // The history's span, from its first Monday, with no warm-up cut: the same days the history covers.
  const span = join(directory, 'span.json');
  writeFileSync(span, JSON.stringify({ extends: 'calibrated.json', horizon: `${WEEKS * 7}d`, warmup: '0s' }));
  const { scenario } = await readScenario(span);
  for (let replication = 0; replication < REPLICATIONS; replication++) {
    const { orders: columns } = runReplication(scenario, replication, { recordOrders: true });
    const orders = [...(columns === undefined ? [] : orderRecordsOf(columns))].filter(({ origin }) => origin === 'customer');
    for (const name of histories.keys()) {
      const mine = orders.filter(({ channel }) => channel === name);
      const entry = simulated.get(name) ?? { weekly: [], lines: [] };
      entry.weekly.push(
        ...weeklyRates(
          mine.map(({ placedHours }) => placedHours),
          WEEKS,
        ),
      );
      entry.lines.push(...mine.map(({ lines }) => lines));
      simulated.set(name, entry);
    }
  }
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

// "Reproduces within the 95% intervals": the 95% Welch interval of simulated minus history
// contains 0, i.e. the two means differ by less than their sampling errors allow. Weekly
// rates carry the trend in their spread, which only widens the interval for orders/day.
describe('a calibrated scenario run over the history span', () => {
  it("reproduces each channel's orders/day", () => {
    for (const [name, history] of histories) {
      const interval = welchInterval(weeklyRates(history.hours, WEEKS), simulated.get(name)?.weekly ?? []);
      expect({ name, contains0: interval !== null && interval[0] <= 0 && interval[1] >= 0, interval }).toMatchObject({ contains0: true });
    }
  });

  it("reproduces each channel's lines/order", () => {
    for (const [name, history] of histories) {
      const lines = Array.from(
        { length: history.hours.length },
        (_, order) => (history.lineStart[order + 1] as number) - (history.lineStart[order] as number),
      );
      const interval = welchInterval(lines, simulated.get(name)?.lines ?? []);
      expect({ name, contains0: interval !== null && interval[0] <= 0 && interval[1] >= 0, interval }).toMatchObject({ contains0: true });
    }
  });
});
