import { createHash } from 'node:crypto';
import type { ReportFolder } from './readReportFolder.js';

/** The id of the `<script type="application/json">` element holding the report's data (viz/src/report reads it). */
export const REPORT_DATA_ID = 'report-data';

/** The built report page's script and style sheet (dist/viz/report). */
export interface ReportBundle {
  readonly script: string;
  readonly style: string;
}

/** The data a report page draws: the folder's name, its results and the files it could not use. */
export interface ReportData extends ReportFolder {
  readonly folder: string;
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` as Unicode escapes, so a
 * scenario named `</script><script>...` stays text (JSON.parse reads the escapes back).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * One self-contained HTML page: the report's style and script inline (allowed by their hashes in
 * the content security policy, which forbids every request), its data as embedded JSON.
 */
export function reportHtml(bundle: ReportBundle, data: ReportData): string {
  // `</script` inside the bundle would end its element early; `<\/script` means the same to JavaScript.
  const script = bundle.script.replaceAll('</script', '<\\/script');
  const style = bundle.style.replaceAll('</style', '<\\/style');
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const names = data.results.map((result) => result.scenario).join(', ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(`fulfill report: ${names}`)}</title>
    <style>${style}</style>
  </head>
  <body>
    <main id="report"><noscript>This report draws its charts with JavaScript: open it in a browser with JavaScript enabled.</noscript></main>
    <script type="application/json" id="${REPORT_DATA_ID}">${scriptSafeJson(data)}</script>
    <script>${script}</script>
  </body>
</html>
`;
}
