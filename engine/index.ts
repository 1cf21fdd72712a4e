// fulfill's public API for any JavaScript runtime (`import ... from 'fulfill'`): what users and
// the dashboard may import. Nothing reachable from here needs Node (test/architecture checks
// it), so the dashboard's browser bundle can use it; reading files, worker threads, the queue
// and results folders are in 'fulfill/node' (engine/node.ts), which also re-exports all of this.
// A name not listed here is internal and may change without notice.

// The kernel: a discrete-event simulator that knows nothing about orders, for writing your own
// models (events by time, then priority, then insertion; time in seconds).
export { Simulation } from './kernel/Simulation.js';
export { EventQueue, type EventHandler, type ScheduledEvent } from './kernel/EventQueue.js';
export type { CallBatch } from './kernel/CallBatch.js';
export { Resource, type ResourceListener, type ResourceOptions } from './kernel/Resource.js';
export { acquire, startProcess, type Awaitable, type ProcessBody, type ProcessHandle, type ProcessStep } from './kernel/Process.js';
export { applyCapacitySchedule, capacityAt, type CapacitySchedule, type CapacityStep } from './kernel/CapacitySchedule.js';
export { Emitter, type Listener } from './kernel/Emitter.js';
export { Channel } from './kernel/Channel.js';
export { createRandomStream, RandomStreams, type RandomStream } from './kernel/random/RandomStream.js';
export {
  createSampler,
  distributionMean,
  distributionVariance,
  type Distribution,
  type DistributionName,
  type Sampler,
} from './kernel/random/distributions/index.js';
export { AliasTable } from './kernel/random/AliasTable.js';
export { PeriodicPoissonProcess } from './kernel/random/PeriodicPoissonProcess.js';
export { DAY, HOUR, MINUTE, SECOND, WEEK, YEAR } from './kernel/time.js';

// Scenarios: the schema and its types, validation, `extends` merging, settings by path.
export { scenarioSchema, type Scenario } from './scenario/schema/scenario.js';
export { MAX_ORDERS_PER_DAY, MIN_ORDERS_PER_DAY } from './scenario/schema/demand.js';
export { policyLabel, type PluginReference, type PolicyReference } from './scenario/schema/policyReference.js';
export { validateScenario } from './scenario/validateScenario.js';
export { checkPolicyNames } from './policies/checkPolicyNames.js';
export { validateLoaded } from './kpi/validateLoaded.js';
export { workAgainstLimit } from './experiment/workLimit.js';
export { mergeScenario } from './scenario/mergeScenario.js';
export { setPath } from './scenario/setPath.js';
export { parseDuration } from './scenario/duration.js';
export { formatJsonPath, ScenarioError, type InputProblem, type JsonPath } from './scenario/ScenarioError.js';

// Running: one replication, a scenario's replications, comparisons, sweeps, simulation-based
// optimization, on any ReplicationRunner (this thread here; worker threads or the queue in 'fulfill/node').
export { runReplication, type ReplicationOptions, type ReplicationResult } from './experiment/runReplication.js';
export { runScenario, runScenarioOn, type RunOptions, type ScenarioResult } from './experiment/runScenario.js';
export { inThisThread, runJobs, RunInterrupted, type ReplicationJob, type ReplicationRunner } from './experiment/replicationRunner.js';
export {
  compareScenarios,
  ComparisonInterrupted,
  type CompareOptions,
  type ComparisonResult,
  type KpiComparison,
  type NamedScenario,
} from './experiment/compareScenarios.js';
export { describePoint, sweepGrid, type SweepAxis, type SweepPoint } from './experiment/sweepGrid.js';
export { runSweep, sweepDocument, type PreparedPoint, type SweepDocument, type SweepPointResult } from './experiment/runSweep.js';
export {
  optimizeBySimulation,
  type DecisionVariable,
  type EvaluatedPoint,
  type Finalist,
  type FinalistStanding,
  type KpiConstraint,
  type Objective,
  type OptimizeOptions,
  type OptimizeResult,
} from './experiment/optimizeBySimulation.js';
export { pairedDifference, type PairedDifference, type Verdict } from './experiment/pairedDifference.js';
export { summarySentences, type SummaryOptions } from './experiment/summary/summarySentences.js';
export { KPI_WORDING, type ChangeKind, type KpiWording } from './experiment/summary/kpiWording.js';
export type { ComparisonFile, ExperimentDocument, ExperimentKind, ExperimentSummary } from './experiment/experimentListing.js';
export {
  LEADERBOARD_FORMAT,
  type LeaderboardFamily,
  type LeaderboardMetric,
  type LeaderboardPolicy,
  type PolicyLeaderboard,
} from './experiment/policyLeaderboard.js';
export { mser, welchMovingAverage, type MserResult } from './experiment/warmup.js';

