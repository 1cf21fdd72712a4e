import { serveDashboard } from '../../io/dashboardServer.js';
import type { CliIo } from '../CliIo.js';
import { integerFlag, parseFlags } from '../parseFlags.js';

/** Serves the dashboard for `directory` until the process is interrupted (Ctrl-C). */
export async function serveUntilInterrupted(directory: string, port: number, io: CliIo): Promise<number> {
  const server = await serveDashboard(directory, port);
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
  const port = integerFlag('port', values.port, 0, 65_535) ?? 8080;
  return serveUntilInterrupted(positionals[0] ?? 'results', port, io);
}
