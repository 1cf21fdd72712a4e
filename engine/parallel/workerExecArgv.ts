/**
 * Node options for every worker thread fulfill starts. Piscina loads a worker file with
 * require() first and import() only when that fails; on Node 20.19+ require() of an ES module
 * works, and a require(esm) that races an import() of the same module graph (plugin modules are
 * imported in the same threads) aborts the whole process with "FATAL ERROR: v8::Module::IsGraphAsync"
 * (nodejs/node#55782; seen once in our suite). Turning require(esm) off in the workers makes
 * Piscina take its import() path, which has no such race.
 */
export const WORKER_EXEC_ARGV: readonly string[] = [...process.execArgv, '--no-experimental-require-module'];