// Results: KPI definitions and formatting, and the parts of a scenario's result.
export {
  KPI_AREAS,
  KPI_DEFINITIONS,
  KPI_NAMES,
  kpiDefinition,
  type Direction,
  type KpiArea,
  type KpiDefinition,
  type KpiName,
  type KpiUnit,
  type KpiValues,
} from './kpi/definitions.js';
export { comparableIn, formatDifference, formatDifferenceIn, formatHalfWidth, formatKpi, formatKpiIn } from './kpi/formatKpi.js';
export { formatHours, formatInUnit, formatKpiForPeople, formatMoney, formatSpreadForPeople } from './kpi/formatForPeople.js';
export { targetState, type TargetBand, type TargetState } from './kpi/targetState.js';
export { kpiHeading } from './kpi/kpiHeading.js';
export { targetProblems } from './kpi/targetProblems.js';
export { JOURNEY_STEPS, type JourneyStep } from './kpi/collectors/journey.js';
export type { DailySeries } from './kpi/collectors/series.js';
export { summarize, type Summary } from './stats/summary.js';
export type { Breakdown, CarrierSummary, TierSummary } from './experiment/aggregateBreakdown.js';
export { worstSkus, type AbcClass, type SkuResults, type SkuSummary } from './experiment/aggregateSkus.js';
export { SKU_COLUMNS, skuRow } from './experiment/skuRows.js';
export type { WarehouseSummary } from './experiment/summarizeWarehouse.js';
export type { ReplaySummary } from './experiment/replaySummary.js';
export type { BacktestResult } from './experiment/backtest/backtest.js';
export type { BacktestRow, BacktestVerdict } from './experiment/backtest/compareWeeks.js';
export type { OrderRecord } from './experiment/orderRecords.js';
export { ORDER_FIELDS, orderRecordAt, orderRecordsOf, type OrderColumns, type OrderFieldKind } from './experiment/orderColumns.js';
export type { DayLog, DayLogFloor, DayLogPickup, DayLogTour, StepSeries } from './experiment/dayLog/DayLog.js';
export { explainOrder, type OrderExplanation, type TimelineStep } from './experiment/explainOrder.js';

// Policies: every family's interface, the built-ins, and what a plugin module exports.
export type * from './domain/Order.js';
export { isAccurate, unitsOf, ORDER_STATES } from './domain/Order.js';
export type { CarrierOption } from './domain/CarrierOption.js';
export type { PickLocation } from './domain/PickLocation.js';
export type { FloorPoint, Route } from './domain/Route.js';
export { aisleXOf, type RoutingLayout } from './domain/RoutingLayout.js';
export type { SkuDemandProfile } from './domain/SkuDemandProfile.js';
export type { AllocationPolicy, AllocationRequest } from './policies/allocation/AllocationPolicy.js';
export type { BatchingContext, BatchingPolicy } from './policies/batching/BatchingPolicy.js';
export type * from './policies/carrierSelection/CarrierSelectionPolicy.js';
export type { PrioritizationPolicy } from './policies/prioritization/PrioritizationPolicy.js';
export type { ReplenishmentPolicy, ReplenishmentRule } from './policies/replenishment/ReplenishmentPolicy.js';
export type { RoutingPolicy } from './policies/routing/RoutingPolicy.js';
export type { PolicyFamilyName, PolicyOfFamily } from './policies/PolicyOfFamily.js';
export type { PolicyFamily } from './policies/PolicyFamily.js';
export type { BuiltInPolicy } from './policies/BuiltInPolicy.js';
export {
  POLICY_FAMILIES,
  POLICY_FAMILY_NAMES,
  findBuiltIn,
  isPolicyFamily,
  lookupBuiltIn,
  policyFamily,
  policyNames,
} from './policies/registry.js';
export { routingFamily } from './policies/routing/family.js';
export { scenarioJsonSchema } from './policies/scenarioJsonSchema.js';
export type { PluginOptions, PolicyPlugin } from './policies/plugins/PolicyPlugin.js';
export { PolicyError } from './policies/plugins/PolicyError.js';
export { crossAisles } from './policies/routing/crossAisles.js';
export { solveUnitAssignment, type UnitAssignment, type UnitAssignmentProblem } from './solvers/unitAssignment.js';
