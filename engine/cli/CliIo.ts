/** Where a command writes: injected so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  readonly interactive: boolean;
  /**
   * Long commands call this to handle Ctrl-C themselves: the signal fires on the first SIGINT
   * and they stop and keep what is done. Commands that never call it keep Node's default
   * (Ctrl-C ends the process at once).
   */
  readonly interruption?: () => AbortSignal;
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), after its partial results are written. */
export const INTERRUPTED = 130;

/** A mistake in the command line: the CLI prints it and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
