import { DashboardError, serveDashboard, type DashboardServer } from '../../io/dashboardServer.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { integerFlag, parseFlags } from '../parseFlags.js';

/** The port the dashboard tries first when `--port` is not given (a taken one moves on to the next). */
export const DEFAULT_DASHBOARD_PORT = 8080;

/**
 * Serves the dashboard for `directory` until the process is interrupted (Ctrl-C). `port`
 * undefined means the default port or the next free one; a given port that is taken is exit 2.
 */
export async function serveUntilInterrupted(directory: string, port: number | undefined, io: CliIo): Promise<number> {
  let server: DashboardServer;
  try {
    server = await serveDashboard(directory, port ?? DEFAULT_DASHBOARD_PORT, { tryNextPorts: port === undefined, log: (line) => io.stderr(`${line}\n`) });
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

/** `fulfill dashboard [DIR] [--port N]`: serve the dashboard for a results directory (default results/). */
export function dashboardCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { port: { type: 'string' } });
  const port = integerFlag('port', values.port, 0, 65_535);
  return serveUntilInterrupted(positionals[0] ?? 'results', port, io);
}
