import { inspectFile } from '../../io/inspectFile.js';
import { readScenario } from '../../io/readScenario.js';
import { DashboardError, serveDashboard, type DashboardServer } from '../../io/dashboardServer.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { integerFlag } from '../parseFlags.js';

/** The port the dashboard tries first when `--port` is not given (a taken one moves on to the next). */
export const DEFAULT_DASHBOARD_PORT = 8080;

/**
 * Serves the dashboard for `directory` until the process is interrupted (Ctrl-C). `port`
 * undefined means the default port or the next free one; a given port that is taken is exit 2.
 * `baselineFile` is the live what-if's scenario (default scenarios/baseline.json).
 */
export async function serveUntilInterrupted(
  directory: string,
  port: number | undefined,
  io: CliIo,
  baselineFile?: string,
): Promise<number> {
  let server: DashboardServer;
  try {
    server = await serveDashboard(directory, port ?? DEFAULT_DASHBOARD_PORT, {
      ...(baselineFile === undefined ? {} : { baselineFile }),
      tryNextPorts: port === undefined,
      log: (line) => io.stderr(`${line}\n`),
    });
  } catch (error) {
    if (error instanceof DashboardError) throw new UsageError(error.message);
    throw error;
  }
  io.stdout(`Dashboard: ${server.url}  (results from ${directory}/; Ctrl-C to stop)\n`);
  const signal = io.interruption?.();
  await new Promise<void>((resolve) => {
    if (signal === undefined) process.once('SIGINT', () => resolve());
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
  return 0;
}

/** The flags of `fulfill dashboard`. */
const DASHBOARD_FLAGS = {
  port: {
    type: 'string',
    value: 'PORT',
    description:
      'the port on 127.0.0.1, 0 to 65535 (default: 8080, or the next free port when it is busy; a port given here that is busy is exit 2)',
  },
  baseline: {
    type: 'string',
    value: 'FILE',
    description: 'the scenario the live what-if page starts from (default scenarios/baseline.json)',
  },
} as const satisfies FlagTable;

/** `fulfill dashboard`: serves a results folder. */
export const DASHBOARD_COMMAND = defineCommand({
  name: 'dashboard',
  operands: { '[DIR]': 'the results folder to serve (default results)' },
  summary: 'serve the dashboard for a results folder on 127.0.0.1',
  flags: DASHBOARD_FLAGS,
  action: dashboardCommand,
});

/** `fulfill dashboard [DIR] [--port N] [--baseline FILE]`: serve the dashboard for a results directory (default results/). */
export async function dashboardCommand(input: CommandInput<typeof DASHBOARD_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals } = input;
  const port = integerFlag('port', values.port, 0, 65_535);
  const directory = positionals[0] ?? 'results';
  const baseline = values.baseline;
  if (baseline !== undefined && inspectFile(baseline).kind !== 'file')
    throw new UsageError(
      `--baseline: expected a scenario file, "${baseline}" is ${inspectFile(baseline).kind === 'missing' ? 'missing' : 'not a file'}`,
    );
  // Read and checked as `validate` would (its CSVs too): a file that is no scenario is told here, not as an error page in the browser.
  if (baseline !== undefined) await readScenario(baseline);
  const { kind } = inspectFile(directory);
  if (kind === 'missing')
    throw new UsageError(`no results folder "${directory}": write one with \`fulfill start\` or \`fulfill run ... --out ${directory}\``);
  if (kind !== 'directory')
    throw new UsageError(`"${directory}" is ${kind === 'file' ? 'a file' : 'a device, pipe or socket'}; expected a results folder`);
  return serveUntilInterrupted(directory, port, io, baseline);
}
