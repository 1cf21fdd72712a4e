import type { Resource } from './Resource.js';
import type { Simulation } from './Simulation.js';

/** Something a process can wait for: it calls `resume` exactly once when satisfied. */
export interface Awaitable {
  subscribe(resume: () => void): void;
}

/** What a process generator yields: a delay (engine time units, >= 0) or an awaitable. */
export type ProcessStep = number | Awaitable;

/** The body of a process: a generator that yields delays and awaitables. */
export type ProcessBody = Generator<ProcessStep, void, void>;

/** A running process; `done` turns true when its generator returns. */
export interface ProcessHandle {
  readonly done: boolean;
  /** An awaitable that resumes when this process finishes (for joins). */
  readonly finished: Awaitable;
}

/** An awaitable that acquires one unit of `resource` (remember to `release` it). */
export function acquire(resource: Resource, priority = 0): Awaitable {
  return { subscribe: (resume) => void resource.request(resume, priority) };
}

/**
 * Runs a generator as a simulation process, SimPy style: `yield 30` waits 30 time units,
 * `yield acquire(pickers)` waits for a unit. Steps run inside kernel events, so a process
 * is deterministic and interleaves with callback-style code by (time, priority, seq).
 */
export function startProcess(simulation: Simulation, body: ProcessBody): ProcessHandle {
  let done = false;
  const joiners: Array<() => void> = [];
  const advance = (): void => {
    const step = body.next();
    if (step.done === true) {
      done = true;
      for (const resume of joiners.splice(0)) resume();
      return;
    }
    const value = step.value;
    if (typeof value === 'number') simulation.schedule(value, advance);
    else value.subscribe(() => simulation.schedule(0, advance));
  };
  simulation.schedule(0, advance);
  return {
    get done() {
      return done;
    },
    finished: {
      subscribe(resume) {
        if (done) resume();
        else joiners.push(resume);
      },
    },
  };
}
