import { serveDashboard } from '../../io/dashboardServer.js';
import type { CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { integerFlag } from '../parseFlags.js';

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

/** The flags of `fulfill dashboard`. */
const DASHBOARD_FLAGS = {
  port: { type: 'string', value: 'PORT', description: 'the port on 127.0.0.1, 0 to 65535 (default 8080; a busy port moves on to the next free one)' },
} as const satisfies FlagTable;

/** `fulfill dashboard`: serves a results folder. */
export const DASHBOARD_COMMAND = defineCommand({
  name: 'dashboard',
  operands: { '[DIR]': 'the results folder to serve (default results)' },
  summary: 'serve the dashboard for a results folder on 127.0.0.1',
  flags: DASHBOARD_FLAGS,
  action: dashboardCommand,
});

/** `fulfill dashboard [DIR] [--port N]`: serve the dashboard for a results directory (default results/). */
export function dashboardCommand(input: CommandInput<typeof DASHBOARD_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals } = input;
  const port = integerFlag('port', values.port, 0, 65_535) ?? 8080;
  return serveUntilInterrupted(positionals[0] ?? 'results', port, io);
}
