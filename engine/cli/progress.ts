import type { CliIo } from './CliIo.js';

/** A progress reporter for `done` of `total` units of work, drawn on stderr only when it is a terminal. */
export function progressBar(io: CliIo, label: string): (done: number, total: number) => void {
  if (!io.interactive) return () => undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
