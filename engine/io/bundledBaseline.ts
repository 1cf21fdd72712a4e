import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's scenarios/baseline.json (it ships with the package): found by walking up from
 * this module to the folder with package.json, so it works from engine/ and dist/engine/ alike.
 * Undefined when the package was installed without it.
 */
export function bundledBaseline(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(directory, 'package.json'))) {
      const baseline = join(directory, 'scenarios', 'baseline.json');
      return existsSync(baseline) ? baseline : undefined;
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}
