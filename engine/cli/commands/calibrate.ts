import { rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { calibrateHistory } from '../../experiment/calibration/calibrateHistory.js';
import { calibratedScenario } from '../../experiment/calibration/calibratedScenario.js';
import { calibrationReport } from '../../experiment/calibration/calibrationReport.js';
import { bundledBaseline } from '../../io/bundledBaseline.js';
import { displayPath } from '../../io/displayPath.js';
import { inspectFile } from '../../io/inspectFile.js';
import { readOrderHistory } from '../../io/readOrderHistory.js';
import { readScenario } from '../../io/readScenario.js';
import { readSkuCodes } from '../../io/readSkuCodes.js';
import { scenarioInputFiles } from '../../io/scenarioInputFiles.js';
import { writeFileAtomic } from '../../io/writeResults.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { isKnownTimeZone } from '../../scenario/timeZoneName.js';
import { compileTimestampPattern } from '../../scenario/timestampPattern.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { checkNotOverResult, checkOutputFile, checkOutputsSpareInputs } from '../outputPaths.js';

/** The flags of `fulfill calibrate`. */
const CALIBRATE_FLAGS = {
  out: { type: 'string', value: 'FILE', description: 'the scenario to write (its folder must exist; replaced atomically)' },
  base: {
    type: 'string',
    value: 'FILE',
    description: 'the scenario the written one extends (default: the bundled scenarios/baseline.json)',
  },
  catalog: {
    type: 'string',
    value: 'FILE',
    description: 'a SKU master CSV: the written scenario names it as catalog.file, each SKU weighted by its own demand',
  },
  'time-zone': {
    type: 'string',
    value: 'NAME',
    description: "IANA time zone of the history's timestamps without an offset (default: the base's replay.timeZone)",
  },
  'timestamp-format': {
    type: 'string',
    value: 'PATTERN',
    description: 'the timestamps\' format, e.g. "dd/MM/yyyy HH:mm" (default: the base\'s replay.timestampFormat)',
  },
} as const satisfies FlagTable;

/** `fulfill calibrate`: fits a scenario's demand to an order history. */
export const CALIBRATE_COMMAND = defineCommand({
  name: 'calibrate',
  operands: { '<history.csv>': 'an order-history CSV (the format orderHistory replays); every channel in it is calibrated' },
  summary:
    "fit each channel's demand (profiles, rate, trend, lines, units, services, SKU popularity) to an order history; writes a scenario",
  flags: CALIBRATE_FLAGS,
  action: calibrateCommand,
});

/** JSON with two-space indents, but each list of numbers on one line (profiles stay readable). */
function scenarioText(scenario: Record<string, unknown>): string {
  return `${JSON.stringify(scenario, null, 2).replace(/\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g, (_, list: string) => `[${list.split(/,\s*/).join(', ')}]`)}\n`;
}

/** The `--out` file, checked before the history is read: its folder must exist and it must not be a folder. */
function outputFile(out: string | undefined): string {
  if (out === undefined || out === '') throw new UsageError('expected --out FILE, the scenario to write');
  const file = resolve(out);
  const folder = inspectFile(dirname(file));
  if (folder.kind !== 'directory') throw new UsageError(`--out ${out}: the folder ${displayPath(dirname(file))} does not exist`);
  const target = inspectFile(file);
  if (target.kind === 'directory' || target.kind === 'special')
    throw new UsageError(
      `--out ${out}: expected a file name, got ${target.kind === 'directory' ? 'a folder' : 'a device, pipe or socket'}`,
    );
  // The rest as for every file output: not a stream (/dev/stdout), not under /proc, and a folder that takes new files.
  checkOutputFile('out', out);
  checkNotOverResult('out', out);
  return file;
}

/**
 * `fulfill calibrate <history.csv> [--catalog skus.csv] [--base scenario.json] --out scenario.json`:
 * reads every channel of the history, fits its demand, prints each fit with its goodness of fit
 * and writes a scenario that extends the base with the fitted demand (no orderHistory), then
 * reads it back as `fulfill validate` would.
 */
export async function calibrateCommand(input: CommandInput<typeof CALIBRATE_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals } = input;
  if (positionals.length !== 1) throw new UsageError('expected exactly one order-history CSV');
  const historyFile = positionals[0] as string;
  const out = outputFile(values.out);
  const baseFile = values.base === undefined ? bundledBaseline() : resolve(values.base);
  if (baseFile === undefined) throw new UsageError('the bundled scenarios/baseline.json is missing: give --base FILE');
  for (const [input, what] of [
    [resolve(historyFile), 'the history'],
    [baseFile, '--base'],
    [values.catalog === undefined ? undefined : resolve(values.catalog), '--catalog'],
  ] as const)
    if (input === out) throw new UsageError(`--out ${values.out ?? ''} is ${what}: give the written scenario another name`);
  const base = await readScenario(baseFile);
  // Through links too, and every file the base reads (the scenarios it extends, its CSVs, its plugins).
  checkOutputsSpareInputs(
    'out',
    [out],
    [resolve(historyFile), ...(values.catalog === undefined ? [] : [resolve(values.catalog)]), ...scenarioInputFiles(base)],
  );
  const replaying = base.scenario.channels.findIndex((channel) => channel.orderHistory !== undefined);
  if (replaying >= 0)
    throw new ScenarioError(base.file, [
      {
        path: ['channels', replaying, 'orderHistory'],
        message: 'calibrate writes generated demand: --base must be a scenario that replays no order history',
      },
    ]);
  const timeZone = values['time-zone'] ?? base.scenario.replay.timeZone;
  if (!isKnownTimeZone(timeZone))
    throw new UsageError(`--time-zone: expected an IANA time zone name such as "Europe/London" or "UTC", got "${timeZone.slice(0, 60)}"`);
  const timestampFormat = values['timestamp-format'] ?? base.scenario.replay.timestampFormat;
  const pattern = timestampFormat === 'iso' ? undefined : compileTimestampPattern(timestampFormat);
  if (typeof pattern === 'string') throw new UsageError(`--timestamp-format: ${pattern}`);
  const display = displayPath(resolve(historyFile));
  const catalog =
    values.catalog === undefined
      ? undefined
      : {
          display: displayPath(resolve(values.catalog)),
          codes: readSkuCodes(resolve(values.catalog), displayPath(resolve(values.catalog))),
        };
  const histories = await readOrderHistory({
    timeZone,
    timestampFormat,
    file: resolve(historyFile),
    display,
    channels: [],
    scenarioChannels: [],
    services: [],
    everyChannel: true,
    anyService: true,
    // Unknown codes are named at their line, not after the whole file is read.
    knownSkus:
      catalog === undefined
        ? undefined
        : {
            codes: new Set(catalog.codes),
            source: catalog.display,
            otherwise: 'give --catalog the file that lists every SKU the history names',
          },
  });
  const calibration = calibrateHistory({ source: display, histories, catalog });
  const fromOut = (file: string): string => relative(dirname(out), file).split(sep).join('/');
  const extendsPath = fromOut(baseFile);
  const scenario = calibratedScenario(calibration, {
    extends: extendsPath,
    description: `Demand calibrated from ${basename(historyFile)} by fulfill calibrate (${calibration.window.weeks} whole weeks)`,
    baseChannels: base.scenario.channels.map(({ name, serviceMix }) => ({ name, services: Object.keys(serviceMix) })),
    catalogFile: values.catalog === undefined ? undefined : fromOut(resolve(values.catalog)),
  });
  // Read back as `fulfill validate` would before it replaces --out: a scenario that does not
  // validate (a service its base lacks, say) is reported, and nothing is written.
  const text = scenarioText(scenario);
  const candidate = `${out}.partial-${process.pid}`;
  try {
    writeFileSync(candidate, text);
    await readScenario(candidate);
  } catch (error) {
    // A problem of the scenario itself is the output's; one in a file it names (the catalog's line) keeps that file.
    if (error instanceof ScenarioError)
      throw new ScenarioError(
        error.file === displayPath(candidate) ? displayPath(out) : error.file,
        error.problems.map((problem) => ({
          ...problem,
          message: `${problem.message} (the calibrated scenario does not validate against --base ${displayPath(baseFile)}; nothing was written)`,
        })),
      );
    throw error;
  } finally {
    rmSync(candidate, { force: true });
  }
  writeFileAtomic(out, text);
  io.stdout(`${calibrationReport(calibration, display)}\n\nWrote ${displayPath(out)} (extends ${extendsPath})\n`);
  return 0;
}
