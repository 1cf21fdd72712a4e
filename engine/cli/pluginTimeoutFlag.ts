import { DEFAULT_PLUGIN_TIMEOUT_MS } from '../parallel/superviseDecisions.js';
import { seconds } from '../scenario/duration.js';
import { UsageError } from './CliIo.js';
import type { FlagTable } from './commandDefinition.js';
import { durationFlag } from './parseFlags.js';

/** The `--plugin-timeout` flag, shared by every command that runs plugin code. */
export const PLUGIN_TIMEOUT_FLAG = {
  'plugin-timeout': {
    type: 'string',
    value: 'D',
    description: 'how long one call into plugin code may run before the command stops with exit 2, 0.1s to 1d (default 10s)',
  },
} as const satisfies FlagTable;

/** `--plugin-timeout 10s`: how long one plugin decision may run, in ms (default 10 s; at most a day). */
export function pluginTimeoutMs(value: string | undefined): number {
  const text = durationFlag('plugin-timeout', value, '"10s" or "1m"');
  if (text === undefined) return DEFAULT_PLUGIN_TIMEOUT_MS;
  const ms = 1000 * seconds(text);
  if (!(ms >= 100) || ms > 86_400_000)
    throw new UsageError(`--plugin-timeout: expected a duration from 0.1s to 1d (e.g. "10s"), got "${value}"`);
  return ms;
}
