import { readSync } from 'node:fs';
import { ScenarioError } from '../scenario/ScenarioError.js';

/** Largest request read from standard input (a pick list of millions of picks fits). */
export const MAX_STDIN_BYTES = 64 * 2 ** 20;

/**
 * Standard input as UTF-8 text, read in chunks so that an endless source (`< /dev/zero`) stops
 * at `limit` bytes with an input error instead of filling memory.
 */
export function readStdin(limit = MAX_STDIN_BYTES): string {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 20);
  let total = 0;
  for (;;) {
    let read: number;
    try {
      read = readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing yet: wait a little and read again.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > limit) throw new ScenarioError('stdin', [{ path: [], message: `the request is larger than ${limit / 2 ** 20} MB` }]);
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
