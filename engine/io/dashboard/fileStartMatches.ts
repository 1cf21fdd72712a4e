import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Whether the first `bytes` bytes of the file at `path`, as UTF-8, match `pattern` (false when
 * it cannot be read): how a folder listing tells kinds of JSON file apart without parsing them.
 */
export function fileStartMatches(path: string, pattern: RegExp, bytes: number): boolean {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const head = Buffer.alloc(bytes);
    const read = readSync(descriptor, head, 0, bytes, 0);
    return pattern.test(head.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
