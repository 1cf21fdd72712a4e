import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

/** The `version` of the nearest package.json above this module (from engine/ or dist/engine/ alike). */
function readVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, 'package.json');
    if (existsSync(candidate)) return (JSON.parse(readFileSync(candidate, 'utf8')) as { version?: string }).version ?? 'unknown';
    const parent = dirname(directory);
    if (parent === directory) return 'unknown';
    directory = parent;
  }
}

/** The engine's version (package.json's `version`, read once): in manifests, in queue jobs, and for `fulfill --version`. */
export function engineVersion(): string {
  version ??= readVersion();
  return version;
}
