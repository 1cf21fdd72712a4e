import { describe, expect, it } from 'vitest';
import { acquire, startProcess } from '../../engine/kernel/Process.js';
import { Resource } from '../../engine/kernel/Resource.js';
import { Simulation } from '../../engine/kernel/Simulation.js';

describe('startProcess', () => {
  it('runs generator steps as delays and resource waits', () => {
    const simulation = new Simulation();
    const clerk = new Resource({ capacity: 1 });
    const log: string[] = [];
    function* customer(name: string, arrival: number, service: number) {
      yield arrival;
      log.push(`${name} arrives ${simulation.now}`);
      yield acquire(clerk);
      log.push(`${name} starts ${simulation.now}`);
      yield service;
      clerk.release();
      log.push(`${name} leaves ${simulation.now}`);
    }
    startProcess(simulation, customer('a', 0, 5));
    startProcess(simulation, customer('b', 1, 2));
    simulation.run();
    expect(log).toEqual(['a arrives 0', 'a starts 0', 'b arrives 1', 'a leaves 5', 'b starts 5', 'b leaves 7']);
  });

  it('finished resumes joiners when the process returns', () => {
    const simulation = new Simulation();
    const child = startProcess(
      simulation,
      (function* () {
        yield 4;
      })(),
    );
    let joinedAt = -1;
    startProcess(
      simulation,
      (function* () {
        yield child.finished;
        joinedAt = simulation.now;
      })(),
    );
    simulation.run();
    expect(child.done).toBe(true);
    expect(joinedAt).toBe(4);
  });
});
