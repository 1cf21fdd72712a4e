// fulfill's public API for Node (`import ... from 'fulfill/node'`): everything in 'fulfill'
// (engine/index.ts) and what needs Node: reading scenario files, loading plugin modules, worker
// threads, the Redis queue, results folders, the dashboard server and the building blocks of a
// command line like fulfill's own. A name not listed here is internal and may change without notice.

export * from './index.js';

// Reading scenarios and plugin modules from disk.
export { readMergedScenario, readScenario, type LoadedScenario } from './io/readScenario.js';
export { loadScenarios, type WarningOutput } from './io/loadScenarios.js';
export { loadPluginModule, loadScenarioPlugins } from './io/loadPlugins.js';

// Replications on worker threads, or through a BullMQ queue on Redis (and the worker that serves it).
export { defaultWorkers, workerPool, type PoolOptions } from './parallel/workerPool.js';
export { queueRunner } from './distributed/queueRunner.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions } from './distributed/queueWorker.js';
export { QueueUnreachable } from './distributed/reachRedis.js';
export { redactText } from './distributed/redactUrl.js';

// Calibrating demand from an order history (what `fulfill calibrate` runs): read, fit, write.
export { readOrderHistory, type HistoryFileRequest } from './io/readOrderHistory.js';
export {
  calibrateHistory,
  type Calibration,
  type CalibrationInput,
  type ChannelCalibration,
} from './experiment/calibration/calibrateHistory.js';
export { calibratedScenario, type CalibratedScenarioOptions } from './experiment/calibration/calibratedScenario.js';
export { calibrationReport } from './experiment/calibration/calibrationReport.js';

// Results: a results folder, and the dashboard that shows one.
export { writeFileAtomic, writeScenarioResults } from './io/writeResults.js';
export { serveDashboard, type DashboardOptions, type DashboardServer } from './io/dashboardServer.js';
export { engineVersion } from './version.js';

// A command line like fulfill's (the bench scripts): flags parsed and checked by the same rules.
export { UsageError } from './cli/CliIo.js';
export { scriptFlags, type ScriptDefinition } from './cli/scriptFlags.js';
export type { FlagTable, FlagValues } from './cli/commandDefinition.js';
export { integerFlag } from './cli/parseFlags.js';
export { queueFlag, queueTimeoutFlag } from './cli/experimentFlags.js';
export { pluginTimeoutMs } from './cli/pluginTimeoutFlag.js';
export { checkOutputFile } from './cli/outputPaths.js';
export { textTable } from './cli/format/textTable.js';
