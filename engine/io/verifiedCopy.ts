import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PolicyError } from '../policies/plugins/PolicyError.js';

/**
 * Reads a module file, checks its bytes against `sha256`, and writes exactly those bytes to a
 * fresh file beside it (exclusive create, mode 0600), whose path it returns. Importing the
 * copy runs the checked bytes even if the original changes after the check; the folder is
 * the queue worker's private plugin cache, so nobody else can replace the copy either.
 */
export function verifiedCopy(path: string, sha256: string): string {
  const bytes = readFileSync(path);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256)
    throw new PolicyError(
      path,
      `does not match the SHA-256 its job names (${sha256.slice(0, 12)}, file has ${actual.slice(0, 12)}); not loaded`,
    );
  // The file name stays last (errors name it; tsx picks the loader by its extension).
  const copy = join(dirname(path), `${randomUUID()}-${basename(path)}`);
  writeFileSync(copy, bytes, { flag: 'wx', mode: 0o600 });
  return copy;
}
