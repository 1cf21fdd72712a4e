import { createRandomStream, Resource, Simulation } from '../engine/node.js';

/** Result of one M/M/c run: customers served, model events executed, mean wait in queue. */
export interface QueueRun {
  readonly customers: number;
  readonly events: number;
  readonly meanWait: number;
}

/** M/M/c on the fulfill kernel: an arrival event per customer, a Resource, a departure event. */
export function mmcOnKernel(customers: number, arrivalRate: number, serviceRate: number, servers: number, seed = 1): QueueRun {
  const simulation = new Simulation();
  const servers$ = new Resource({ capacity: servers });
  const arrivals = createRandomStream(seed, 0, 'arrivals');
  const services = createRandomStream(seed, 0, 'services');
  let arrived = 0;
  let totalWait = 0;
  const depart = (): void => servers$.release();
  const arrive = (): void => {
    arrived++;
    const arrivedAt = simulation.now;
    servers$.request(() => {
      totalWait += simulation.now - arrivedAt;
      simulation.schedule(-Math.log(1 - services()) / serviceRate, depart);
    });
    if (arrived < customers) simulation.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive);
  };
  simulation.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive);
  simulation.run();
  return { customers: arrived, events: simulation.eventsProcessed, meanWait: totalWait / arrived };
}
