import { spawn, type ChildProcess } from 'node:child_process';

/** The built CLI, as `npx fulfill` runs it (npm test builds first). */
export const BIN = 'dist/engine/cli/bin.js';

/** A CLI process in flight: its child, and its end (exit code, output, and ms from start). */
export interface CliProcess {
  readonly child: ChildProcess;
  readonly stderrSoFar: () => string;
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string; elapsedMs: number }>;
}

/** Spawns `node dist/engine/cli/bin.js ...args` in `cwd` (default: the project). */
export function spawnCli(args: readonly string[], cwd?: string): CliProcess {
  const started = performance.now();
  const child = spawn('node', [BIN.startsWith('/') ? BIN : `${process.cwd()}/${BIN}`, ...args], {
    cwd: cwd ?? process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string; elapsedMs: number }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr, elapsedMs: performance.now() - started }));
  });
  return { child, stderrSoFar: () => stderr, done };
}
