/** Options of this process a worker thread takes too, those that take a value: how code is loaded. */
const LOADING_WITH_VALUE = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C']);
/** Options without a value a worker thread takes too. */
const PLAIN = new Set(['--enable-source-maps', '--no-warnings', '--no-deprecation']);

/**
 * The options of `execArgv` a worker thread may take: those that say how code is loaded
 * (`--import tsx`, conditions, source maps). Others are dropped: V8's options such as
 * `--expose-gc` or `--max-old-space-size` belong to the process, and a Worker given one fails
 * to start (ERR_WORKER_INVALID_EXEC_ARGV: `node --expose-gc` running the CLI or `npm run
 * bench` stopped there); threads get their heap limits from the pool instead.
 */
export function workerOptionsOf(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < execArgv.length; index++) {
    const option = execArgv[index] as string;
    const name = option.split('=', 1)[0] as string;
    if (PLAIN.has(option)) kept.push(option);
    else if (LOADING_WITH_VALUE.has(name)) {
      kept.push(option);
      // `--import x` rather than `--import=x`: the value is the next word.
      if (!option.includes('=') && index + 1 < execArgv.length) kept.push(execArgv[++index] as string);
    }
  }
  return kept;
}

/**
 * Node options for every worker thread fulfill starts. Piscina loads a worker file with
 * require() first and import() only when that fails; on Node 20.19+ require() of an ES module
 * works, and a require(esm) that races an import() of the same module graph (plugin modules are
 * imported in the same threads) aborts the whole process with "FATAL ERROR: v8::Module::IsGraphAsync"
 * (nodejs/node#55782; seen once in our suite). Turning require(esm) off in the workers makes
 * Piscina take its import() path, which has no such race.
 */
export const WORKER_EXEC_ARGV: readonly string[] = [...workerOptionsOf(process.execArgv), '--no-experimental-require-module'];
