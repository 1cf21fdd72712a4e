import { DAY, HOUR } from '../../kernel/time.js';
import { isHistoryColumns, type HistoryColumns } from '../../scenario/historyColumns.js';
import { resolvePlacement } from '../../scenario/resolved/placementSlice.js';
import { resolveRun } from '../../scenario/resolved/runSlice.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import type { ReplicationResult } from '../runReplication.js';
import { actualTimes } from './actualTimes.js';
import { compareWeeks, type BacktestRow, type BacktestVerdict } from './compareWeeks.js';
import { simulatedTimes } from './simulatedTimes.js';
import { BACKTEST_MEASURES, WEEK_HOURS, weeklyMeasures } from './weeklyMeasures.js';

/** The document `fulfill backtest` writes as backtest.json (and the dashboard charts). */
export interface BacktestResult {
  readonly format: 'fulfill-backtest';
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly horizonDays: number;
  readonly warmupDays: number;
  /** The weeks compared (week 0 starts at replay time 0): whole weeks after the warm-up, before the horizon. */
  readonly firstWeek: number;
  readonly lastWeek: number;
  /** The channels whose replayed orders were compared. */
  readonly channels: readonly string[];
  /** What each measure means. */
  readonly measures: ReadonlyArray<{ readonly name: string; readonly label: string; readonly unit: string; readonly definition: string }>;
  readonly rows: readonly BacktestRow[];
  readonly verdicts: readonly BacktestVerdict[];
  /** Measures left out, and why (e.g. no deliveredAt column for the on-time rate). */
  readonly notes: readonly string[];
}

/** The replaying channels of a scenario and the weeks a back-test compares. */
export interface BacktestPlan {
  readonly channels: ReadonlyArray<{ readonly name: string; readonly history: HistoryColumns }>;
  readonly firstWeek: number;
  readonly lastWeek: number;
  readonly horizonHours: number;
}

/** Why a scenario cannot be back-tested: where in it (a JSON path) and what is missing. */
export interface BacktestProblem {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

/**
 * The plan of a back-test of `scenario`, or what is missing: a channel replaying a history, a
 * shippedAt column in every replayed history, and a whole week between the warm-up and the horizon.
 */
export function planBacktest(scenario: Scenario): BacktestPlan | BacktestProblem {
  const channels = scenario.channels.flatMap((channel) =>
    isHistoryColumns(channel.orderHistory) ? [{ name: channel.name, history: channel.orderHistory }] : [],
  );
  if (channels.length === 0)
    return {
      path: ['channels'],
      message: 'backtest: expected a channel replaying an order history ("orderHistory") with a shippedAt column',
    };
  for (const { name, history } of channels) {
    if (history.shippedHours === undefined) {
      const index = scenario.channels.findIndex((channel) => channel.name === name);
      return {
        path: ['channels', index, 'orderHistory'],
        message: `backtest: channel "${name}" replays ${history.source}, which has no shippedAt column (what really happened: add shippedAt, and deliveredAt and promisedBy for the on-time rate)`,
      };
    }
  }
  const run = resolveRun(scenario);
  const horizonHours = run.horizon / HOUR;
  const firstWeek = Math.ceil(run.warmup / HOUR / WEEK_HOURS);
  const lastWeek = Math.floor(horizonHours / WEEK_HOURS) - 1;
  if (lastWeek < firstWeek)
    return {
      path: ['horizon'],
      message: `backtest: expected at least one whole week (Monday to Sunday from replay time 0) after the warm-up (${run.warmup / DAY} days) and before the horizon (${run.horizon / DAY} days)`,
    };
  return { channels, firstWeek, lastWeek, horizonHours };
}

/** True when planBacktest found a problem. */
export function isBacktestProblem(plan: BacktestPlan | BacktestProblem): plan is BacktestProblem {
  return 'message' in plan;
}

/** The Monday that starts `week` (YYYY-MM-DD) after a history's time 0, or "" when time 0 is not a date (inline orders). */
function weekStarts(history: HistoryColumns): (week: number) => string {
  const origin = Date.parse(history.start);
  return (week) => (Number.isNaN(origin) ? '' : new Date(origin + week * 7 * 24 * 3_600_000).toISOString().slice(0, 10));
}

/**
 * Compares the replications `runs` (each with its order records) of a scenario that replays
 * histories with actual columns against those histories, week by week.
 */
export function backtest(
  name: string,
  scenario: Scenario,
  plan: BacktestPlan,
  seed: number,
  runs: readonly ReplicationResult[],
): BacktestResult {
  const { firstWeek, lastWeek, horizonHours } = plan;
  const names = new Set(plan.channels.map((channel) => channel.name));
  const histories = plan.channels.map((channel) => channel.history);
  const simulated = runs.map((run) => {
    if (run.orders === undefined) throw new RangeError('backtest: replications must record their orders');
    return weeklyMeasures(simulatedTimes(run.orders, names), firstWeek, lastWeek, horizonHours);
  });
  const actual = weeklyMeasures(actualTimes(histories, resolvePlacement(scenario), horizonHours), firstWeek, lastWeek, horizonHours);
  const delivered = histories.every((history) => history.deliveredHours !== undefined);
  const compared = compareWeeks(simulated, actual, firstWeek, weekStarts(histories[0] as HistoryColumns));
  const kept = (measure: string): boolean => delivered || measure !== 'onTimeRate';
  const run = resolveRun(scenario);
  return {
    format: 'fulfill-backtest',
    scenario: name,
    seed,
    replications: runs.length,
    horizonDays: run.horizon / DAY,
    warmupDays: run.warmup / DAY,
    firstWeek,
    lastWeek,
    channels: [...names],
    measures: BACKTEST_MEASURES.filter(({ name: measure }) => kept(measure)),
    rows: compared.rows.filter((row) => kept(row.measure)),
    verdicts: compared.verdicts.filter((verdict) => kept(verdict.measure)),
    notes: delivered ? [] : ['on-time rate left out: a replayed history has no deliveredAt column'],
  };
}
