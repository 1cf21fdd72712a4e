import { isPluginChoice, scenarioPolicies } from '../../policies/scenarioPolicies.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { placedCustomerOrders } from '../../experiment/placedOrders.js';
import { writeHistoryCsv } from '../../io/historyCsv.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import type { LoadedScenario } from '../../io/readScenario.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { exportStartFlag } from '../exportStart.js';
import { EXPERIMENT_FLAGS } from '../experimentFlags.js';
import { scenarioInputFiles } from '../../io/scenarioInputFiles.js';
import { checkNotOverResult, checkOutputFile, checkOutputsSpareInputs } from '../outputPaths.js';
import { durationFlag, integerFlag } from '../parseFlags.js';
import { checkWork } from '../workLimit.js';

/** The flags of `fulfill export-history`. */
const EXPORT_HISTORY_FLAGS = {
  out: { type: 'string', value: 'FILE', description: 'the order-history CSV to write (required)' },
  seed: { type: 'string', value: 'S', description: "base seed, an integer >= 0 (default: the scenario's seed)" },
  horizon: { type: 'string', value: 'D', description: "simulated time such as 28d; replaces the scenario's horizon" },
  start: { type: 'string', value: 'YYYY-MM-DD', description: 'the Monday that is time 0 of the timestamps (default 2024-03-04)' },
  // The work limit's message names this flag: every command it may stop must take it.
  'max-orders': EXPERIMENT_FLAGS['max-orders'],
} as const satisfies FlagTable;

/** `fulfill export-history`: writes the customer orders of replication 0 as an order history with what happened to each. */
export const EXPORT_HISTORY_COMMAND = defineCommand({
  name: 'export-history',
  operands: { '<scenario.json>': 'the scenario whose replication 0 places the orders' },
  summary: 'write the customer orders of replication 0 as an order-history CSV with shippedAt, deliveredAt and promisedBy',
  flags: EXPORT_HISTORY_FLAGS,
  action: exportHistoryCommand,
});

/** `fulfill export-history <scenario.json> --out orders.csv [--seed S] [--horizon D] [--start 2024-03-04] [--max-orders N]` */
export async function exportHistoryCommand(input: CommandInput<typeof EXPORT_HISTORY_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals } = input;
  if (positionals.length !== 1) throw new UsageError(`expected one scenario file, got ${positionals.length}`);
  if (values.out === undefined) throw new UsageError('expected --out FILE, the order-history CSV to write');
  checkOutputFile('out', values.out);
  const seedFlag = integerFlag('seed', values.seed, 0);
  const startMs = exportStartFlag(values.start);
  const [loaded] = (await loadScenarios(positionals, durationFlag('horizon', values.horizon), io)) as [LoadedScenario];
  checkOutputsSpareInputs('out', [values.out], scenarioInputFiles(loaded));
  checkNotOverResult('out', values.out);
  // The replication runs in this thread, where plugin code never runs (it has no supervisor here).
  const plugins = scenarioPolicies(loaded.scenario).filter(({ choice }) => isPluginChoice(choice));
  if (plugins.length > 0)
    throw new ScenarioError(
      loaded.file,
      plugins.map(({ path }) => ({
        path: [...path],
        message:
          "expected a built-in policy: export-history runs the scenario in its main thread, where plugin code never runs (run --out DIR writes a plugin scenario's per-order records)",
      })),
    );
  // Every placed order is kept until the CSV is written, so the memory check counts the records.
  checkWork([{ scenario: loaded.scenario, replications: 1 }], {
    maxOrders: integerFlag('max-orders', values['max-orders'], 1),
    recordOrders: true,
    remedy: 'Export a shorter horizon (--horizon) or a smaller scenario.',
  });
  const orders = placedCustomerOrders(loaded.scenario, seedFlag ?? loaded.scenario.seed);
  writeHistoryCsv(values.out, orders, startMs);
  const lines = orders.reduce((sum, order) => sum + order.lines.length, 0);
  const shipped = orders.filter((order) => !Number.isNaN(order.shippedAt)).length;
  io.stdout(
    `export-history: ${orders.length.toLocaleString('en-US')} customer orders (${lines.toLocaleString('en-US')} lines, ${shipped.toLocaleString('en-US')} shipped within the horizon) of ${loaded.name} written to ${values.out}\n`,
  );
  return 0;
}
