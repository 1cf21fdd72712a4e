import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { inspectFile } from '../../io/inspectFile.js';
import { readReportFolder, type ReportFolder } from '../../io/report/readReportFolder.js';
import { readReportBundle } from '../../io/report/reportBundle.js';
import { reportHtml } from '../../io/report/reportHtml.js';
import { writeFileAtomic } from '../../io/writeResults.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { checkNotOverResult, checkOutputFile, checkOutputsSpareInputs } from '../outputPaths.js';

/** Largest report written, bytes: past it, report fewer scenarios (a folder of their results). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** The flags of `fulfill report`. */
const REPORT_FLAGS = {
  out: { type: 'string', value: 'FILE', description: 'the HTML file to write (default: report.html in the results folder)' },
} as const satisfies FlagTable;

/** `fulfill report`: one self-contained HTML file for a results folder. */
export const REPORT_COMMAND = defineCommand({
  name: 'report',
  operands: { '[DIR]': 'the results folder, written by run, compare or start (default results)' },
  summary: 'write one self-contained HTML report (summary, comparison, charts) of a results folder',
  flags: REPORT_FLAGS,
  action: reportCommand,
});

/** Checks that `out` can be written: a file name (not a folder or device) in an existing, writable folder. */
function checkOutput(out: string): void {
  // The file is written beside itself and renamed over: a device or pipe cannot take that.
  if (out !== '' && inspectFile(out).kind === 'special')
    throw new UsageError(`--out ${out} is a device, pipe or socket; expected an HTML file to write`);
  checkOutputFile('out', out);
}

/**
 * The files of the results folder the report must never be written over: every one but an
 * earlier report (the results it reads, and the per-order files, KPI tables, day logs and
 * manifest the dashboard and other tools read beside them).
 */
function resultFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => !/\.html?$/i.test(name))
    .map((name) => join(directory, name));
}

/** `fulfill report DIR [--out FILE]`: the summary, comparison and charts of DIR's results in one HTML file. */
export function reportCommand(input: CommandInput<typeof REPORT_FLAGS>, io: CliIo): number {
  const directory = input.positionals[0] ?? 'results';
  const { kind } = inspectFile(directory);
  if (kind === 'missing') throw new UsageError(`no results folder "${directory}": write one with \`fulfill run ... --out ${directory}\``);
  if (kind !== 'directory')
    throw new UsageError(`"${directory}" is ${kind === 'file' ? 'a file' : 'a device, pipe or socket'}; expected a results folder`);
  const out = input.values.out ?? join(directory, 'report.html');
  checkOutput(out);
  let folder: ReportFolder;
  try {
    folder = readReportFolder(directory);
  } catch (error) {
    throw new UsageError(`could not list the results folder "${directory}": ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  checkOutputsSpareInputs('out', [out], resultFiles(directory), 'a file of the results folder');
  checkNotOverResult('out', out);
  for (const { file, reason } of folder.unreadable) io.stderr(`report: warning: ${join(directory, file)} left out: ${reason}\n`);
  if (folder.results.length === 0) {
    throw new UsageError(
      `no readable scenario results in "${directory}"${folder.unreadable.length > 0 ? ' (see the warnings above)' : ''}: write them with \`fulfill run ... --out ${directory}\``,
    );
  }
  const bundle = readReportBundle();
  if (bundle === undefined) throw new UsageError('the report page is not built (no dist/viz/report/report.js): run npm run build');
  // The folder's name only: a report is meant to be sent, and a path would tell where this machine keeps it.
  const html = reportHtml(bundle, { folder: basename(resolve(directory)), ...folder });
  const bytes = Buffer.byteLength(html);
  if (bytes > MAX_REPORT_BYTES)
    throw new UsageError(
      `the report of "${directory}" would be ${Math.ceil(bytes / 1024 / 1024)} MB, more than ${MAX_REPORT_BYTES / 1024 / 1024} MB: report fewer scenarios (copy their .json files to a folder of their own)`,
    );
  writeFileAtomic(out, html);
  const scenarios = folder.results.length === 1 ? '1 scenario' : `${folder.results.length} scenarios`;
  io.stdout(`Report: ${out} (${scenarios}, ${Math.ceil(bytes / 1024)} KB); it opens in any browser, no server needed\n`);
  return 0;
}
