import { configDefaults, defineConfig } from 'vitest/config';

// Three projects, chosen by what a test file does (a whole file belongs to one project):
// `e2e` drives the built program in dist/ or an outside process, `model` simulates in this
// process, `unit` is everything else and needs no build. A new test file lands in `unit`
// unless it is named below. `npm test` runs all three; `npm run test:unit|model|e2e` one.

/**
 * Needs `npm run build`: spawns the CLI or bench scripts from dist/, runs CLI commands in
 * this process whose worker threads load dist/ (run, validate with plugins), or starts an HTTP
 * server, Redis (FULFILL_TEST_REDIS_URL or a local redis-server) or Chromium.
 */
const E2E = [
  'test/e2e/**/*.test.ts',
  'test/distributed/queue*.test.ts',
  'test/**/{bin,experiments,flags,inputBounds,interrupt,pluginSupervision,workLimit,dashboardServer,experimentsAnswer}.test.ts',
  'test/**/{main,hostileInput,plugins,parallelRuns,readOrderHistory,historyReplay,reservedNames,packageExports,readRateCard,hostileShipping,skuMasterCli}.test.ts',
  'test/cli/backtest.test.ts',
  'test/io/ordersParquet.test.ts',
  'test/cli/{recordDayFlag,sideFiles}.test.ts',
  'test/parallel/{dayRecordingTask,decisionTraceTask}.test.ts',
  'test/examples/ownDc.test.ts',
  'test/scripts/*.test.ts',
];

/** Runs replications of the simulation model in this process: theory, invariants, what-ifs, policies on the floor. */
const MODEL = [
  'test/**/{theory,invariants,oversells,policyAssignment,zonePicking,censoring,cartonization,transitByZone}.test.ts',
  'test/**/{whatIfs,pickingPolicies,forecastWhatIf,optimizeBySimulation,breakdown,resultCodec,instrumentPolicy,calibratedRun,resultHash,orderRecords}.test.ts',
  'test/experiment/dayLog/recordDay.test.ts',
  'test/io/dayLogAnswer.test.ts',
  'test/viz/playback/playbackIndex.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Forks, not threads: CLI tests change the working directory.
    pool: 'forks',
    // Two test files at a time (vitest's default is one fewer than the cores: one on a 2-core
    // machine). Queue test files sharing one Redis each use their own database (testRedis).
    maxWorkers: 2,
    // .ci/run reads the totals from test-results.json.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...E2E, ...MODEL] } },
      { extends: true, test: { name: 'model', include: MODEL } },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
