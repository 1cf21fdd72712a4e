import { main } from '../../engine/cli/main.js';

/** What one in-process `fulfill` call returned and printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr together, in the order they were written. */
  readonly out: string;
}

/** Runs `fulfill ...args` in this process (not interactive; `signal` stands in for Ctrl-C) and collects its output. */
export async function cliWith(signal: AbortSignal | undefined, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let out = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
      out += text;
    },
    stderr: (text) => {
      stderr += text;
      out += text;
    },
    interactive: false,
    ...(signal === undefined ? {} : { interruption: () => signal }),
  });
  return { code, stdout, stderr, out };
}

/** Runs `fulfill ...args` in this process and collects its output. */
export function cli(...args: string[]): Promise<CliRun> {
  return cliWith(undefined, ...args);
}

/** The same as `cli`, with the wall-clock seconds the call took. */
export async function timedCli(...args: string[]): Promise<CliRun & { readonly seconds: number }> {
  const started = performance.now();
  const run = await cli(...args);
  return { ...run, seconds: (performance.now() - started) / 1000 };
}
