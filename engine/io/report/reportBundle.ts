import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportBundle } from './reportHtml.js';

/**
 * Where the built report page lives: dist/viz/report, next to dist/engine when running the built
 * CLI, and under dist/ when running from source (tests).
 */
export const REPORT_BUNDLE_ROOT =
  [new URL('../../../viz/report/', import.meta.url), new URL('../../../dist/viz/report/', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((folder) => existsSync(join(folder, 'report.js'))) ?? fileURLToPath(new URL('../../../dist/viz/report/', import.meta.url));

/** The built report page's script and style sheet, or undefined when it is not built. */
export function readReportBundle(root = REPORT_BUNDLE_ROOT): ReportBundle | undefined {
  const script = join(root, 'report.js');
  const style = join(root, 'report.css');
  if (!existsSync(script) || !existsSync(style)) return undefined;
  return { script: readFileSync(script, 'utf8'), style: readFileSync(style, 'utf8') };
}
