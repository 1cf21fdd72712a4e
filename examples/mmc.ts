// The kernel tutorial's M/M/c queue (docs/kernel-tutorial.md): customers, a resource, two processes.
import { Resource, Simulation, acquire, createRandomStream, createSampler, startProcess, type ProcessBody } from '../engine/index.js';

/** Mean wait in queue of `customers` customers at an M/M/c desk (rates per engine time unit). */
export function simulateMmc(arrivalRate: number, serviceRate: number, servers: number, customers: number, seed = 1): number {
  const simulation = new Simulation();
  const desk = new Resource({ capacity: servers });
  const interarrival = createSampler({ dist: 'exponential', mean: 1 / arrivalRate }, createRandomStream(seed, 0, 'arrivals'));
  const service = createSampler({ dist: 'exponential', mean: 1 / serviceRate }, createRandomStream(seed, 0, 'service'));
  let totalWait = 0;
  function* customer(): ProcessBody {
    const arrivedAt = simulation.now;
    yield acquire(desk); // waits until one of the servers is free
    totalWait += simulation.now - arrivedAt;
    yield service(); // holds the server for a service time
    desk.release();
  }
  function* source(): ProcessBody {
    for (let i = 0; i < customers; i++) {
      yield interarrival();
      startProcess(simulation, customer());
    }
  }
  startProcess(simulation, source());
  simulation.run();
  return totalWait / customers;
}
