import { DEFAULT_PLUGIN_TIMEOUT_MS } from '../experiment/parallel/superviseDecisions.js';
import { seconds } from '../scenario/duration.js';
import { UsageError } from './CliIo.js';
import { durationFlag } from './parseFlags.js';

/** The `--plugin-timeout` flag, shared by every command that runs plugin code. */
export const PLUGIN_TIMEOUT_FLAG = { 'plugin-timeout': { type: 'string' } } as const;

/** `--plugin-timeout 10s`: how long one plugin decision may run, in ms (default 10 s; at most a day). */
export function pluginTimeoutMs(value: string | undefined): number {
  const text = durationFlag('plugin-timeout', value);
  if (text === undefined) return DEFAULT_PLUGIN_TIMEOUT_MS;
  const ms = 1000 * seconds(text);
  if (!(ms >= 100) || ms > 86_400_000) throw new UsageError(`--plugin-timeout: expected a duration from 0.1s to 1d (e.g. "10s"), got "${value}"`);
  return ms;
}
