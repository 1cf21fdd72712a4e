import type { CliIo } from './CliIo.js';

/** "1m 05s" / "42s": a short duration for progress lines. */
export function shortDuration(milliseconds: number): string {
  const total = Math.max(0, Math.round(milliseconds / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? `${minutes}m ${String(seconds).padStart(2, '0')}s` : `${seconds}s`;
}

/**
 * A progress reporter for `done` of `total` units of work, drawn on stderr only when it is a
 * terminal, with the time left estimated from the pace so far.
 */
export function progressBar(io: CliIo, label: string, now: () => number = () => performance.now()): (done: number, total: number) => void {
  if (!io.interactive) return () => undefined;
  const started = now();
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const elapsed = now() - started;
    const left = done > 0 && done < total ? `, about ${shortDuration((elapsed / done) * (total - done))} left` : '';
    io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${left}\x1b[K${done === total ? '\n' : ''}`);
  };
}
