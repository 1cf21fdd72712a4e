#!/usr/bin/env node
import { setMaxListeners } from 'node:events';
import { constants } from 'node:os';
import { main } from './main.js';

// `fulfill run ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// `fulfill run 2>&1 >/dev/null | head` closes the messages' pipe early: the command goes on, its
// further messages have nowhere to go, and its exit code still says how it ended.
let stderrGone = false;
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stderrGone = true;
});

// The first Ctrl-C asks a long command that asked for it to stop and keep what is done; a
// second one quits at once. SIGTERM and SIGHUP (`docker stop`, a closed terminal) ask the same:
// by default they would end the process with nothing written and a manifest left "running".
let interrupt: AbortController | undefined;
function interruption(): AbortSignal {
  if (interrupt === undefined) {
    const controller = new AbortController();
    // Every task in flight listens (a pool's supervised replications, a recording): not a leak.
    setMaxListeners(0, controller.signal);
    interrupt = controller;
    for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
      process.on(name, () => {
        if (controller.signal.aborted) process.exit(128 + constants.signals[name]);
        controller.abort();
      });
  }
  return interrupt.signal;
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => {
    if (!stderrGone) process.stderr.write(text);
  },
  interactive: process.stderr.isTTY === true,
  interruption,
});
process.exitCode = code;
